/** The library behind the CLI: data in, data out; nothing here prints or exits. */
export { checkText, checkBytes, localToday, type CheckOptions } from './core/check.js';
export { checkInputs, type RunOptions, type RunResult } from './core/run.js';
export { parseCharter, type LoadResult, type LoadedDocument, type Position } from './core/load.js';
export { validateDocument, schema } from './core/validate.js';
export { rules, allRuleMeta } from './rules/index.js';
export { loadFormatter, FORMAT_NAMES, type Formatter, type FormatName } from './formatters/index.js';
export type { Finding, FileResult, Severity } from './findings.js';
export type { Charter } from './generated/charter-types.js';
export { buildView, type AgreementView, type ViewOptions, type Paper } from './render/view.js';
export { clauseNumber, type Clause, type ClauseSection, type ClauseNumbering } from './render/numbering.js';
export { diffCharters, type DiffInput } from './diff/report.js';
export type { DiffReport, Change, ChangeClass, AmendmentClass, Approval, Approver, LintDelta } from './diff/types.js';
