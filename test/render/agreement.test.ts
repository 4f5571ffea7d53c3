import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderCharter } from '../../src/render/render.js';
import { governingLawPhrase } from '../../src/render/view.js';
import { baseCharter } from '../rules/table.js';
import { exampleData, USE_CASE_EXAMPLES } from '../helpers.js';

const markdownIt = new MarkdownIt();
/** Markdown as a reader sees it: rendered, tags dropped, whitespace folded. */
const readMarkdown = (markdown: string) => markdownIt.render(markdown).replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
const readHtml = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

async function readBoth(charter: unknown): Promise<Record<'md' | 'html', string>> {
  return {
    md: readMarkdown(await renderCharter(charter as never, { format: 'md', renderedOn: '2026-12-01' })),
    html: readHtml(await renderCharter(charter as never, { format: 'html', renderedOn: '2026-12-01' })),
  };
}

describe('the agreement reads like an agreement', () => {
  it.each(USE_CASE_EXAMPLES)('%s: preamble, definitions, escalation sentences, legal nature, standard clauses and signed-document lines, in md and html', async (name) => {
    const charter = exampleData(name);
    const effective = new Date(`${charter.term.start}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (const text of Object.values(await readBoth(charter))) {
      expect(text).toContain(`is entered into on ${effective} (the “Effective Date”) by and between`);
      for (const p of charter.partners) {
        expect(text).toMatch(new RegExp(`${escapeRegExp(p.name)} \\(\\w+ sector\\)(, represented by ${escapeRegExp(p.representative?.name ?? '')})?`));
      }
      expect(text).toContain('each a “Partner” and together the “Partners”, who agree as follows.');
      expect(text).toMatch(/1\. Definitions In this Charter: .*Charter .*means this document/);
      if (charter.governance?.body?.name) expect(text).toContain(`${charter.governance.body.name} means the governing body of the Partnership`);
      const steps = charter.governance.conflict_resolution.steps;
      expect(text).toContain(`First, the dispute goes to `);
      expect(text).toContain(`within ${steps[0].within_days} days of it being raised in writing.`);
      expect(text).toContain(`If it is not resolved within that time, it goes to `);
      expect(text).toMatch(/Legal nature This Charter is (not )?legally binding/);
      expect(text).not.toMatch(/governed by Laws of/i);
      expect(text).not.toMatch(/the laws of (the )?laws of/i);
      for (const clause of ['Notices', 'Entire understanding', 'Counterparts and electronic signature', 'Amendments']) expect(text).toContain(` ${clause} `);
      const signed = `Charter: “${charter.title}”, version ${charter.version}, effective ${effective}`;
      expect(text.split(signed)).toHaveLength(charter.partners.length + 1);
      expect(text.split('Date and place')).toHaveLength(charter.partners.length + 1);
    }
  });

  it('always prints the legal-nature and amendment clauses, with what a silent charter means', async () => {
    const charter = baseCharter();
    delete charter.agreement;
    delete charter.governance.amendments;
    delete charter.term.start;
    for (const text of Object.values(await readBoth(charter))) {
      expect(text).toContain('Legal nature This Charter is not legally binding');
      expect(text).not.toContain('governed by');
      expect(text).toContain('An amendment takes effect only when all Partners have agreed it in writing');
      expect(text).toContain('is entered into on the date of the last signature (the “Effective Date”)');
    }
  });

  it.each([
    ['Laws of the State of Oregon', 'the laws of the State of Oregon'],
    ['the laws of England and Wales', 'the laws of England and Wales'],
    ['Law of Ukraine', 'the law of Ukraine'],
    ['English law', 'English law'],
    ['Belgium', 'the laws of Belgium'],
    ['the State of New York', 'the laws of the State of New York'],
  ])('phrases governing law %j as "governed by %s"', (law, phrase) => {
    expect(governingLawPhrase(law)).toBe(phrase);
  });

  it('writes each escalation step as a sentence, saying from when its days run', async () => {
    const charter = baseCharter();
    charter.governance.conflict_resolution.steps = [
      { level: 'project leads', within_days: 10, by: 'a meeting' },
      { level: 'Board', within_days: 30 },
      { level: 'an external mediator' },
      { level: 'arbitration' },
    ];
    const { md } = await readBoth(charter);
    expect(md).toContain('First, the dispute goes to the project leads (a meeting), to be resolved within 10 days of it being raised in writing.');
    expect(md).toContain('If it is not resolved within that time, it goes to the Board, to be resolved within 30 days of being referred.');
    expect(md).toContain('If it is not resolved within that time, it goes to an external mediator.');
    expect(md).toContain('If it is not resolved at that step, it goes to arbitration.');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
