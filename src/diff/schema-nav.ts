import { schema } from '../core/validate.js';

/** A node of the charter's JSON Schema. */
export type SchemaNode = Record<string, any>;

const defs = (schema as SchemaNode).$defs as Record<string, SchemaNode>;
export const rootSchema = schema as SchemaNode;

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let depth = 0; current?.$ref !== undefined && depth < 16; depth++) current = defs[String(current.$ref).split('/').pop() ?? ''];
  return current;
}

function branches(node: SchemaNode): SchemaNode[] {
  return [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
}

/** The schema of `key` inside an object described by `node` (properties, x- patterns, maps); undefined when the schema does not know it. */
export function childSchema(node: SchemaNode | undefined, key: string): SchemaNode | undefined {
  const n = resolve(node);
  if (!n) return undefined;
  if (n.properties && Object.hasOwn(n.properties, key)) return n.properties[key];
  for (const [pattern, sub] of Object.entries<SchemaNode>(n.patternProperties ?? {})) if (new RegExp(pattern, 'u').test(key)) return sub;
  if (typeof n.additionalProperties === 'object') return n.additionalProperties;
  for (const branch of branches(n)) {
    const found = childSchema(branch, key);
    if (found) return found;
  }
  return undefined;
}

/** The schema of a list's items. */
export function itemSchema(node: SchemaNode | undefined): SchemaNode | undefined {
  const n = resolve(node);
  if (!n) return undefined;
  if (n.items && typeof n.items === 'object') return n.items;
  for (const branch of branches(n)) {
    const found = itemSchema(branch);
    if (found) return found;
  }
  return undefined;
}

/** True when the items of a list carry an `id` property (partners, goals, metrics, and any such list added later). */
export function itemsHaveId(node: SchemaNode | undefined): boolean {
  return resolve(itemSchema(node))?.properties?.id !== undefined;
}

/** Free text: a string with no enum, pattern or format, so a person must read it to know what changed. */
export function isFreeText(node: SchemaNode | undefined): boolean {
  const n = resolve(node);
  return n !== undefined && n.type === 'string' && n.enum === undefined && n.pattern === undefined && n.format === undefined && n.const === undefined;
}

/** The names of the object's properties in schema order, for a deterministic change order. */
export function propertyOrder(node: SchemaNode | undefined): string[] {
  return Object.keys(resolve(node)?.properties ?? {});
}
