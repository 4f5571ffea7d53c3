import { describe, expect, it } from 'vitest';
import { renderCharter } from '../../src/render/render.js';
import { baseCharter } from '../rules/table.js';

describe('current metric values in the agreement', () => {
  it('adds a Current column with the value and its date when a metric has been measured', async () => {
    const charter = baseCharter();
    charter.metrics[0].current = { value: 95000.5, as_of: '2026-06-30' };
    const md = await renderCharter(charter as never, { format: 'md' });
    expect(md).toContain('| Metric | Goal | Baseline | Current | Target |');
    expect(md).toContain('| 120 | 95,000.5 (30 June 2026) | 60 |');
    expect(md).toContain('| 0 | — | 3 |');
    const html = await renderCharter(charter as never, { format: 'html' });
    expect(html).toContain('<th scope="col">Current</th>');
    expect(html).toContain('95,000.5 <span class="meta">(30 June 2026)</span>');
  });

  it('leaves the column out when no metric has been measured', async () => {
    const md = await renderCharter(baseCharter() as never, { format: 'md' });
    expect(md).toContain('| Metric | Goal | Baseline | Target |');
    expect(md).not.toContain('Current');
  });
});
