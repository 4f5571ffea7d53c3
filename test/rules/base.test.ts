import { expect, it } from 'vitest';
import { toYaml } from '../helpers.js';
import { baseCharter, lintYaml } from './table.js';

it('the base charter of the rule tables lints clean, so every finding in a table comes from its one defect', () => {
  expect(lintYaml(toYaml(baseCharter()))).toEqual([]);
});
