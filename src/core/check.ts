import { sortFindings, type FileResult, type Finding } from '../findings.js';
import { rules } from '../rules/index.js';
import type { Charter, Committee, Goal, Indexed, Metric, Partner, Rule, RuleContext } from '../rules/types.js';
import type { RuleSetting, RuleSettings } from './config.js';
import { decode, parseCharter, type LoadedDocument, type Position } from './load.js';
import { applySuppressions } from './suppressions.js';
import { validateDocument } from './validate.js';

export interface CheckOptions {
  /** `validate` stops after the schema; `lint` runs the rules too. */
  mode: 'validate' | 'lint';
  /** YYYY-MM-DD, for date rules. */
  today: string;
  /** Severity overrides from config and flags; absent ids keep their default. */
  settings?: RuleSettings;
}

/** What checking a charter gives: its findings, and its data when it matches the schema. */
export interface Analysis {
  result: FileResult;
  charter?: Charter;
  /** Where a JSON Pointer's value is in the text, when the charter parsed. */
  locate?: LoadedDocument['locate'];
}

/** Checks one charter's text. Pure: no I/O, no printing. */
export function analyseText(text: string, file: string, options: CheckOptions): Analysis {
  const parsed = parseCharter(text);
  let findings: Finding[];
  let charter: Charter | undefined;
  if (!parsed.ok) findings = parsed.findings;
  else {
    findings = validateDocument(parsed);
    if (findings.length === 0) {
      charter = parsed.data as unknown as Charter;
      if (options.mode === 'lint') findings = runRules(parsed, options);
    }
  }
  // Unused suppressions are judged only when every rule had its chance to be silenced.
  const unused = options.mode === 'lint' && charter !== undefined ? (options.settings?.get('unused-suppression') ?? 'info') : 'off';
  const applied = applySuppressions(text, findings, unused);
  return { result: { file, findings: sortFindings(applied.findings), suppressed: sortFindings(applied.suppressed) }, charter, locate: parsed.ok ? parsed.locate : undefined };
}

export function checkText(text: string, file: string, options: CheckOptions): FileResult {
  return analyseText(text, file, options).result;
}

/** Checks raw bytes: the decoding step (UTF-8, BOM) comes first. */
export function analyseBytes(bytes: Uint8Array, file: string, options: CheckOptions): Analysis {
  const text = decode(bytes);
  if (typeof text !== 'string') return { result: { file, findings: text.findings, suppressed: [] } };
  return analyseText(text, file, options);
}

export function checkBytes(bytes: Uint8Array, file: string, options: CheckOptions): FileResult {
  return analyseBytes(bytes, file, options).result;
}

function indexById<T extends { id: string }>(items: readonly T[] | undefined): Map<string, Indexed<T>> {
  const map = new Map<string, Indexed<T>>();
  items?.forEach((item, index) => {
    if (!map.has(item.id)) map.set(item.id, { item, index });
  });
  return map;
}

function runRules(doc: LoadedDocument, options: CheckOptions): Finding[] {
  const charter = doc.data as unknown as Charter;
  const context: RuleContext = {
    charter,
    partners: indexById<Partner>(charter.partners),
    goals: indexById<Goal>(charter.goals),
    metrics: indexById<Metric>(charter.metrics),
    committees: indexById<Committee>(charter.governance?.committees),
    today: options.today,
  };
  const findings: Finding[] = [];
  // Several rules often name the same node (seven may name one partner): its pointer and
  // position are found and kept once, which matters at 350,000 findings.
  const located = new Map<string, Position & { path: string }>();
  for (const rule of rules) {
    const severity = options.settings?.get(rule.meta.id) ?? defaultSeverity(rule, charter);
    if (severity === 'off') continue;
    for (const { message, path } of rule.check(context)) {
      let at = located.get(path);
      if (at === undefined) located.set(path, (at = { path, ...doc.locate(path) }));
      findings.push({ ruleId: rule.meta.id, severity, message, path: at.path, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn });
    }
  }
  return findings;
}

function defaultSeverity(rule: Rule, charter: Charter): RuleSetting {
  return rule.agreementOnly && charter.form === 'terms-of-reference' ? 'off' : rule.meta.severity;
}

/** Today in the local time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
