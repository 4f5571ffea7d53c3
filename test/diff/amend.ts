import { parseDocument } from 'yaml';
import { readExample } from '../helpers.js';

/** A partner joining each example, the decision rule it moves to, where its metric target moves. */
const AMENDMENTS: Record<string, { partner: [string, string, string, string, string, string]; rule: string; target: number; bump: boolean; goal?: string; representative?: false; dropTieBreak?: true; approval?: string }> = {
  'circular-economy': { partner: ['retex-logistics', 'ReTex Logistics', 'business', 'reverse logistics company', 'Collection routes and sorting hall capacity', 'infrastructure'], rule: 'majority', target: 4400, bump: true },
  'digital-health': { partner: ['zorgverzekeraar-midden', 'Zorgverzekeraar Midden', 'business', 'health insurer', 'Reimbursement of remote monitoring for enrolled patients', 'funding'], rule: 'supermajority', target: 15, bump: true, approval: 'supermajority' },
  'disaster-response': { partner: ['coastal-radio', 'Coastal Community Radio', 'community', 'community radio station', 'Warning broadcasts in English and Spanish', 'network'], rule: 'supermajority', target: 97, bump: true },
  education: { partner: ['city-library', 'City Public Library', 'government', 'public library system', 'Homework help and device lending in six branches', 'staff'], rule: 'majority', target: 95, bump: false, goal: 'teachers' },
  'public-private-infrastructure': { partner: ['metro-water', 'Metro Water Utility', 'government', 'water utility', 'Grid connection easements along the depot site', 'infrastructure'], rule: 'supermajority', target: 140, bump: true },
  'research-commercialization': { partner: ['helio-fund', 'Helio Climate Fund', 'philanthropy', 'climate foundation', 'Bridge funding for the pilot line', 'funding'], rule: 'majority', target: 27, bump: true, representative: false },
  'smart-city': { partner: ['movo', 'Movo Ltd', 'business', 'micromobility operator', 'Anonymised trip data from shared bikes and scooters', 'data'], rule: 'consensus', target: 5000, bump: true, dropTieBreak: true },
  'vaccine-development': { partner: ['afri-vax', 'AfriVax Manufacturing', 'business', 'vaccine manufacturer', 'Fill-and-finish capacity in Africa', 'infrastructure'], rule: 'majority', target: 65, bump: true },
};

/**
 * A realistic amendment of an example, edited the way a partnership office would edit the
 * file (comments and layout kept): a partner joins (profile, contribution, a goal, a role, a
 * seat), the decision rule changes, the first metric's target moves, and the version is bumped
 * (except in `education`, which forgets to). Built from the example each time, so it never
 * drifts from it.
 */
export function amendExample(name: string): string {
  const plan = AMENDMENTS[name];
  const doc = parseDocument(readExample(name));
  const data = doc.toJS();
  const [id, partnerName, sector, type, contribution, contributionType] = plan.partner;
  doc.addIn(['partners'], doc.createNode({
    id, name: partnerName, sector, type,
    mission: `${partnerName} puts its ${type} skills to work for the partnership's goals.`,
    strengths: [`experience as a ${type}`], limitations: ['new to this partnership'], motivations: ['a visible role in a public partnership'],
    expectations: ['a seat on the governing body', 'early sight of the annual plan'],
    contributions: [{ type: contributionType, description: contribution }],
    ...(plan.representative === false ? {} : { representative: { name: 'Jordan Ellis', role: 'Partnership lead', email: `jordan.ellis@${id}.example`, authority: true } }),
    signatory: { name: 'Sam Okafor', title: 'Managing Director' },
  }));
  const goal = plan.goal === undefined ? 0 : data.goals.findIndex((g: { id: string }) => g.id === plan.goal);
  doc.addIn(['goals', goal, 'partners'], id);
  if (data.goals[goal].alignment) doc.setIn(['goals', goal, 'alignment', id], `${partnerName} reaches the people this goal serves`);
  doc.addIn(['roles'], doc.createNode({ partner: id, role: type, responsibilities: [contribution.charAt(0).toLowerCase() + contribution.slice(1)] }));
  doc.addIn(['governance', 'body', 'members'], doc.createNode({ partner: id, seats: 1 }, { flow: true }));
  doc.setIn(['governance', 'decision_making', 'rule'], plan.rule);
  if (plan.rule === 'supermajority') doc.setIn(['governance', 'decision_making', 'threshold'], 0.67);
  if (plan.dropTieBreak) doc.deleteIn(['governance', 'decision_making', 'tie_break']);
  if (plan.approval) doc.setIn(['governance', 'amendments', 'approval'], plan.approval);
  doc.setIn(['metrics', 0, 'target'], plan.target);
  if (plan.bump) doc.set('version', `${Number(String(data.version).split('.')[0]) + 1}.0.0`);
  return doc.toString({ lineWidth: 0 });
}
