import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bin, runCli, tempDir, TODAY } from '../helpers.js';
import { TmuxSession } from './tmux.js';

let session: TmuxSession | undefined;
afterEach(() => session?.close());

const start = (dir: string, args = 'e2e.charter.yaml') => new TmuxSession(`env -u CI NO_COLOR=1 ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} init ${args}`, dir);

/** How many times each question has been answered in the current session. */
let answered = new Map<string, number>();
afterEach(() => (answered = new Map()));

const occurrences = (screen: string, text: string) => screen.split(text).length - 1;

/**
 * Answers a question once it is on screen. A question asked again (the second partner's
 * "In a few words") is waited for until it appears once more than it was answered.
 */
async function answer(s: TmuxSession, question: string, ...keys: string[]) {
  const times = (answered.get(question) ?? 0) + 1;
  await s.waitFor((screen) => occurrences(screen, question) >= times);
  answered.set(question, times);
  for (const key of keys) {
    if (['Enter', 'Down', 'Up', 'Space', 'C-c', 'C-u'].includes(key)) s.keys(key);
    else s.type(key);
  }
}

describe('charter init in a real terminal (tmux)', () => {
  it('walks through a short interview, changes one part after the review, and writes a valid charter', async () => {
    const dir = tempDir();
    session = start(dir);
    await answer(session, 'Name of the partnership:', 'Harbour Lab', 'Enter');
    await answer(session, 'What kind of partnership is it?', 'Enter');
    await answer(session, 'The mutual vision', 'A lively, automated harbour that works for its city.', 'Enter');
    await answer(session, 'The problem none of the partners', 'Enter');
    await answer(session, 'Partner 1, name of the organisation:', 'Port City', 'Enter');
    await answer(session, 'Sector of Port City:', 'Enter');
    await answer(session, 'What does Port City contribute?', 'Enter');
    await answer(session, 'In a few words, what exactly', 'Quay 3 for trials', 'Enter');
    await answer(session, 'Does Port City contribute anything else?', 'Enter');
    await answer(session, 'What does Port City expect in return', 'Enter');
    await answer(session, 'What is Port City responsible for', 'Enter');
    await answer(session, "Describe Port City's mission", 'Enter');
    await answer(session, 'Who represents Port City', 'Eva Stone', 'Enter');
    await answer(session, "Eva Stone's role", 'Harbour master', 'Enter');
    await answer(session, 'Email of Eva Stone', 'not-an-email', 'Enter');
    await session.waitFor('write an email address like name@example.org');
    // The same question, still open: no new occurrence to wait for.
    session.keys('C-u');
    session.type('eva@portcity.example');
    session.keys('Enter');
    await answer(session, 'Who signs the agreement for Port City?', 'Enter');
    await answer(session, "Eva Stone's title", 'Enter');
    await answer(session, 'Partner 2, name of the organisation:', 'Dock Robotics', 'Enter');
    await answer(session, 'Sector of Dock Robotics:', 'Down', 'Enter');
    await answer(session, 'What does Dock Robotics contribute?', 'Enter');
    await answer(session, 'In a few words, what exactly', 'Enter');
    await answer(session, 'Does Dock Robotics contribute anything else?', 'Enter');
    await answer(session, 'What does Dock Robotics expect in return', 'Enter');
    await answer(session, 'What is Dock Robotics responsible for', 'Enter');
    await answer(session, "Describe Dock Robotics's mission", 'Enter');
    await answer(session, 'Who represents Dock Robotics', 'Enter');
    await answer(session, 'Who signs the agreement for Dock Robotics?', 'Enter');
    await answer(session, 'Add another partner?', 'Enter');
    await answer(session, 'Describe how each sector works', 'Enter');
    await answer(session, 'Goal 1:', 'Autonomous quay trials', 'Enter');
    await answer(session, 'Which partners share it?', 'Enter');
    await answer(session, 'Who owns it', 'Enter');
    await answer(session, 'Due date, YYYY-MM-DD', '2027-06-30', 'Enter');
    await answer(session, 'Why does this goal matter to Port City', 'Enter');
    await answer(session, 'Why does this goal matter to Dock Robotics', 'Enter');
    await answer(session, 'How is progress measured?', 'Enter');
    await answer(session, 'Add another goal?', 'Enter');
    for (const question of ['How does the partnership take decisions?', 'Quorum:', 'When the partners cannot agree', 'How often does the steering committee meet?', 'Where do the partners talk', 'How often do the partners update', 'Who receives the progress reports', 'How often is progress reported?', 'Add the default escalation ladder', 'How is this charter changed', 'Which rule approves a change', 'Days of notice', 'What does a leaving partner still owe', 'What happens to shared data, IP and assets']) {
      await answer(session, question, 'Enter');
    }
    await answer(session, 'First day of the partnership', '2026-01-01', 'Enter');
    await answer(session, 'Last day, YYYY-MM-DD', '2028-12-31', 'Enter');
    await answer(session, 'How often do the partners review this charter?', 'Enter');
    await answer(session, 'Is this charter itself legally binding?', 'Enter');
    await answer(session, 'The law that governs it', 'Enter');
    const review = await session.waitFor('Write e2e.charter.yaml?');
    expect(review).toContain('Port City (government), represented by Eva Stone, signed by Eva Stone');
    expect(review).toContain('Autonomous quay trials, owned by Port City, due 2027-06-30');
    expect(review).toContain('Term: 2026-01-01 to 2028-12-31.');
    // Change only the goals: the due date moves; nothing else is asked again.
    await answer(session, 'Write e2e.charter.yaml?', 'Down', 'Enter');
    await answer(session, 'Which part do you want to change?', 'Down', 'Down', 'Enter');
    await answer(session, 'Goal 1:', 'Enter');
    await answer(session, 'Which partners share it?', 'Enter');
    await answer(session, 'Who owns it', 'Enter');
    await answer(session, 'Due date, YYYY-MM-DD', 'C-u', '2027-09-30', 'Enter');
    await answer(session, 'Why does this goal matter to Port City', 'Enter');
    await answer(session, 'Why does this goal matter to Dock Robotics', 'Enter');
    await answer(session, 'How is progress measured?', 'Enter');
    await answer(session, 'Add another goal?', 'Enter');
    await answer(session, 'Write e2e.charter.yaml?', 'Enter');
    const end = await session.waitFor('EXIT=0');
    expect(occurrences(end, 'Partner 1, name of the organisation:')).toBe(1);

    const text = readFileSync(join(dir, 'e2e.charter.yaml'), 'utf8');
    expect(text).toContain('title: Harbour Lab');
    expect(text).toContain('use_case: other');
    expect(text).toContain('email: eva@portcity.example');
    expect(text).toContain('sector: business');
    expect(text).toContain('due: 2027-09-30');
    expect(text).toMatch(/term:\n\s+start: 2026-01-01\n\s+end: 2028-12-31/);
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
