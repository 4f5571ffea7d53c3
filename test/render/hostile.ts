import { baseCharter } from '../rules/table.js';

export const SCRIPT = '<script>globalThis.__pwned = true; document.title = "pwned"</script>';
export const IMG = '"><img src=x onerror="globalThis.__pwned = true">';
export const MARKDOWN_TRAPS = '# Not a heading | pipe *star* _under_ `tick` <b>bold</b> [link](https://evil.example) ![img](x.png) https://bare.example www.bare.example me@mail.example &amp; 1. not a list';

/** A valid charter whose every free-text value tries to break out of its place. */
export function hostileCharter(): Record<string, any> {
  const c = baseCharter();
  c.title = `Partners ${SCRIPT}`;
  c.summary = `${IMG} ${MARKDOWN_TRAPS}`;
  c.vision = `${SCRIPT}\n\n# heading\n- list\n\n| a | b |`;
  c.partners[0].name = `City ${IMG}`;
  c.partners[0].mission = `${SCRIPT} ${MARKDOWN_TRAPS}`;
  c.partners[1].name = '- Movo | *Ltd* \u202Eevil\u202C 🚲';
  c.partners[1].mission = `javascript:alert(1) ${IMG}`;
  c.partners[2].representative.name = `<a href="javascript:alert(1)">click</a>`;
  c.goals[0].title = `${IMG} | goal`;
  c.raci[0].activity = `${SCRIPT} | cell | break`;
  c.metrics[0].name = `<iframe src="https://evil.example"></iframe>`;
  c.metrics[0].unit = '|||';
  c.governance.decision_making.tie_break = `${SCRIPT}\nnew line`;
  c.governance.conflict_resolution.steps[0].level = '1. numbered # hash';
  c['x-note'] = `<style>body{display:none}</style>`;
  return c;
}
