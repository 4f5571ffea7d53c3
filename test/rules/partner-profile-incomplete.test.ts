import { ruleTable } from './table.js';

ruleTable('partner-profile-incomplete', [
  { name: 'a partner without mission and strengths', mutate: (c) => { delete c.partners[1].mission; c.partners[1].strengths = []; }, expected: [{ path: '/partners/1' }] },
  { name: 'one finding per partner', mutate: (c) => { delete c.partners[0].motivations; delete c.partners[2].limitations; }, expected: [{ path: '/partners/0' }, { path: '/partners/2' }] },
  { name: 'off by default for terms of reference', mutate: (c) => { c.form = 'terms-of-reference'; delete c.partners[0].mission; }, expected: [] },
  { name: 'lists what is missing with or', mutate: (c) => { delete c.partners[0].mission; delete c.partners[0].strengths; }, expected: [{ path: '/partners/0' }], message: /has no mission or strengths:/ },
]);
