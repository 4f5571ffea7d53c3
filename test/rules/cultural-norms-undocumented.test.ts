import { ruleTable } from './table.js';

ruleTable('cultural-norms-undocumented', [
  { name: 'a sector without profile, at its first partner', mutate: (c) => { delete c.sectors.academia; }, expected: [{ path: '/partners/2' }] },
  { name: 'norms without bridging', mutate: (c) => { c.sectors.business.bridging = []; }, expected: [{ path: '/sectors/business' }] },
  { name: 'one finding per sector, not per partner', mutate: (c) => { delete c.sectors; c.partners[2].sector = 'business'; }, expected: [{ path: '/partners/0' }, { path: '/partners/1' }] },
  { name: 'an existing entry names the key it lacks', mutate: (c) => { c.sectors.business = { bridging: ['x'] }; }, expected: [{ path: '/sectors/business' }], message: /^'sectors\.business' has no 'norms'/ },
  { name: 'a missing entry says to add it', mutate: (c) => { delete c.sectors.academia; }, expected: [{ path: '/partners/2' }], message: /add 'sectors\.academia'/ },
]);
