import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { examplesDir, toYaml } from '../helpers.js';
import { IMG, SCRIPT } from '../render/hostile.js';

/**
 * Writes `count` charters into `dir`: the examples under new ids, varied so that every part of
 * the report has something to show: overdue and upcoming commitments, terms ending soon, stale
 * and text metric values, a partner shared by x-org-id, one charter that fails the schema, one
 * that is not YAML, and one whose strings are hostile. Dates suit a report run on 2026-11-27.
 */
export function writePortfolio(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.charter.yaml')).sort();
  const data = examples.map((f) => parse(readFileSync(join(examplesDir, f), 'utf8')));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = join(dir, `p${String(i).padStart(4, '0')}.charter.yaml`);
    files.push(file);
    if (i === 1) {
      writeFileSync(file, 'charter: 1\nid: broken\ntitle: [unclosed\n');
      continue;
    }
    const c = structuredClone(data[i % data.length]);
    c.id = `${c.id}-${i}`;
    if (i === 2) {
      delete c.vision;
      c.partners[0].sector = 'guild';
    }
    if (i % 5 === 0) c.commitments = [...(c.commitments ?? []), { partner: c.partners[1].id, description: `Overdue deliverable ${i}`, due: '2026-10-01', status: 'late' }];
    if (i % 7 === 0) c.commitments = [...(c.commitments ?? []), { partner: c.partners[0].id, description: `Upcoming deliverable ${i}`, due: '2027-01-20', status: 'in-progress' }];
    if (i % 9 === 0) c.term.end = '2027-01-31';
    if (i % 11 === 0 && c.metrics?.[0]) c.metrics[0].current = { value: 'about half', as_of: '2025-01-01' };
    if (i % 4 === 0) c.partners[0]['x-org-id'] = 'KVK-12345678';
    if (i === 3) {
      c.title = `Hostile ${SCRIPT}`;
      c.partners[0].name = `Org ${IMG}`;
      c.commitments = [{ partner: c.partners[0].id, description: `${SCRIPT} ]]> <svg onload=alert(1)>`, due: '2026-01-01', status: 'late' }];
      c.metrics[0].name = `</title><script>globalThis.__pwned = 1</script>`;
      c.metrics[0].unit = '"><img src=x onerror=alert(1)>';
    }
    writeFileSync(file, toYaml(c));
  }
  return files;
}
