import { parse } from 'yaml';
import { expect } from 'vitest';
import { parsePointer, type FileResult } from '../../src/findings.js';

/** Whether a JSON Pointer names a value of `data` (or a key an object could hold there). */
export function pointerExists(data: unknown, pointer: string): boolean {
  let node: unknown = data;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(node)) {
      if (!/^\d+$/.test(segment) || Number(segment) >= node.length) return false;
      node = node[Number(segment)];
    } else if (node !== null && typeof node === 'object') {
      if (!Object.prototype.hasOwnProperty.call(node, segment)) return false;
      node = (node as Record<string, unknown>)[segment];
    } else return false;
  }
  return true;
}

/** What every result must satisfy, whatever the input: positions inside the file, pointers that exist. */
export function expectSaneResult(result: FileResult, text: string): void {
  const lines = text.split('\n');
  let data: unknown;
  try {
    data = parse(text, { version: '1.2', uniqueKeys: false, maxAliasCount: 100 });
  } catch {
    data = undefined;
  }
  for (const f of [...result.findings, ...result.suppressed]) {
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(typeof f.message).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(Math.max(1, lines.length));
    expect(f.column).toBeLessThanOrEqual((lines[f.line - 1] ?? '').length + 1);
    if (f.ruleId !== 'yaml-syntax' && f.ruleId !== 'unused-suppression' && data !== undefined) {
      expect(pointerExists(data, f.path), `${f.ruleId} ${f.path}`).toBe(true);
    }
  }
}
