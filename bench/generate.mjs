// Generates the benchmark's inputs: many charters from the examples, and one very large charter.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const examplesDir = new URL('../examples/', import.meta.url);

/** `count` charters, copies of the examples with their own ids, in `dir`. */
export function generateMany(dir, count) {
  mkdirSync(dir, { recursive: true });
  const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.charter.yaml')).sort();
  const texts = examples.map((f) => readFileSync(new URL(f, examplesDir), 'utf8'));
  for (let i = 0; i < count; i++) {
    const text = texts[i % texts.length].replace(/^id: (.*)$/m, `id: $1-${i}`);
    writeFileSync(join(dir, `c${String(i).padStart(4, '0')}.charter.yaml`), text);
  }
}

/** One lint-clean charter with `partners` partners, as many goals, and two metrics per goal. */
export function generateLarge(file, partners) {
  const sectors = ['government', 'business', 'academia', 'nonprofit'];
  const charter = parse(readFileSync(new URL('digital-health.charter.yaml', examplesDir), 'utf8'));
  const template = charter.partners[0];
  charter.sectors = Object.fromEntries(sectors.map((s) => [s, { norms: ['norm'], bridging: ['bridge'] }]));
  charter.partners = Array.from({ length: partners }, (_, i) => ({ ...template, id: `p${i}`, name: `Partner ${i}`, sector: sectors[i % sectors.length], contributions: [{ type: 'expertise', description: 'advice' }] }));
  charter.goals = Array.from({ length: partners }, (_, i) => {
    const a = `p${i}`;
    const b = `p${(i + 1) % partners}`;
    return { id: `g${i}`, title: `Goal ${i}`, partners: [a, b], owner: a, alignment: { [a]: 'mission', [b]: 'mission' }, due: '2027-06-30' };
  });
  charter.roles = charter.partners.map((p) => ({ partner: p.id, responsibilities: ['deliver'] }));
  charter.raci = charter.goals.map((g) => ({ activity: `Activity ${g.id}`, goal: g.id, responsible: [g.owner], accountable: g.owner }));
  charter.governance.body.members = charter.partners.map((p) => ({ partner: p.id, seats: 1 }));
  charter.governance.body.chair = 'p0';
  charter.governance.backbone = 'p0';
  charter.governance.data_sharing.controllers = ['p0'];
  charter.metrics = charter.goals.flatMap((g) =>
    [0, 1].map((k) => ({ id: `m-${g.id}-${k}`, name: `Metric ${k} of ${g.id}`, goal: g.id, unit: 'count', baseline: 0, target: 10, direction: 'increase', frequency: 'quarterly', source: 'records', owner: g.owner })),
  );
  charter.commitments = [{ partner: 'p0', description: 'kick-off', due: '2025-01-31', status: 'done' }];
  charter.risks = [{ challenge: 'trust', description: 'd', mitigation: 'm', owner: 'p0' }];
  writeFileSync(file, stringify(charter, { lineWidth: 0, aliasDuplicateObjects: false }));
}

/** A charter near the 10 MB cap: `partners` lean partners (id, name, sector, one contribution), few goals. */
export function generateWide(file, partners) {
  const sectors = ['government', 'business', 'academia', 'nonprofit'];
  const charter = parse(readFileSync(new URL('digital-health.charter.yaml', examplesDir), 'utf8'));
  const ids = new Set(charter.partners.map((p) => p.id));
  const extra = Array.from({ length: partners - charter.partners.length }, (_, i) => ({ id: `p${i}`, name: `Partner ${i}`, sector: sectors[i % sectors.length], contributions: [{ type: 'expertise', description: 'advice' }] }));
  charter.partners = [...charter.partners, ...extra.filter((p) => !ids.has(p.id))];
  writeFileSync(file, stringify(charter, { lineWidth: 0, aliasDuplicateObjects: false }));
}
