import { describe, expect, it } from 'vitest';
import { clauseOf, clausesOf, sectionOf, SECTION_ORDER } from '../../src/diff/sections.js';
import { exampleData } from '../helpers.js';

describe('the sections a change is grouped under', () => {
  it.each([
    [['governance', 'committees', 'dac', 'decision_making', 'rule'], 'Committees', 'committees'],
    [['governance', 'conflict_of_interest', 'policy'], 'Conflicts of interest', 'conflict-of-interest'],
    [['governance', 'dissolution', 'approval'], 'Dissolution', 'dissolution'],
    [['governance', 'secretariat', 'hosted_by'], 'Governance', 'governance/secretariat'],
  ])('%j is in %s, at its clause in the agreement', (segments, section, key) => {
    expect(sectionOf(segments)).toBe(section);
    const clauses = clausesOf(exampleData('data-consortium') as never);
    expect(clauseOf(segments, clauses, clauses)).toBe(clauses.numbers[key]);
  });

  it('lists the standing-body sections in the order the agreement prints them', () => {
    expect(SECTION_ORDER.indexOf('Committees')).toBe(SECTION_ORDER.indexOf('Governance') + 1);
    expect(SECTION_ORDER.indexOf('Conflicts of interest')).toBe(SECTION_ORDER.indexOf('Committees') + 1);
    expect(SECTION_ORDER.indexOf('Dissolution')).toBe(SECTION_ORDER.indexOf('Exit') + 1);
  });
});
