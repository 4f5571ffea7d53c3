import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkText } from '../../src/core/check.js';
import { uniqueSlug } from '../../src/init/answers.js';
import { interview, reviewText } from '../../src/init/interview.js';
import type { Prompts } from '../../src/init/prompts.js';
import { scaffoldCharter } from '../../src/init/scaffold.js';
import { TODAY } from '../helpers.js';

type Answer = unknown | ((question: { message: string; default?: unknown; choices?: { value: unknown }[] }) => unknown);

/**
 * Prompts that answer each question by the first rule whose pattern matches it, and record
 * what was asked and said. As on a terminal, an empty input takes the default, and the
 * question's validator judges the answer.
 */
function answering(rules: [RegExp, Answer][]): Prompts & { asked: string[]; said: string[] } {
  const asked: string[] = [];
  const said: string[] = [];
  const answer = (question: { message: string; default?: unknown; choices?: { value: unknown }[] }) => {
    asked.push(question.message);
    const rule = rules.find(([pattern]) => pattern.test(question.message));
    if (!rule) throw new Error(`no scripted answer for: ${question.message}`);
    return typeof rule[1] === 'function' ? (rule[1] as (q: typeof question) => unknown)(question) : rule[1];
  };
  return {
    asked,
    said,
    input: (q) => {
      let value = answer(q) as string;
      if (value === '' && q.default !== undefined) value = q.default;
      const verdict = q.validate?.(value) ?? true;
      if (verdict !== true) return Promise.reject(new Error(`scripted answer ${JSON.stringify(value)} refused: ${verdict}`));
      return Promise.resolve(value);
    },
    select: <T>(q: { message: string; choices: { value: T }[]; default?: T }) => Promise.resolve(answer(q) as T),
    checkbox: <T>(q: { message: string; choices: { value: T }[]; validate?: (values: readonly T[]) => true | string }) => Promise.resolve(answer(q) as T[]),
    confirm: (q) => Promise.resolve(answer(q) as boolean),
    say: (text) => said.push(text),
  };
}

/** Skip every optional question: empty inputs, first choices, no to "more?" and "now?" questions. */
const SKIP_THE_REST: [RegExp, Answer][] = [
  [/fill in later/, ''],
  [/Add another|anything else|now\?|personal data/, false],
  [/default escalation ladder/, true],
  [/Quorum/, '0.5'],
  [/.*/, (q: { default?: unknown; choices?: { value: unknown }[] }) => q.default ?? q.choices?.[0]?.value],
];

const partnerRules = (names: string[], sectors: string[]): [RegExp, Answer][] => {
  let asked = 0;
  return [
    [/^Partner \d+, name/, () => names[asked++]],
    [/^Sector of/, (q: { message: string }) => sectors[names.findIndex((n) => q.message.includes(n))]],
    [/What does .* contribute\? Choose/, 'staff'],
    [/Add another partner\?/, () => asked < names.length],
  ];
};

/** A short interview: two partners, one goal, the rest skipped (a function: its partner counter starts afresh). */
const short = (): [RegExp, Answer][] => [
  [/^Name of the partnership/, 'Riverside Smart Mobility'],
  [/What kind of partnership/, 'smart-city'],
  [/mutual vision/, 'Clean, safe streets for everyone in Riverside.'],
  ...partnerRules(['City of Riverside', 'Movo Ltd'], ['government', 'business']),
  [/^Goal 1/, 'Halve cycling accidents by 2028'],
  [/Which partners share it/, [0, 1]],
  [/Who owns it/, 0],
  [/^Due date/, '2028-06-30'],
  [/How does the partnership take decisions/, 'consensus'],
  ...SKIP_THE_REST,
];

const lint = (text: string) => checkText(text, 'x.charter.yaml', { mode: 'lint', today: TODAY }).findings;
const todos = (text: string) => lint(text).filter((f) => f.ruleId === 'todo-placeholder');

describe('the init interview, scripted through the prompts module', () => {
  it('turns a short interview into a valid charter that lint only asks to complete', async () => {
    const answers = await interview(answering(short()));
    expect(answers.partners.map((p) => p.name)).toEqual(['City of Riverside', 'Movo Ltd']);
    const text = scaffoldCharter(answers, 'https://example.org/charter.schema.json');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://example.org/charter.schema.json');
    expect(lint(text).filter((f) => f.ruleId === 'schema' || f.severity === 'error')).toEqual([]);
    expect(text).toContain('id: city-of-riverside');
    expect(text).toContain('due: 2028-06-30');
    expect(text).toMatch(/within_days: 60/);
  });

  it('a four-partner interview answered in full leaves fewer than 15 TODOs, and lint finds no errors', async () => {
    const names = ['City of Aarhaven', 'Lumenta A/S', 'Aarhaven University', "Aarhaven Residents' Network"];
    const prompts = answering([
      [/^Name of the partnership/, 'Aarhaven Heat Resilience'],
      [/What kind of partnership/, 'environmental-sustainability'],
      [/What does (City of Aarhaven|Aarhaven University) contribute\? Choose/, 'data'],
      [/What does Lumenta A\/S contribute\? Choose/, 'technology'],
      [/What else does City of Aarhaven contribute\? Choose/, 'funding'],
      [/Does City of Aarhaven contribute anything else/, (() => { let n = 0; return () => n++ === 0; })()],
      ...partnerRules(names, ['government', 'business', 'academia', 'community']),
      [/Email of/, 'someone@aarhaven.example'],
      [/now\?/, true],
      [/^Goal 1/, 'Cool the five hottest neighbourhoods of the city'],
      [/^Goal 2/, 'Warn every vulnerable resident before a heatwave'],
      [/Which partners share it/, [0, 1, 2, 3]],
      [/Who owns it/, 0],
      [/Add another goal/, (() => { let n = 0; return () => n++ === 0; })()],
      [/^Due date/, '2028-06-30'],
      [/baseline/, '41'],
      [/target value/, '36'],
      [/How does the partnership take decisions/, 'lead-partner'],
      [/Which partner leads/, 0],
      [/personal data/, true],
      [/^First day/, '2026-01-01'],
      [/^Last day/, '2028-12-31'],
      [/legally binding/, false],
      [/Quorum/, '60%'],
      [/Days of notice/, '90'],
      [/Add another|anything else/, false],
      // Every other question gets a real answer.
      [/fill in later/, (q: { message: string }) => `An answer to: ${q.message.replace(/ \(empty: fill in later\):$/, '')}`],
      [/.*/, (q: { default?: unknown; choices?: { value: unknown }[] }) => q.default ?? q.choices?.[0]?.value],
    ]);
    const answers = await interview(prompts);
    const text = scaffoldCharter(answers, 'x');
    const left = todos(text);
    console.log(`four partners, every question answered: ${left.length} TODO placeholders left`);
    expect(left.length, left.map((f) => f.message).join('\n')).toBeLessThan(15);
    expect(lint(text).filter((f) => f.severity === 'error')).toEqual([]);
    const charter = parse(text);
    // What the interview asked now lands in the charter.
    expect(charter.term).toEqual({ start: '2026-01-01', end: '2028-12-31', review: 'annual' });
    expect(charter.agreement.binding).toBe(false);
    expect(charter.agreement.governing_law).toMatch(/^An answer to/);
    expect(charter.governance.decision_making).toMatchObject({ rule: 'lead-partner', lead: 'city-of-aarhaven', quorum: 0.6 });
    expect(charter.partners[0].contributions.map((c: { type: string }) => c.type)).toEqual(['data', 'funding']);
    expect(charter.partners[1].signatory.name).toMatch(/^An answer to/);
    expect(charter.partners[1].representative.role).toMatch(/^An answer to/);
    expect(charter.metrics[0]).toMatchObject({ baseline: 41, target: 36, direction: 'decrease' });
    expect(charter.goals.map((g: { id: string }) => g.id)).toEqual(['cool-the-five-hottest', 'warn-every-vulnerable-resident']);
    expect(charter.partners.map((p: { id: string }) => p.id)).toEqual(['city-of-aarhaven', 'lumenta-a-s', 'aarhaven-university', 'aarhaven-residents-network']);
  });

  it('refuses a bad date and a bad email with a message that says what is expected', async () => {
    await expect(interview(answering([[/^Due date/, '30/06/2028'], ...short()]))).rejects.toThrow('write the date as YYYY-MM-DD, e.g. 2027-06-30 (or leave it empty)');
    await expect(interview(answering([[/^Who represents City/, 'Ana Ruiz'], [/^Email of Ana/, 'ana at riverside'], ...short()]))).rejects.toThrow('write an email address like name@example.org (or leave it empty)');
    await expect(interview(answering([[/^Name of the partnership/, '   '], ...short()]))).rejects.toThrow('a name is needed');
    await expect(interview(answering([[/^First day/, '2027-01-01'], [/^Last day/, '2026-01-01'], ...short()]))).rejects.toThrow('the last day must come after the first, 2027-01-01');
  });

  it('makes ids unique when two partners share a name', async () => {
    const text = scaffoldCharter(await interview(answering([...partnerRules(['City of Riverside', 'City of Riverside'], ['government', 'business']), ...short()])), 'x');
    expect(text).toContain('id: city-of-riverside\n');
    expect(text).toContain('id: city-of-riverside-2\n');
    expect(checkText(text, 'x', { mode: 'validate', today: TODAY }).findings).toEqual([]);
  });

  it('makes short ids of whole words', () => {
    const taken = new Set<string>();
    expect(uniqueSlug('Map and cool the 5 hottest neighbourhoods: heat map, 40 shade trees', taken, 'g')).toBe('map-and-cool');
    expect(uniqueSlug('Map and cool the streets', taken, 'g')).toBe('map-and-cool-2');
    expect(uniqueSlug('Heart Patients Association of Aarhaven', taken, 'p')).toBe('heart-patients-association');
    expect(uniqueSlug('Šibenik Općina', taken, 'p')).toBe('sibenik-opcina');
    expect(uniqueSlug('!!!', taken, 'partner-1')).toBe('partner-1');
    expect(uniqueSlug('Supercalifragilisticexpialidocious Internationalisation Interdisciplinary Counterrevolutionaries', taken, 'p').length).toBeLessThanOrEqual(56);
  });

  it('defaults the kind of partnership to the general one', async () => {
    const prompts = answering([[/What kind of partnership/, (q: { default?: unknown }) => q.default], ...short()]);
    expect((await interview(prompts)).useCase).toBe('other');
  });

  it('warns in the interview and the review when every partner is from one sector', async () => {
    const prompts = answering([...partnerRules(['City of Riverside', 'Riverside County'], ['government', 'government']), ...short()]);
    const answers = await interview(prompts);
    expect(prompts.said.join('')).toContain('every partner so far is from the government sector');
    expect(reviewText(answers, [])).toContain('Warning: all partners are from the government sector');
  });

  it('changing one part asks only that part again and keeps the other answers', async () => {
    const first = await interview(answering(short()));
    const prompts = answering([[/^Goal 1/, ''], [/Which partners share it/, [0, 1]], [/Who owns it/, 1], ...SKIP_THE_REST]);
    const second = await interview(prompts, first, 'goals');
    expect(prompts.asked.filter((q) => /^(Name of the partnership|Partner \d|How does the partnership take decisions|First day)/.test(q))).toEqual([]);
    expect(prompts.asked[0]).toBe('Goal 1:');
    expect(second.goals[0]).toMatchObject({ title: 'Halve cycling accidents by 2028', owner: 1, due: '2028-06-30' });
    expect(second.partners).toEqual(first.partners);
    expect(second.title).toBe(first.title);
  });

  it('asks which partner leads under the lead-partner rule', async () => {
    const prompts = answering([[/How does the partnership take decisions/, 'lead-partner'], [/Which partner leads/, 1], ...short()]);
    const text = scaffoldCharter(await interview(prompts), 'x');
    expect(parse(text).governance.decision_making.lead).toBe('movo-ltd');
  });

  it('reviews partners with sectors, goals with owners, and what is still TODO', async () => {
    const answers = await interview(answering([[/^Who represents City/, 'Ana Ruiz'], ...short()]));
    const review = reviewText(answers, ['vision: "TODO"']);
    expect(review).toContain('City of Riverside (government), represented by Ana Ruiz, signed by Ana Ruiz');
    expect(review).toContain('Halve cycling accidents by 2028, owned by City of Riverside, due 2028-06-30');
    expect(review).toContain('vision: "TODO"');
  });
});
