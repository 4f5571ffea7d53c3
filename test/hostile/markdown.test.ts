// Issue 16 row 8 and issue 15 §3: Markdown output escapes only what a renderer would read as
// syntax, so that every value renders back to its own text, and makes no link from data.
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/render/escape.js';
import { renderCharter } from '../../src/render/render.js';
import { baseCharter } from '../rules/table.js';
import { gfmToHtml } from './scratch.js';

// markdown-it's default preset is CommonMark plus tables and strikethrough; raw HTML on, so that any would show.
const commonmark = new MarkdownIt({ html: true });

/** The places a value stands in the agreement: a paragraph, a list item, a heading, a table cell. */
const PLACES = [
  (v: string) => v,
  (v: string) => `- Mission: ${v}`,
  (v: string) => `- ${v}`,
  (v: string) => `# ${v}`,
  (v: string) => `| Activity | Partner |\n| --- | --- |\n| ${v} | x |`,
];

const decodeEntities = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

/** The text a renderer shows for one place: markup stripped, entities decoded. */
function shownText(html: string): string {
  const cell = /<td>(.*?)<\/td>/s.exec(html);
  const inner = cell ? cell[1] : html.replace(/^<(p|h1|ul)>\s*(<li>)?(Mission: )?/, '').replace(/(<\/li>\s*<\/ul>|<\/p>|<\/h1>)\s*$/, '');
  return decodeEntities(inner);
}

/** What a value must render back to: whitespace folded, control characters replaced. */
const expected = (value: string) => value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD').replace(/\s+/g, ' ').trim();

/** Renders a value in every place with both parsers and checks it comes back as itself, with no markup. */
function expectRendersAsText(value: string) {
  const escaped = escapeMarkdown(value);
  if (expected(value) === '') return;
  for (const place of PLACES) {
    const markdown = place(escaped);
    for (const [parser, html] of [
      ['commonmark', commonmark.render(markdown)],
      ['gfm', gfmToHtml(markdown)],
    ] as const) {
      const where = `${parser}: ${JSON.stringify(markdown)} → ${html}`;
      expect(html, where).not.toMatch(/<(a|img|em|strong|code|del|blockquote|ol|h2|hr|input|script|b)\b/);
      if (place === PLACES[2]) expect(html.match(/<li>/g), where).toHaveLength(1);
      if (place === PLACES[3]) expect(html.match(/<h1>/g), where).toHaveLength(1);
      if (place === PLACES[4]) expect(html.match(/<td>/g), where).toHaveLength(2);
      expect(shownText(html), where).toBe(expected(value));
    }
  }
}

const ORDINARY = [
  'Version 0.1.0',
  'Note: see the annex',
  'R&D budget',
  'us @ HQ',
  'snake_case_name and file_v2.pdf',
  'C# and F# teams',
  '3.5 million residents',
  '1.5x faster',
  '50% of 2026',
  'Ville de Montréal 🍁',
  'A (short) list; a question?',
  "O'Brien & Sons — \"quoted\"",
  'e.g. the plan',
];

const HOSTILE = [
  'Visit _www.evil.example/phish?x=1',
  'see *_www.evil.example',
  '(_www.evil.example)',
  'a\u00a0www.evil.example',
  'WWW.EVIL.EXAMPLE',
  'https://evil.example/login',
  'HTTPS://EVIL.EXAMPLE',
  'x https://evil.example',
  'ftp://files.example',
  'mailto:legal@evil.example',
  'xmpp:chat@evil.example',
  'legal?bcc=attacker@evil.example',
  'me@mail.example',
  '<https://evil.example>',
  '<script>alert(1)</script>',
  '[Approve here](https://evil.example/login)',
  '![t](https://tracker.example/p.png)',
  '[ref]: https://evil.example',
  '*bold* _em_ `code` ~~gone~~ ~one~',
  '**strong** __strong__',
  '# heading',
  '## two',
  '> quote',
  '- item',
  '+ item',
  '* item',
  '1. item',
  '1) item',
  '---',
  '===',
  '- - -',
  '___',
  'Title #',
  'Title ##',
  '#',
  '&amp; &#38; &#x26; &copy;',
  'a | b | c',
  'back\\slash\\',
  'trailing backslash \\',
  '[^1] footnote',
  '- [ ] task',
  '<!-- comment -->',
  '\\*already escaped\\*',
  '1.',
  '-',
];

describe('Markdown escaping', () => {
  it('leaves ordinary text as written: no backslash where Markdown reads no syntax', () => {
    for (const value of ORDINARY) expect(escapeMarkdown(value)).toBe(value);
  });

  it.each([...ORDINARY, ...HOSTILE])('%j renders back to its own text, in every place, with CommonMark and GFM', (value) => {
    expectRendersAsText(value);
  });

  it('row 8: no value becomes a link under GFM, however it is written', () => {
    for (const value of HOSTILE) {
      const html = gfmToHtml(escapeMarkdown(value));
      expect(html, `${value} → ${html}`).not.toMatch(/<a |<img /);
    }
  });

  it('property: any string of Markdown syntax characters renders back to itself, as text', () => {
    const unit = fc.constantFrom('*', '_', '`', '~', '[', ']', '(', ')', '<', '>', '!', '#', '-', '+', '=', '|', '\\', '&', ';', ':', '/', '.', '@', ' ', '\u00a0', '\n', '\t', 'a', 'w', 'x', '1', 'é', 'www.', 'http', 'mailto', 'amp', '#38', 'evil.example');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (units) => {
        expectRendersAsText(units.join(''));
      }),
      { numRuns: Number(process.env.CHARTER_PROPERTY_RUNS ?? 300) },
    );
  });

  it('the rendered agreement carries a hostile value as text, and an ordinary one without backslashes', async () => {
    const charter = baseCharter();
    charter.version = '0.1.0';
    charter.summary = 'Note: R&D with us @ HQ. Visit _www.evil.example/phish?x=1';
    const markdown = await renderCharter(charter as never, { format: 'md' });
    expect(markdown).toContain('Version 0.1.0');
    expect(markdown).toContain('Note: R&D with us @ HQ. Visit \\_www\\.evil.example/phish?x=1');
    expect(gfmToHtml(markdown)).not.toMatch(/<a |<img /);
  });
});
