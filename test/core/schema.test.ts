import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkText } from '../../src/core/check.js';
import { EXAMPLES, examplesDir, root, TODAY, USE_CASE_EXAMPLES } from '../helpers.js';

const schema = JSON.parse(readFileSync(join(root, 'schemas/charter.schema.json'), 'utf8'));

describe('the JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it('compiles in ajv strict mode, draft 2020-12, with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\//);
    expect(typeof validate).toBe('function');
  });

  it('describes every property, so editors can show it', () => {
    const missing: string[] = [];
    const walk = (node: any, path: string) => {
      if (node === null || typeof node !== 'object') return;
      if (node.properties) {
        for (const [key, sub] of Object.entries<any>(node.properties)) {
          const target = sub.$ref && !sub.description ? schema.$defs[sub.$ref.split('/').pop()] : sub;
          if (!target?.description) missing.push(`${path}/${key}`);
        }
      }
      for (const [key, value] of Object.entries(node)) walk(value, `${path}/${key}`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });

  it('has one example per use case of the seed, each named <use-case>.charter.yaml, and the standing body', () => {
    const files = readdirSync(examplesDir).filter((f) => f.endsWith('.charter.yaml')).sort();
    expect(files).toEqual(EXAMPLES.map((u) => `${u}.charter.yaml`).sort());
  });

  it.each(EXAMPLES)('validates examples/%s.charter.yaml, whose use_case matches its name if it is named after one', (name) => {
    const text = readFileSync(join(examplesDir, `${name}.charter.yaml`), 'utf8');
    const data = parse(text);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    if (USE_CASE_EXAMPLES.includes(name)) expect(data.use_case).toBe(name);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/charter.schema.json');
  });

  it.each(EXAMPLES)('lints examples/%s.charter.yaml clean', (name) => {
    const text = readFileSync(join(examplesDir, `${name}.charter.yaml`), 'utf8');
    const result = checkText(text, name, { mode: 'lint', today: TODAY });
    expect(result.findings).toEqual([]);
  });
});
