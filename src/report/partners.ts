
/** The extension key that identifies an organisation across charters (a registry number, a LEI, an internal id). */
export const ORG_ID_KEY = 'x-org-id';

/**
 * A name as an organisation would be recognised across charters: Unicode compatibility forms
 * folded, accents and case dropped, `&` read as `and`, punctuation and spacing ignored, and a
 * leading "the" dropped. "The City of Riverside" and "city of riverside." match; "Movo Ltd" and
 * "Movo Limited" do not (legal forms are not guessed).
 */
export function normaliseName(name: string): string {
  return name.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/&/g, ' and ').replace(NOT_LETTER_OR_DIGIT, ' ').trim().replace(/^the /, '');
}

// Compiled once: the bundle would otherwise build these Unicode-property patterns on every call.
const MARKS = new RegExp('\\p{M}+', 'gu');
const NOT_LETTER_OR_DIGIT = new RegExp('[^\\p{L}\\p{N}]+', 'gu');

export interface PartnerPlace {
  /** Index of the charter in the report. */
  charter: number;
  partnerId: string;
  name: string;
  sector: string;
}

export interface SharedPartner {
  /** The name as first written. */
  name: string;
  /** How the occurrences were matched. */
  matchedBy: 'x-org-id' | 'name';
  /** The shared x-org-id, when matched by it. */
  orgId?: string;
  places: PartnerPlace[];
}

/**
 * Partners that appear in more than one charter. Two partners are one organisation when they
 * carry the same `x-org-id`; a partner without one joins the partners of the same normalised
 * name (and, when exactly one x-org-id group carries that name, that group).
 */
export function sharedPartners(charters: readonly (readonly { id: string; name: string; sector: string; orgId?: string }[])[]): SharedPartner[] {
  const byId = new Map<string, PartnerPlace[]>();
  const byName = new Map<string, PartnerPlace[]>();
  const idGroupsOfName = new Map<string, Set<string>>();
  charters.forEach((partners, index) => {
    for (const partner of partners) {
      const place: PartnerPlace = { charter: index, partnerId: partner.id, name: partner.name, sector: partner.sector };
      const name = normaliseName(partner.name);
      if (partner.orgId !== undefined) {
        const key = partner.orgId;
        push(byId, key, place);
        if (!idGroupsOfName.has(name)) idGroupsOfName.set(name, new Set());
        idGroupsOfName.get(name)!.add(key);
      } else if (name !== '') push(byName, name, place);
    }
  });
  const groups: SharedPartner[] = [...byId].map(([orgId, places]) => ({ name: places[0].name, matchedBy: 'x-org-id', orgId, places }));
  for (const [name, places] of byName) {
    const ids = idGroupsOfName.get(name);
    if (ids?.size === 1) byId.get([...ids][0])!.push(...places);
    else groups.push({ name: places[0].name, matchedBy: 'name', places });
  }
  return groups
    .map((g) => ({ ...g, places: g.places.sort((a, b) => a.charter - b.charter) }))
    .filter((g) => new Set(g.places.map((p) => p.charter)).size > 1)
    .sort((a, b) => b.places.length - a.places.length || compare(a.name, b.name));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
