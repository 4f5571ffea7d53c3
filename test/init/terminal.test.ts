import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bin, runCli, tempDir, TODAY } from '../helpers.js';
import { TmuxSession } from './tmux.js';

let session: TmuxSession | undefined;
afterEach(() => session?.close());

const start = (dir: string, args = 'e2e.charter.yaml') => new TmuxSession(`env -u CI NO_COLOR=1 ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} init ${args}`, dir);

/** Answers a question once it is on screen. */
async function answer(s: TmuxSession, question: string, ...keys: string[]) {
  await s.waitFor(question);
  for (const key of keys) {
    if (['Enter', 'Down', 'Up', 'Space', 'C-c'].includes(key)) s.keys(key);
    else s.type(key);
  }
}

describe('charter init in a real terminal (tmux)', () => {
  it('walks through a short interview and writes a valid charter', async () => {
    const dir = tempDir();
    session = start(dir);
    await answer(session, 'Name of the partnership:', 'Harbour Lab', 'Enter');
    await answer(session, 'What kind of partnership is it?', 'Enter');
    await answer(session, 'The mutual vision', 'A lively, automated harbour that works for its city.', 'Enter');
    await answer(session, 'Partner 1, name of the organisation:', 'Port City', 'Enter');
    await answer(session, 'Sector of Port City:', 'Enter');
    await answer(session, 'What does Port City mainly contribute?', 'Enter');
    await answer(session, 'In a few words, what exactly', 'Quay 3 for trials', 'Enter');
    await answer(session, 'Who represents Port City?', 'Eva Stone', 'Enter');
    await answer(session, 'Email of Eva Stone', 'not-an-email', 'Enter');
    await session.waitFor('write an email address like name@example.org');
    session.keys('C-u');
    await answer(session, 'Email of Eva Stone', 'eva@portcity.example', 'Enter');
    await answer(session, 'Partner 2, name of the organisation:', 'Dock Robotics', 'Enter');
    await answer(session, 'Sector of Dock Robotics:', 'Down', 'Enter');
    await answer(session, 'What does Dock Robotics mainly contribute?', 'Enter');
    await answer(session, 'In a few words, what exactly (empty: fill in later): ', 'Enter');
    await answer(session, 'Who represents Dock Robotics?', 'Enter');
    await answer(session, 'Add another partner?', 'Enter');
    await answer(session, 'Goal 1:', 'Autonomous quay trials', 'Enter');
    await answer(session, 'Which partners share it?', 'Enter');
    await answer(session, 'Who owns it', 'Enter');
    await answer(session, 'Due date, YYYY-MM-DD', '2027-06-30', 'Enter');
    await answer(session, 'Add another goal?', 'Enter');
    await answer(session, 'How does the partnership take decisions?', 'Enter');
    await answer(session, 'Quorum:', 'Enter');
    await answer(session, 'How often does the steering committee meet?', 'Enter');
    await answer(session, 'Add the default escalation ladder', 'Enter');
    const review = await session.waitFor('Write e2e.charter.yaml?');
    expect(review).toContain('Port City (government), represented by Eva Stone');
    expect(review).toContain('Autonomous quay trials, owned by Port City, due 2027-06-30');
    session.keys('Enter');
    await session.waitFor('EXIT=0');

    const text = readFileSync(join(dir, 'e2e.charter.yaml'), 'utf8');
    expect(text).toContain('title: Harbour Lab');
    expect(text).toContain('email: eva@portcity.example');
    expect(text).toContain('sector: business');
    const lint = JSON.parse(runCli(['lint', 'e2e.charter.yaml', '--format', 'json', '--today', TODAY], { cwd: dir }).stdout)[0];
    expect(lint.errorCount).toBe(0);
  });

  it('Ctrl-C leaves no file and exits 130', async () => {
    const dir = tempDir();
    session = start(dir);
    await answer(session, 'Name of the partnership:', 'Half done', 'Enter');
    await answer(session, 'What kind of partnership is it?', 'C-c');
    const screen = await session.waitFor('EXIT=130');
    expect(screen).toContain('cancelled, nothing written');
    expect(screen).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'e2e.charter.yaml'))).toBe(false);
  });

  it('asks on stderr when the charter goes to stdout, so a redirected file gets only YAML', async () => {
    const dir = tempDir();
    session = start(dir, '--stdout > printed.yaml');
    await answer(session, 'Name of the partnership:', 'C-c');
    await session.waitFor('EXIT=130');
    expect(readFileSync(join(dir, 'printed.yaml'), 'utf8')).toBe('');
  });
});
