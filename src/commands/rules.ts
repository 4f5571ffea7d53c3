import { readFile } from 'node:fs/promises';
import { closest } from '../findings.js';
import { UsageError } from '../core/errors.js';
import { packageRoot } from '../core/paths.js';
import { allRuleMeta } from '../rules/index.js';
import type { CommandIO } from './io.js';
import { formatRulePage, SEED_SECTIONS, sourcesUsed } from './rule-page.js';
import { wrap } from '../wrap.js';

/** Lines are wrapped to the terminal (or $COLUMNS), within these bounds; else to 80 columns. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;

export async function runRules(id: string | undefined, io: CommandIO, options: { markdown?: boolean } = {}): Promise<number> {
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, io.columns ?? (Number(io.env.COLUMNS) || 80)));
  if (id === undefined) {
    const idWidth = Math.max(...allRuleMeta.map((r) => r.id.length));
    const lines = allRuleMeta.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.description}\n${' '.repeat(idWidth + 11)}${r.challenge}`);
    const legend = sourcesUsed(allRuleMeta.map((r) => r.challenge)).map((key) => `${key} = "${SEED_SECTIONS[key]}"`);
    const sources = wrap(`Sources: sections of the seed document on cross-sector partnerships, ${legend.join(', ')}.`, width);
    io.stdout(`${lines.join('\n')}\n\n${sources.join('\n')}\n\n${allRuleMeta.length} rules. \`charter rules <id>\` prints one rule's documentation.\n`);
    return 0;
  }
  if (!allRuleMeta.some((r) => r.id === id)) {
    const suggestion = closest(id, allRuleMeta.map((r) => r.id));
    throw new UsageError(`unknown rule '${id}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; run \`charter rules\` to list them`);
  }
  const page = await readFile(new URL(`docs/rules/${id}.md`, packageRoot), 'utf8');
  io.stdout(options.markdown ? page : formatRulePage(page, { width, color: io.color }));
  return 0;
}
