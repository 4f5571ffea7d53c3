import { expect, it } from 'vitest';
import { renderCharter } from '../../src/render/render.js';
import { exampleData } from '../helpers.js';

// Reviewed snapshots: a change to a template shows up here as a diff to read.
it('renders the digital-health example to the reviewed Markdown', async () => {
  await expect(await renderCharter(exampleData('digital-health') as never, { format: 'md' })).toMatchFileSnapshot('__snapshots__/digital-health.md');
});

it('renders the digital-health example to the reviewed HTML', async () => {
  await expect(await renderCharter(exampleData('digital-health') as never, { format: 'html' })).toMatchFileSnapshot('__snapshots__/digital-health.html');
});
