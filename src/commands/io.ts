/** What a command may touch of the outside world; tests pass their own. */
export interface CommandIO {
  stdout(content: string | Uint8Array): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Colour for stdout: a TTY, no NO_COLOR, no --no-color. */
  color: boolean;
  /** Binary formats (DOCX, PDF) are never written to a terminal. */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Width of the terminal stdout goes to; undefined when it is not a terminal. */
  columns?: number;
}

export function processIO(options: { color?: boolean } = {}): CommandIO {
  const env = process.env;
  const noColor = options.color === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env,
    color: !noColor && (process.stdout.isTTY === true || (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0')),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    columns: process.stdout.isTTY === true ? process.stdout.columns : undefined,
  };
}
