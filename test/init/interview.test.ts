import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { interview, reviewText } from '../../src/init/interview.js';
import type { Prompts } from '../../src/init/prompts.js';
import { scaffoldCharter } from '../../src/init/scaffold.js';
import { TODAY } from '../helpers.js';

/** Prompts that answer from a script, in order, and record what was asked. */
function scripted(answers: unknown[]): Prompts & { asked: string[] } {
  const queue = [...answers];
  const asked: string[] = [];
  const next = <T>(message: string, validate?: (v: T) => true | string): Promise<T> => {
    asked.push(message);
    if (queue.length === 0) throw new Error(`no scripted answer for: ${message}`);
    const answer = queue.shift() as T;
    if (validate) {
      const verdict = validate(answer);
      if (verdict !== true) throw new Error(`scripted answer ${JSON.stringify(answer)} refused: ${verdict}`);
    }
    return Promise.resolve(answer);
  };
  return {
    asked,
    // As on a terminal: an empty answer takes the default, and the validator sees the result.
    input: (q) => {
      if (queue[0] === '' && q.default !== undefined) queue[0] = q.default;
      return next<string>(q.message, q.validate);
    },
    select: (q) => next(q.message),
    checkbox: (q) => next(q.message, q.validate as never),
    confirm: (q) => next(q.message),
    say: () => {},
  };
}

const SHORT_INTERVIEW = [
  'Riverside Smart Mobility', // title
  'smart-city', // use case
  'Clean, safe streets for everyone in Riverside.', // vision
  'City of Riverside', 'government', 'data', 'Traffic counts', 'Ana Ruiz', 'ana@riverside.example', // partner 1
  'Movo Ltd', 'business', 'staff', '', '', // partner 2: no description, no representative
  false, // another partner?
  'Halve cycling accidents by 2028', [0, 1], 0, '2028-06-30', // goal 1
  false, // another goal?
  'consensus', '0.75', 'monthly', true,
];

describe('the init interview, scripted through the prompts module', () => {
  it('turns a short interview into a valid charter that lint only asks to complete', () => {
    const prompts = scripted(SHORT_INTERVIEW);
    return interview(prompts).then((answers) => {
      expect(answers.partners.map((p) => p.name)).toEqual(['City of Riverside', 'Movo Ltd']);
      const text = scaffoldCharter(answers, 'https://example.org/charter.schema.json');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://example.org/charter.schema.json');
      const findings = checkText(text, 'x.charter.yaml', { mode: 'lint', today: TODAY }).findings;
      expect(findings.filter((f) => f.ruleId === 'schema' || f.severity === 'error')).toEqual([]);
      const allowed = new Set(['todo-placeholder', 'term-missing', 'review-cadence-missing', 'metric-incomplete', 'exit-clause-missing', 'commitments-missing', 'communication-cadence-missing', 'reporting-missing', 'representative-missing']);
      expect(findings.filter((f) => !allowed.has(f.ruleId)).map((f) => f.ruleId)).toEqual([]);
      expect(text).toContain('id: city-of-riverside');
      expect(text).toContain('email: ana@riverside.example');
      expect(text).toContain('due: 2028-06-30');
      expect(text).toMatch(/- type: data\n\s+description: Traffic counts/);
      expect(text).toMatch(/within_days: 60/);
    });
  });

  it('refuses a bad date and a bad email with a message that says what is expected', async () => {
    const badDate = [...SHORT_INTERVIEW];
    badDate[18] = '30/06/2028';
    await expect(interview(scripted(badDate))).rejects.toThrow('write the date as YYYY-MM-DD, e.g. 2027-06-30 (or leave it empty)');
    const badEmail = [...SHORT_INTERVIEW];
    badEmail[8] = 'ana at riverside';
    await expect(interview(scripted(badEmail))).rejects.toThrow('write an email address like name@example.org (or leave it empty)');
    const noName = [...SHORT_INTERVIEW];
    noName[0] = '   ';
    await expect(interview(scripted(noName))).rejects.toThrow('a name is needed');
  });

  it('makes ids unique when two partners share a name', async () => {
    const answers = [...SHORT_INTERVIEW];
    answers[9] = 'City of Riverside';
    const text = scaffoldCharter(await interview(scripted(answers)), 'x');
    expect(text).toContain('id: city-of-riverside\n');
    expect(text).toContain('id: city-of-riverside-2\n');
    expect(checkText(text, 'x', { mode: 'validate', today: TODAY }).findings).toEqual([]);
  });

  it('goes back with the previous answers as defaults', async () => {
    const first = await interview(scripted(SHORT_INTERVIEW));
    // Accept every default (empty input, same selections) except a new title.
    const again = ['Riverside Mobility Compact', 'smart-city', '', '', 'government', 'data', '', '', '', '', 'business', 'staff', '', '', false, '', [0, 1], 0, '', false, 'consensus', '', 'monthly', true];
    const second = await interview(scripted(again), first);
    expect(second.title).toBe('Riverside Mobility Compact');
    expect(second.partners).toEqual(first.partners);
    expect(second.goals).toEqual(first.goals);
  });

  it('reviews partners with sectors, goals with owners, and what is still TODO', async () => {
    const answers = await interview(scripted(SHORT_INTERVIEW));
    const review = reviewText(answers, ['vision: "TODO"']);
    expect(review).toContain('City of Riverside (government), represented by Ana Ruiz');
    expect(review).toContain('Halve cycling accidents by 2028, owned by City of Riverside, due 2028-06-30');
    expect(review).toContain('vision: "TODO"');
  });
});
