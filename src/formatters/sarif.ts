import { createHash } from 'node:crypto';
import type { FileResult, Finding, Severity, SuppressedFinding } from '../findings.js';
import { docsUrl, REPOSITORY_URL } from '../rules/helpers.js';
import { allRuleMeta } from '../rules/index.js';
import { version } from '../version.js';
import { jsonPieces } from './json.js';
import { LazyArray } from './pieces.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** `goal-without-owner` → `GoalWithoutOwner`; SARIF wants a name only when it differs from the id. */
function ruleName(id: string): string | undefined {
  const name = id
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
  return name.toLowerCase() === id.toLowerCase() ? undefined : name;
}

const sarifRules = allRuleMeta.map((rule) => ({
  id: rule.id,
  ...(ruleName(rule.id) ? { name: ruleName(rule.id) } : {}),
  shortDescription: { text: rule.description },
  fullDescription: { text: `${rule.description} Guards against: ${rule.challenge}.` },
  help: {
    text: `${rule.description}\nChallenge: ${rule.challenge}.\nDocumentation: ${docsUrl(rule.id)}`,
    markdown: `${rule.description}\n\n**Challenge:** ${rule.challenge}.\n\n[Documentation of \`${rule.id}\`](${docsUrl(rule.id)})`,
  },
  helpUri: docsUrl(rule.id),
  defaultConfiguration: { level: LEVEL[rule.severity] },
  properties: { tags: ['partnership-charter'] },
}));
const ruleIndex = new Map(sarifRules.map((r, i) => [r.id, i]));

/** A relative URI for a path: each segment percent-encoded, slashes kept. */
function fileUri(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** SARIF 2.1.0 for code scanning: every rule's metadata, one result per finding. */
export function formatSarif(results: readonly FileResult[]): Generator<string> {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'charter', version, semanticVersion: version, informationUri: REPOSITORY_URL, rules: sarifRules } },
        columnKind: 'utf16CodeUnits',
        // Made one by one as the log is written: a SARIF result is many objects and a hash.
        results: new LazyArray(function* () {
          for (const result of results) yield* fileResults(result);
        }),
      },
    ],
  };
  return jsonPieces(log);
}

/** One file's SARIF results: its findings, then the suppressed ones. */
function* fileResults(result: FileResult): Generator<unknown> {
  const seen = new Map<string, number>();
  const toResult = (finding: Finding, suppression?: SuppressedFinding) => {
    // Stable across runs: the rule, the file and the pointer, not the line that may move.
    const key = `${finding.ruleId}\0${result.file}\0${finding.path}${finding.path === '' ? `\0${finding.message}` : ''}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const region: Record<string, number> = { startLine: finding.line, startColumn: finding.column };
    if (finding.endLine !== undefined && finding.endColumn !== undefined && (finding.endLine > finding.line || finding.endColumn > finding.column)) {
      region.endLine = finding.endLine;
      region.endColumn = finding.endColumn;
    }
    return {
      ruleId: finding.ruleId,
      ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(result.file) }, region } }],
      partialFingerprints: { 'charterFinding/v1': createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32) },
      ...(finding.path !== '' ? { properties: { jsonPointer: finding.path } } : {}),
      ...(suppression ? { suppressions: [{ kind: 'inSource', ...(suppression.justification ? { justification: suppression.justification } : {}) }] } : {}),
    };
  };
  for (const finding of result.findings) yield toResult(finding);
  for (const suppressed of result.suppressed) yield toResult(suppressed, suppressed);
}
