import { parsePointer, type Finding } from '../findings.js';
import { clauseOf, clausesOf } from './sections.js';
import type { Charter } from '../rules/types.js';
import { requiredApproval } from './approval.js';
import { compareCharters, stablePath } from './compare.js';
import { CLASS_RANK, type AmendmentClass, type DiffReport, type LintDelta } from './types.js';

/** One side as the diff reads it: where it came from, its data and its lint findings. */
export interface DiffInput {
  file: string;
  charter: Charter;
  findings: Finding[];
}

/** Compares two schema-valid charters. Pure: no I/O. */
export function diffCharters(from: DiffInput, to: DiffInput): DiffReport {
  const inForce = clausesOf(from.charter);
  const amended = clausesOf(to.charter);
  const changes = compareCharters(from.charter, to.charter).map((c) => ({ ...c, clause: clauseOf(parsePointer(c.path), inForce, amended) }));
  const cls = changes.reduce<AmendmentClass>((max, c) => (CLASS_RANK[c.class] > CLASS_RANK[max] ? c.class : max), 'none');
  const suggestedVersion = nextVersion(from.charter.version, cls);
  return {
    from: { file: from.file, title: from.charter.title, version: from.charter.version ?? null },
    to: { file: to.file, title: to.charter.title, version: to.charter.version ?? null },
    class: cls,
    suggestedVersion,
    versionCarried: to.charter.version === suggestedVersion,
    approval: requiredApproval(from.charter, to.charter),
    changes,
    lint: lintDelta(from, to),
  };
}

/**
 * The version the amended charter should carry: major → x+1.0.0, minor → x.y+1.0,
 * editorial → x.y.z+1, no change → the old version. A charter without a (semantic)
 * version is taken to be 1.0.0.
 */
export function nextVersion(version: string | undefined, cls: AmendmentClass): string {
  const parts = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(version ?? '');
  const [major, minor, patch] = parts ? [Number(parts[1]), Number(parts[2] ?? 0), Number(parts[3] ?? 0)] : [1, 0, 0];
  switch (cls) {
    case 'major':
      return `${major + 1}.0.0`;
    case 'minor':
      return `${major}.${minor + 1}.0`;
    case 'editorial':
      return `${major}.${minor}.${patch + 1}`;
    case 'none':
      return version ?? `${major}.${minor}.${patch}`;
  }
}

/**
 * Findings the amendment introduces and resolves, matched by rule and by the path with
 * list items named by id or key (moving a partner in the list moves no finding).
 */
export function lintDelta(from: DiffInput, to: DiffInput): LintDelta {
  const caches = new Map<unknown, WeakMap<unknown[], string[] | null>>([[from.charter, new WeakMap()], [to.charter, new WeakMap()]]);
  const key = (f: Finding, data: unknown) => `${f.ruleId}\0${stablePath(f.path, data, caches.get(data))}`;
  const unmatched = (mine: Finding[], myData: unknown, theirs: Finding[], theirData: unknown) => {
    const count = new Map<string, number>();
    for (const f of theirs) {
      const k = key(f, theirData);
      count.set(k, (count.get(k) ?? 0) + 1);
    }
    return mine.filter((f) => {
      const k = key(f, myData);
      const left = count.get(k) ?? 0;
      count.set(k, left - 1);
      return left <= 0;
    });
  };
  return {
    introduced: unmatched(to.findings, to.charter, from.findings, from.charter),
    resolved: unmatched(from.findings, from.charter, to.findings, to.charter),
  };
}
