/** The one shape every check produces and every formatter consumes. */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** JSON Pointer (RFC 6901) of the offending node. */
  path: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A finding silenced by a suppression comment: formatters that can carry it (SARIF) do. */
export interface SuppressedFinding extends Finding {
  justification: string;
}

/** Everything one file produced. `file` is relative to the current directory. */
export interface FileResult {
  file: string;
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

export interface Counts {
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { errorCount: 0, warningCount: 0, infoCount: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errorCount++;
    else if (f.severity === 'warning') counts.warningCount++;
    else counts.infoCount++;
  }
  return counts;
}

export function totalCounts(results: readonly FileResult[]): Counts {
  const total: Counts = { errorCount: 0, warningCount: 0, infoCount: 0 };
  for (const r of results) {
    const c = countFindings(r.findings);
    total.errorCount += c.errorCount;
    total.warningCount += c.warningCount;
    total.infoCount += c.infoCount;
  }
  return total;
}

/** Sorted by line, then column, then rule id, so output is deterministic. */
export function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

/** Escapes one JSON Pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  if (typeof segment === 'number') return String(segment);
  // Rules build a pointer for every partner and goal: most segments need no escape.
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

export function pointer(...segments: (string | number)[]): string {
  // One join: a flat string, where '/' + … would make a tree that every lookup flattens.
  return segments.length === 0 ? '' : ['', ...segments.map(pointerSegment)].join('/');
}

export function parsePointer(path: string): string[] {
  if (path === '') return [];
  if (!path.includes('~')) return path.slice(1).split('/');
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `/partners/1/sector` → `partners[1].sector`, the way people name a place in a charter. */
export function humanPath(path: string): string {
  let out = '';
  for (const seg of parsePointer(path)) {
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out === '' ? 'the charter' : out;
}

/** Closest candidate by edit distance, if it is close enough to be a plausible typo. */
export function closest(word: string, candidateIds: Iterable<string>): string | undefined {
  const candidates = [...candidateIds];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  if (bestDistance <= limit && bestDistance < word.length) return best;
  // A truncated name (`deadlock-rule` for `deadlock-rule-missing`) is a plausible slip too.
  const prefixed = word.length >= 4 ? candidates.filter((c) => c.startsWith(word)) : [];
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > 8) return Math.abs(a.length - b.length);
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
