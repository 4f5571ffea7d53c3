import { lint } from 'markdownlint/sync';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderCharter } from '../../src/render/render.js';
import { escapeMarkdown } from '../../src/render/escape.js';
import { exampleData, USE_CASE_EXAMPLES } from '../helpers.js';
import { hostileCharter } from './hostile.js';

const markdownIt = new MarkdownIt({ html: true, linkify: true });

function lintMarkdown(markdown: string) {
  const result = lint({ strings: { doc: markdown }, config: { default: true, MD013: false } });
  return result.doc.map((e) => `${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription} ${e.errorDetail ?? ''} ${e.errorContext ?? ''}`);
}

describe('Markdown rendering', () => {
  it('renders titles of only spaces or punctuation, names with spaces around them and names ending in #, as headings markdownlint accepts', async () => {
    const charter = exampleData('digital-health') as { title: string; partners: { name: string }[] };
    charter.title = ' ';
    charter.partners[0].name = '  Leading spaces.  ';
    charter.partners[1].name = '?!';
    charter.partners[2].name = 'Team C#';
    const markdown = await renderCharter(charter as never, { format: 'md' });
    expect(lintMarkdown(markdown)).toEqual([]);
    expect(markdown).toContain('# (untitled)');
    expect(markdown).toMatch(/^#+ (?:[\d.]+ )?Leading spaces$/m);
  });

  it.each(USE_CASE_EXAMPLES)('renders %s so that markdownlint finds nothing and it parses into the expected sections', async (name) => {
    const charter = exampleData(name);
    const markdown = await renderCharter(charter as never, { format: 'md' });
    expect(lintMarkdown(markdown)).toEqual([]);
    const tokens = markdownIt.parse(markdown, {});
    // Section headings without their clause numbers (test/render/numbering.test.ts checks those).
    const headings = tokens.flatMap((t, i) => (t.type === 'heading_open' ? [`${t.tag} ${tokens[i + 1].content.replace(/^\d+(\.\d+)*\.? /, '')}`] : []));
    expect(headings.filter((h) => h.startsWith('h1'))).toHaveLength(1);
    for (const section of ['Parties', 'Vision', 'Shared goals', 'Governance', 'Conflict resolution', 'Measuring impact', 'Signatures']) {
      expect(headings).toContain(`h2 ${section}`);
    }
    expect(headings.filter((h) => h.startsWith('h3 Signed for party'))).toHaveLength(charter.partners.length);
    const tables = tokens.filter((t) => t.type === 'table_open').length;
    expect(tables).toBeGreaterThanOrEqual(3);
    // The metrics table has one row per metric, with the metric's name in its first cell.
    const html = markdownIt.render(markdown);
    for (const metric of charter.metrics) expect(html).toContain(`<td>${markdownIt.utils.escapeHtml(metric.name)}</td>`);
    expect(tokens.some((t) => t.type === 'html_block' || t.type === 'html_inline')).toBe(false);
  });

  it('leaves out sections the charter lacks, never printing them empty', async () => {
    const charter = exampleData('smart-city');
    delete charter.governance;
    delete charter.metrics;
    delete charter.raci;
    delete charter.risks;
    const markdown = await renderCharter(charter as never, { format: 'md' });
    for (const heading of ['## Governance', '## Measuring impact', '## Responsibility matrix', '## Risks', '## Conflict resolution', '## Data sharing']) {
      expect(markdown).not.toContain(heading);
    }
    expect(lintMarkdown(markdown)).toEqual([]);
  });

  it('escapes what Markdown would interpret, so a hostile charter stays text', async () => {
    const charter = hostileCharter();
    const markdown = await renderCharter(charter as never, { format: 'md' });
    expect(lintMarkdown(markdown)).toEqual([]);
    const tokens = markdownIt.parse(markdown, {});
    const inline = tokens.flatMap((t) => t.children ?? []);
    expect(tokens.some((t) => t.type === 'html_block') || inline.some((t) => t.type === 'html_inline')).toBe(false);
    expect(inline.some((t) => t.type === 'link_open' || t.type === 'image' || t.type === 'code_inline' || t.type === 'em_open')).toBe(false);
    // Bold is the templates' own, for the defined terms and the draft note.
    const bold = inline.flatMap((t, i) => (t.type === 'strong_open' ? [inline[i + 1].content] : []));
    const terms = ['Charter', 'Partnership', 'Partner', 'Partners', 'Representative', 'Backbone', 'Effective Date', 'Days', 'DRAFT', charter.governance.body.name];
    expect(bold.filter((text) => !terms.includes(text))).toEqual([]);
    expect(tokens.filter((t) => t.type === 'heading_open' && t.tag === 'h1')).toHaveLength(1);
    // Tables keep their column count: the RACI row is one row of five cells.
    const html = markdownIt.render(markdown);
    expect(html).toContain('<td>&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;</td>');
    expect(html).toContain('&lt;script&gt;globalThis.__pwned = true; document.title = &quot;pwned&quot;&lt;/script&gt; | cell | break</th>'.replace('</th>', '</td>'));
  });

  it('keeps a draft with placeholders lint-clean, the note at the top and each placeholder marked', async () => {
    const charter = exampleData('smart-city');
    charter.status = 'draft';
    charter.vision = 'TODO: the shared vision';
    charter.summary = 'TODO: a summary';
    charter.partners[0].signatory.name = 'TODO: who signs';
    charter.metrics[0].unit = 'TODO: unit';
    const markdown = await renderCharter(charter as never, { format: 'md', renderedOn: '2026-12-01' });
    expect(lintMarkdown(markdown)).toEqual([]);
    expect(markdown).toMatch(/^# [^\n]+\n\n[^\n]+\n\n[^\n]+\n\n> \*\*DRAFT\*\*, rendered on 1 December 2026\./);
    const inline = markdownIt.parse(markdown, {}).flatMap((t) => t.children ?? []);
    const bold = inline.flatMap((t, i) => (t.type === 'strong_open' ? [inline[i + 1].content] : []));
    expect(bold.filter((text) => text.startsWith('TODO'))).toEqual(['TODO: a summary', 'TODO: the shared vision', 'TODO: unit', 'TODO: who signs']);
    expect(markdown.match(/⚠ \*\*TODO/g)).toHaveLength(4);
  });

  it('escapes each Markdown construct', () => {
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('*x* _y_ `z`')).toBe('\\*x\\* \\_y\\_ \\`z\\`');
    expect(escapeMarkdown('<b>')).toBe('\\<b>');
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('line\n\nbreak')).toBe('line break');
    expect(escapeMarkdown('see https://x.example')).toBe('see https\\://x.example');
  });

  it('is byte-identical for the same charter', async () => {
    const charter = exampleData('vaccine-development');
    const a = await renderCharter(charter as never, { format: 'md' });
    const b = await renderCharter(structuredClone(charter) as never, { format: 'md' });
    expect(a).toBe(b);
  });
});
