import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The suite runs with its own TMPDIR, so that what it leaves behind can be told apart from
 * anything else on the machine; a run that leaves anything there fails.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'charter-suite-'));
  process.env.TMPDIR = dir;
  return () => {
    const left = readdirSync(dir);
    rmSync(dir, { recursive: true, force: true });
    if (left.length > 0) {
      // vitest reports an error thrown here but keeps exit code 0; the run must fail.
      process.exitCode = 1;
      throw new Error(`the tests left ${left.length} temporary entr${left.length === 1 ? 'y' : 'ies'} behind (${left.slice(0, 5).join(', ')}${left.length > 5 ? ', …' : ''}): remove them in afterEach or onTestFinished`);
    }
  };
}
