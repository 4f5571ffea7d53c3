import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** A real pseudo-terminal: a command in its own tmux server, driven by keys and read from the screen. */
export class TmuxSession {
  private readonly socket = `charter-test-${process.pid}-${Math.random().toString(36).slice(2)}`;

  constructor(command: string, cwd: string) {
    this.tmux('new-session', '-d', '-s', 'main', '-x', '140', '-y', '50', '-c', cwd, `${command}; echo "EXIT=$?"; sleep 60`);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'main', '-S', '-200');
  }

  /** Waits until the screen shows `text` (the prompt is ready), or fails with what it shows. */
  async waitFor(text: string | RegExp | ((screen: string) => boolean), timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof text === 'string' ? screen.includes(text) : typeof text === 'function' ? text(screen) : text.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; the screen shows:\n${screen}`);
      await sleep(100);
    }
  }

  /** Types literal text (or tmux key names such as Enter, Down, C-c). */
  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'main', ...keys);
  }

  type(text: string): void {
    this.tmux('send-keys', '-t', 'main', '-l', text);
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // Already gone.
    }
  }
}
