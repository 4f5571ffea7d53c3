import type { Charter } from './types.js';

/** What a reference may name: `owner` is a partner, a committee, or `body` (the governing body). */
export interface Reference {
  kind: 'partner' | 'goal' | 'owner';
  id: string;
  /** The segments of its pointer: the pointer itself is built only for a finding. */
  at: (string | number)[];
  /** Who makes the reference, for messages: "goal 'g2'". */
  from: string;
}

/** Every partner and goal reference of the format's References section, with its pointer. */
export function collectReferences(charter: Charter): Reference[] {
  const refs: Reference[] = [];
  // Paths are passed as arrays (no rest parameters): a large charter makes tens of thousands of calls.
  const partner = (id: unknown, from: string, at: (string | number)[]) => {
    if (typeof id === 'string') refs.push({ kind: 'partner', id, at, from });
  };
  const partners = (ids: unknown, from: string, at: (string | number)[]) => {
    if (Array.isArray(ids)) ids.forEach((id, i) => partner(id, from, [...at, i]));
    else partner(ids, from, at);
  };
  const owner = (ids: unknown, from: string, at: (string | number)[]) => {
    const push = (id: unknown, where: (string | number)[]) => {
      if (typeof id === 'string') refs.push({ kind: 'owner', id, at: where, from });
    };
    if (Array.isArray(ids)) ids.forEach((id, i) => push(id, [...at, i]));
    else push(ids, at);
  };
  const goal = (id: unknown, from: string, at: (string | number)[]) => {
    if (typeof id === 'string') refs.push({ kind: 'goal', id, at, from });
  };

  charter.goals.forEach((g, i) => {
    const from = `goal '${g.id}'`;
    partners(g.partners, from, ['goals', i, 'partners']);
    owner(g.owner, from, ['goals', i, 'owner']);
    for (const key of Object.keys(g.alignment ?? {})) partner(key, from, ['goals', i, 'alignment', key]);
  });
  charter.roles?.forEach((r, i) => partner(r.partner, `roles[${i}]`, ['roles', i, 'partner']));
  charter.raci?.forEach((row, i) => {
    const from = `raci row '${row.activity}'`;
    goal(row.goal, from, ['raci', i, 'goal']);
    for (const column of ['responsible', 'consulted', 'informed'] as const) partners(row[column], from, ['raci', i, column]);
    owner(row.accountable, from, ['raci', i, 'accountable']);
  });
  const gov = charter.governance;
  gov?.body?.members?.forEach((m, i) => partner(m.partner, 'the governing body', ['governance', 'body', 'members', i, 'partner']));
  if (gov?.body?.chair !== 'rotating') partner(gov?.body?.chair, 'the governing body', ['governance', 'body', 'chair']);
  partner(gov?.backbone, 'governance', ['governance', 'backbone']);
  partner(gov?.decision_making?.lead, 'the decision rule', ['governance', 'decision_making', 'lead']);
  partner(gov?.secretariat?.hosted_by, 'the secretariat', ['governance', 'secretariat', 'hosted_by']);
  gov?.committees?.forEach((c, i) => {
    const from = `committee '${c.id}'`;
    c.members?.forEach((m, j) => partner(m.partner, from, ['governance', 'committees', i, 'members', j, 'partner']));
    if (c.chair !== 'rotating') partner(c.chair, from, ['governance', 'committees', i, 'chair']);
    partner(c.decision_making?.lead, from, ['governance', 'committees', i, 'decision_making', 'lead']);
  });
  partner(gov?.dissolution?.decided_by, 'dissolution', ['governance', 'dissolution', 'decided_by']);
  partners(gov?.data_sharing?.controllers, 'data sharing', ['governance', 'data_sharing', 'controllers']);
  charter.metrics?.forEach((m, i) => {
    const from = `metric '${m.id}'`;
    goal(m.goal, from, ['metrics', i, 'goal']);
    partner(m.owner, from, ['metrics', i, 'owner']);
  });
  charter.commitments?.forEach((c, i) => partner(c.partner, `commitments[${i}]`, ['commitments', i, 'partner']));
  charter.risks?.forEach((r, i) => partner(r.owner, `risks[${i}]`, ['risks', i, 'owner']));
  return refs;
}
