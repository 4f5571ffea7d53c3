import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, examplesDir, runCli, tempDir, TODAY } from '../helpers.js';
import { writeOutput } from '../../src/core/write.js';

/** A directory holding one valid charter, c.charter.yaml. */
function project(): string {
  const dir = tempDir();
  copyFileSync(join(examplesDir, 'education.charter.yaml'), join(dir, 'c.charter.yaml'));
  return dir;
}

const isRoot = process.getuid?.() === 0;

/** Runs `charter args` while reading the FIFO at `fifo`; resolves with what was read and the exit code. */
async function runReadingFifo(args: string[], cwd: string, fifo: string): Promise<{ code: number | null; read: string }> {
  const reader = spawn('cat', [fifo]);
  let read = '';
  reader.stdout.on('data', (chunk) => (read += chunk));
  const readerDone = new Promise((done) => reader.on('close', done));
  const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  await readerDone;
  return { code, read };
}

describe('every command writes its output safely', () => {
  it('replaces a regular file atomically and keeps its mode (render --out, lint --out, init --force)', () => {
    const dir = project();
    for (const [name, args] of [
      ['agreement.md', ['render', 'c.charter.yaml', '--out', 'agreement.md']],
      ['report.json', ['lint', 'c.charter.yaml', '--format', 'json', '-o', 'report.json', '--today', TODAY]],
      ['new.charter.yaml', ['init', '--yes', '--force', 'new.charter.yaml']],
    ] as const) {
      writeFileSync(join(dir, name), 'old');
      chmodSync(join(dir, name), 0o600);
      expect(runCli([...args], { cwd: dir }).code, name).toBe(0);
      expect(readFileSync(join(dir, name), 'utf8')).not.toBe('old');
      expect(statSync(join(dir, name)).mode & 0o777, name).toBe(0o600);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes through a symbolic link to its target, which it replaces; the link stays a link', () => {
    const dir = project();
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared/agreement.md'), 'old');
    symlinkSync('shared/agreement.md', join(dir, 'agreement.md'));
    symlinkSync('shared/new.md', join(dir, 'dangling.md'));
    expect(runCli(['render', 'c.charter.yaml', '-o', 'agreement.md'], { cwd: dir }).code).toBe(0);
    expect(runCli(['render', 'c.charter.yaml', '-o', 'dangling.md'], { cwd: dir }).code).toBe(0);
    expect(lstatSync(join(dir, 'agreement.md')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'dangling.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'shared/agreement.md'), 'utf8')).toMatch(/^# Code for Every Classroom/);
    expect(readFileSync(join(dir, 'shared/new.md'), 'utf8')).toMatch(/^# Code for Every Classroom/);
  });

  it('writes a FIFO directly: the reader gets the output and the FIFO is still a FIFO', async () => {
    const dir = project();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const render = await runReadingFifo(['render', 'c.charter.yaml', '--out', 'pipe'], dir, fifo);
    expect(render.code).toBe(0);
    expect(render.read).toMatch(/^# Code for Every Classroom/);
    const lint = await runReadingFifo(['lint', 'c.charter.yaml', '--format', 'json', '--output', 'pipe', '--today', TODAY], dir, fifo);
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.read)[0].file).toBe('c.charter.yaml');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['c.charter.yaml', 'pipe']);
  });

  it('writes a character device directly and leaves it a device', () => {
    const dir = project();
    let device = join(dir, 'null');
    if (isRoot) execFileSync('mknod', ['-m', '666', device, 'c', '1', '3']);
    else {
      // Only root may create a device node; /dev/null is the device every user can write.
      console.log('not root: mknod needs root, so this writes to /dev/null instead of a device node made in a temporary directory');
      device = '/dev/null';
    }
    for (const args of [['render', 'c.charter.yaml', '--out', device], ['lint', 'c.charter.yaml', '--output', device], ['init', '--yes', '-o', device]]) {
      const { code, stderr } = runCli(args, { cwd: dir });
      expect(stderr, args.join(' ')).not.toMatch(/cannot write/);
      expect(code, args.join(' ')).toBe(0);
      expect(lstatSync(device).isCharacterDevice(), args.join(' ')).toBe(true);
      expect(lstatSync(device).rdev).toBe(statSync('/dev/null').rdev);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a block device (exit 2) and leaves it a device', () => {
    const dir = project();
    // A block device node needs root to create; otherwise the first one under /dev that exists.
    let device = join(dir, 'disk');
    if (isRoot) execFileSync('mknod', [device, 'b', '7', '200']);
    else {
      const found = readdirSync('/dev').map((f) => join('/dev', f)).find((f) => lstatSync(f).isBlockDevice());
      console.log(`not root: mknod needs root, so this uses ${found ?? 'no block device (none under /dev): the refusal of a regular directory stands in'}`);
      device = found ?? dir;
    }
    const { code, stderr } = runCli(['render', join(dir, 'c.charter.yaml'), '--out', device], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^charter: cannot write .*: it is a (block device|directory)/);
    if (device !== dir) expect(lstatSync(device).isBlockDevice()).toBe(true);
  });

  it('writes a Unix socket directly', async () => {
    const dir = project();
    const path = join(dir, 'report.sock');
    let received = '';
    let ended: () => void;
    const receivedAll = new Promise<void>((done) => (ended = done));
    const server = createServer((socket) => socket.on('data', (chunk) => (received += chunk)).on('end', () => ended()));
    await new Promise<void>((done) => server.listen(path, done));
    try {
      const child = spawn(process.execPath, [bin, 'render', 'c.charter.yaml', '--out', 'report.sock'], { cwd: dir, stdio: 'ignore' });
      expect(await new Promise((done) => child.on('exit', done))).toBe(0);
      await receivedAll;
      expect(received).toMatch(/^# Code for Every Classroom/);
      expect(lstatSync(path).isSocket()).toBe(true);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('refuses a directory and a missing parent directory with one line and exit 2', () => {
    const dir = project();
    mkdirSync(join(dir, 'out'));
    for (const args of [['render', 'c.charter.yaml', '--out', 'out'], ['lint', 'c.charter.yaml', '--out', 'out'], ['init', '--yes', 'out']]) {
      expect(runCli(args, { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'charter: cannot write out: it is a directory; give a file name inside it\n' });
    }
    for (const args of [['render', 'c.charter.yaml', '--out', 'no/x.md'], ['lint', 'c.charter.yaml', '--format', 'sarif', '--out', 'sarif=no/x.md'], ['init', '--yes', '-o', 'no/x.md']]) {
      expect(runCli(args, { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'charter: cannot write no/x.md: the directory no does not exist (create it first)\n' });
    }
    expect(readdirSync(dir).sort()).toEqual(['c.charter.yaml', 'out']);
  });

  it('reads - as stdout and never makes a file named -', () => {
    const dir = project();
    const render = runCli(['render', 'c.charter.yaml', '--out', '-'], { cwd: dir });
    expect(render.code).toBe(0);
    expect(render.stdout).toMatch(/^# Code for Every Classroom/);
    const lint = runCli(['lint', 'c.charter.yaml', '--format', 'stylish', '--format', 'json', '--out', 'json=-', '--out', 'stylish=report.txt', '--today', TODAY], { cwd: dir });
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.stdout)[0].file).toBe('c.charter.yaml');
    const init = runCli(['init', '--yes', '-'], { cwd: dir });
    expect(init.stdout).toMatch(/^# yaml-language-server/);
    expect(readdirSync(dir).sort()).toEqual(['c.charter.yaml', 'report.txt']);
  });

  it('never writes over its own input or the config it read, whatever path leads there', () => {
    const dir = project();
    writeFileSync(join(dir, 'charter.config.yaml'), 'rules: {}\n');
    symlinkSync('.', join(dir, 'here'));
    symlinkSync('c.charter.yaml', join(dir, 'alias.charter.yaml'));
    linkSync(join(dir, 'c.charter.yaml'), join(dir, 'hard.charter.yaml'));
    const before = readFileSync(join(dir, 'c.charter.yaml'), 'utf8');
    for (const args of [
      ['lint', 'c.charter.yaml', '--format', 'json', '--output', 'c.charter.yaml'],
      ['lint', 'c.charter.yaml', '--format', 'json', '--out', 'charter.config.yaml'],
      ['lint', '.', '--format', 'sarif', '--out', 'sarif=here/c.charter.yaml'],
      ['render', 'c.charter.yaml', '--out', 'here/c.charter.yaml'],
      ['render', 'alias.charter.yaml', '--out', 'c.charter.yaml'],
      ['render', 'c.charter.yaml', '--out', 'hard.charter.yaml'],
      ['render', 'c.charter.yaml', '--strict', '--out', 'here/charter.config.yaml'],
    ]) {
      const { code, stderr } = runCli(args, { cwd: dir });
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toMatch(/^charter: cannot write \S+: it is \S+, which this command reads; choose another file\n$/);
    }
    expect(readFileSync(join(dir, 'c.charter.yaml'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'charter.config.yaml'), 'utf8')).toBe('rules: {}\n');
  });

  it('refuses two formats written to one file', () => {
    const dir = project();
    symlinkSync('.', join(dir, 'here'));
    const { code, stderr } = runCli(['lint', 'c.charter.yaml', '--format', 'json', '--format', 'sarif', '-o', 'json=x', '-o', 'sarif=here/x'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('charter: --out: two formats would write to x; give each its own file\n');
  });

  it('writes bytes as well as text, and refuses an existing file when told not to overwrite', async () => {
    const dir = tempDir();
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a]);
    await writeOutput(join(dir, 'a.pdf'), bytes);
    expect(readFileSync(join(dir, 'a.pdf'))).toEqual(bytes);
    await expect(writeOutput(join(dir, 'a.pdf'), 'x', { overwrite: false })).rejects.toThrow(/already exists: use --force/);
    let written: string | Uint8Array = '';
    await writeOutput('-', bytes, { stdout: (content) => (written = content) });
    expect(written).toEqual(bytes);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});
