import { readFile } from 'node:fs/promises';
import { closest } from '../findings.js';
import { UsageError } from '../core/errors.js';
import { packageRoot } from '../core/paths.js';
import { allRuleMeta } from '../rules/index.js';
import type { CommandIO } from './io.js';

export async function runRules(id: string | undefined, io: CommandIO): Promise<number> {
  if (id === undefined) {
    const width = Math.max(...allRuleMeta.map((r) => r.id.length));
    const lines = allRuleMeta.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n${' '.repeat(width + 11)}${r.challenge}`);
    io.stdout(`${lines.join('\n')}\n\n${allRuleMeta.length} rules. \`charter rules <id>\` prints one rule's documentation.\n`);
    return 0;
  }
  if (!allRuleMeta.some((r) => r.id === id)) {
    const suggestion = closest(id, allRuleMeta.map((r) => r.id));
    throw new UsageError(`unknown rule '${id}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; run \`charter rules\` to list them`);
  }
  io.stdout(await readFile(new URL(`docs/rules/${id}.md`, packageRoot), 'utf8'));
  return 0;
}
