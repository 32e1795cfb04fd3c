// Likely new entities in an article's text: runs of capitalised words (with "of", "the"… inside),
// names ending in Company, Ministry, Province, River, "customs office" and the like, acronyms in
// parentheses, and Hangul nouns that look like personal names, places or organisations. Offered,
// never accepted on their own. The rules keep the noise out: a sentence's common first word
// ("Nobody", "Earlier", "By") is not a name, a name is not cut at "and" when it names one body
// ("Propaganda and Agitation Department"), and the type comes from cues around the words ("said",
// titles, "sister of" for people; Company, Ministry for organisations; Province, 도/군/시 for
// places; customs office, port for facilities).
import type { AliasOccurrence } from './entityMatching';
import { utf16ToCodePoint } from './anchoring';

export type CandidateType = 'person' | 'organization' | 'location' | 'facility' | 'other';

export interface Candidate {
  text: string;
  type: CandidateType;
  start: number;
  end: number;
}

const ORGANIZATION_WORDS = [
  'Company',
  'Corporation',
  'Corp',
  'Inc',
  'Ltd',
  'Ministry',
  'Department',
  'Bureau',
  'Committee',
  'Party',
  'Army',
  'Bank',
  'Agency',
  'Office',
  'Commission',
  'Council',
  'Group',
  'Association',
  'University',
  'Forces',
  'Navy',
  'Command',
  'Service',
  'Institute',
  'Union',
  'League',
  'Federation',
  'Enterprise',
  'Guard',
];
const LOCATION_WORDS = [
  'Province',
  'County',
  'River',
  'City',
  'District',
  'Island',
  'Sea',
  'Mountain',
  'Mountains',
  'Valley',
  'Region',
  'Prefecture',
  'Village',
  'Town',
  'Lake',
  'Bay',
  'Peninsula',
  'Strait',
];
const FACILITY_PHRASES = [
  'customs office',
  'customs house',
  'port',
  'airport',
  'mine',
  'factory',
  'plant',
  'prison camp',
  'camp',
  'checkpoint',
  'bridge',
  'station',
  'border post',
  'harbor',
  'harbour',
  'complex',
];
const CONNECTORS = ['of', 'the', 'for', 'de', 'del', 'la', 'du', 'des'];
/** Joins two parts of one name only when the whole is an organisation or place. */
const JOINERS = ['and', '&'];
/** Nationality adjectives and the like: capitalised, but not entities of their own. */
const NOT_NAMES =
  /^(?:(?:North|South|Sino-North|Sino)[ -])?(?:Korean|Chinese|Japanese|American|Russian|European|Asian|Western)s?$|-made$|’(?:re|ll|ve|d|m)$|n’t$/u;
/** Capitalised words that begin sentences or name months and days, not entities. */
const STOP = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'In',
  'On',
  'At',
  'By',
  'For',
  'From',
  'With',
  'Without',
  'Under',
  'Over',
  'Into',
  'Through',
  'During',
  'Since',
  'Until',
  'About',
  'Against',
  'Among',
  'Between',
  'To',
  'Of',
  'According',
  'After',
  'Before',
  'While',
  'When',
  'Where',
  'What',
  'Who',
  'Why',
  'How',
  'Which',
  'Then',
  'But',
  'And',
  'Or',
  'So',
  'Yet',
  'If',
  'As',
  'Because',
  'Although',
  'Though',
  'Unless',
  'Once',
  'There',
  'Here',
  'Please',
  'Read',
  'Translated',
  'However',
  'Also',
  'Still',
  'Even',
  'Only',
  'Just',
  'Now',
  'Today',
  'Yesterday',
  'Tomorrow',
  'Recently',
  'Currently',
  'Meanwhile',
  'Earlier',
  'Later',
  'Last',
  'Next',
  'First',
  'Finally',
  'Moreover',
  'Furthermore',
  'Instead',
  'Indeed',
  'All',
  'Many',
  'Some',
  'One',
  'Most',
  'Several',
  'Few',
  'Both',
  'Each',
  'Every',
  'Other',
  'Another',
  'Such',
  'No',
  'Not',
  'Nothing',
  'Nobody',
  'None',
  'Someone',
  'Somebody',
  'Anyone',
  'Everyone',
  'Everybody',
  'Everything',
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'My',
  'Your',
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
  'Company',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Mar',
  'Feb',
  'Jan',
]);
const PERSON_TITLES =
  /(?:\b(?:Mr|Ms|Mrs|Dr|Gen|Col|Lt|Sgt)\.?|\b(?:Chairman|Chairwoman|President|Premier|Minister|General|Marshal|leader|Leader|Director|Secretary|Ambassador|Commander|Colonel|Major|Captain|Officer|spokesman|spokeswoman)|\b(?:sister|brother|wife|husband|daughter|son|father|mother|uncle|aunt|niece|nephew) of(?: the)?)\s+$/u;
const LEADING_TITLES = new Set([
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
  'Gen',
  'Col',
  'Lt',
  'Sgt',
  'Chairman',
  'Chairwoman',
  'President',
  'Premier',
  'Minister',
  'General',
  'Marshal',
  'Leader',
  'Director',
  'Secretary',
  'Ambassador',
  'Commander',
  'Colonel',
  'Major',
  'Captain',
]);
const PERSON_AFTER =
  /^[’']?s?\s*(?:,\s*)?(?:said|says|told|added|stated|explained|claimed|reported|noted|ordered|visited|who)\b/u;
/** Romanised Korean surnames: a three-part name such as "Kim Yo Jong" or "Ri Sol-ju" is a person. */
const ROMANISED_SURNAMES = new Set([
  'Kim',
  'Lee',
  'Ri',
  'Yi',
  'Rhee',
  'Pak',
  'Park',
  'Choe',
  'Choi',
  'Jong',
  'Jung',
  'Chung',
  'Kang',
  'Cho',
  'Jo',
  'Yun',
  'Yoon',
  'Jang',
  'Chang',
  'Han',
  'O',
  'Oh',
  'So',
  'Seo',
  'Sin',
  'Shin',
  'Hwang',
  'An',
  'Ahn',
  'Song',
  'Ryu',
  'Yu',
  'Hong',
  'Jon',
  'Jeon',
  'Ko',
  'Mun',
  'Moon',
  'Yang',
  'Son',
  'Paek',
  'Baek',
  'Ho',
  'Heo',
  'Nam',
  'Sim',
  'Shim',
  'No',
  'Roh',
  'Ha',
  'Kwak',
  'Cha',
  'Ju',
  'Joo',
  'Ku',
  'Koo',
  'Min',
  'Jin',
  'Ra',
  'Na',
  'Chae',
  'Won',
  'Chon',
  'Pang',
  'Kong',
  'Hyon',
  'Hyun',
  'Ryom',
  'Ro',
  'Thae',
  'Tae',
]);
const KOREAN_SURNAMES =
  '김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감호';
/** Korean particles after a noun, longest first: 혜산시에서 → 혜산시, 김여정이 → 김여정. */
const KOREAN_PARTICLES = [
  '에서는',
  '에서',
  '에게',
  '께서',
  '으로',
  '까지',
  '부터',
  '처럼',
  '보다',
  '이라는',
  '라는',
  '이다',
  '로',
  '이',
  '가',
  '은',
  '는',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '만',
  '도',
];

function typeOfPhrase(phrase: string): CandidateType | null {
  const words = phrase.split(/\s+/);
  if (words.length < 2) return null;
  if (LOCATION_WORDS.includes(words[words.length - 1]!)) return 'location';
  if (words.some((w) => ORGANIZATION_WORDS.includes(w))) return 'organization';
  if (FACILITY_PHRASES.some((f) => phrase.toLowerCase().endsWith(` ${f}`))) return 'facility';
  return null;
}

function looksLikeKoreanName(words: string[]): boolean {
  if (words.length < 2 || words.length > 3 || !ROMANISED_SURNAMES.has(words[0]!)) return false;
  const given = words.slice(1).join(' ').split(/[ -]/);
  return given.length <= 2 && given.every((w) => /^\p{L}{1,5}$/u.test(w));
}

function isSentenceStart(text: string, from: number): boolean {
  return /(?:^|[.!?。！？]["”’)]?\s+|\n\s*|[“"]\s*)$/u.test(text.slice(Math.max(0, from - 4), from)) || from === 0;
}

/** Removes one trailing particle, keeping at least two syllables of the noun. */
export function stripKoreanParticle(word: string): string {
  for (const p of KOREAN_PARTICLES)
    if (word.endsWith(p) && word.length - p.length >= 2) return word.slice(0, -p.length);
  return word;
}

export function findCandidates(text: string, known: readonly AliasOccurrence[] = []): Candidate[] {
  const found = new Map<string, Candidate>();
  const lowerWords = new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []);
  const add = (from: number, to: number, type: CandidateType) => {
    const phrase = text.slice(from, to);
    const start = utf16ToCodePoint(text, from);
    const end = utf16ToCodePoint(text, to);
    if (known.some((k) => k.start < end && start < k.end)) return;
    const key = `${start}:${end}`;
    const existing = found.get(key);
    if (!existing || (existing.type === 'other' && type !== 'other'))
      found.set(key, { text: phrase, type, start, end });
  };

  /** One run of capitalised words at `from`, after dropping what is not part of the name. */
  const consider = (runText: string, runFrom: number) => {
    let words = runText.split(/[ \t\u00a0]+/);
    let from = runFrom;
    const dropFirst = () => {
      const dropped = words.shift()!;
      from = text.indexOf(words[0]!, from + dropped.length);
    };
    // A sentence-initial word that is a common word ("Nobody", "Earlier", or any word the text
    // also writes in lower case) is not part of the name.
    while (
      words.length > 1 &&
      (STOP.has(words[0]!) || CONNECTORS.includes(words[0]!.toLowerCase()) || JOINERS.includes(words[0]!.toLowerCase()))
    )
      dropFirst();
    if (words.length > 1 && isSentenceStart(text, from) && lowerWords.has(words[0]!.toLowerCase())) dropFirst();
    // "Chairman Mao Zedong": the title says who, but is not part of the name.
    let titled = false;
    while (words.length > 1 && LEADING_TITLES.has(words[0]!.replace(/\.$/, '')) && !typeOfPhrase(words.join(' '))) {
      dropFirst();
      titled = true;
    }
    // "WPK’s Propaganda and Agitation Department": the possessor is a name of its own.
    while (words.length > 1 && /[’']s$/u.test(words[0]!)) dropFirst();
    while (
      words.length > 1 &&
      (CONNECTORS.includes(words[words.length - 1]!) || JOINERS.includes(words[words.length - 1]!))
    )
      words = words.slice(0, -1);
    let phrase = words.join(' ').replace(/[’']s$/, '');
    if (!phrase || NOT_NAMES.test(phrase)) return;
    // Find the phrase's own span again (the gaps may be several spaces).
    const pattern = new RegExp(
      phrase
        .split(' ')
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[ \\t\\u00a0]+'),
      'u',
    );
    const at = pattern.exec(text.slice(from));
    if (!at) return;
    from += at.index;
    phrase = at[0];
    const to = from + phrase.length;
    const before = text.slice(Math.max(0, from - 40), from);
    const after = text.slice(to, to + 30);
    const person = titled || PERSON_TITLES.test(before) || PERSON_AFTER.test(after) || looksLikeKoreanName(words);
    const typed =
      typeOfPhrase(phrase) ?? (person && words.length <= 4 && !words.some((w) => STOP.has(w)) ? 'person' : null);
    if (typed) add(from, to, typed);
    else if (words.length >= 2 && !words.every((w) => STOP.has(w))) add(from, to, 'other');
    else if (words.length === 1 && !STOP.has(phrase) && phrase.length >= 4 && !lowerWords.has(phrase.toLowerCase())) {
      // A single capitalised word counts only mid-sentence (not after . ! ? or a line start).
      const justBefore = text.slice(Math.max(0, from - 3), from);
      if (/[\p{L}\p{N},;:]\s+$|[“"(]$/u.test(justBefore)) add(from, to, 'other');
    }
  };

  const cap = "\\p{Lu}[\\p{L}\\p{M}’'\\-]*";
  const gap = '[ \\t\\u00a0]+'; // names do not run across lines
  const connector = `(?:${gap}(?:${[...CONNECTORS, ...JOINERS].join('|')}))*`;
  const facility = FACILITY_PHRASES.map((f) => f.replace(/ /g, gap)).join('|');
  const run = new RegExp(`${cap}(?:${connector}${gap}${cap})*(?:${gap}(?:${facility}))?`, 'gu');
  for (const m of text.matchAll(run)) {
    const whole = m[0];
    // "and" belongs inside one body's name ("Propaganda and Agitation Department"); otherwise it
    // joins two names ("Kim Jong Un and Kim Yo Jong"), which are considered apart.
    const parts = whole.split(/([ \t\u00a0]+(?:and|&)[ \t\u00a0]+)/u);
    const names = parts.filter((_, i) => i % 2 === 0).map((p) => p.replace(/[ \t\u00a0]+/g, ' '));
    const oneBody = typeOfPhrase(names.join(' and ')) !== null && names.slice(0, -1).every((n) => !typeOfPhrase(n));
    if (parts.length > 1 && !oneBody) {
      let offset = m.index!;
      for (const part of parts) {
        if (!/^[ \t\u00a0]+(?:and|&)[ \t\u00a0]+$/u.test(part) && part) consider(part, offset);
        offset += part.length;
      }
    } else {
      consider(whole, m.index!);
    }
  }
  for (const m of text.matchAll(/\((\p{Lu}{2,6})\)/gu)) add(m.index! + 1, m.index! + 1 + m[1]!.length, 'organization');
  for (const m of text.matchAll(/\p{Script=Hangul}{2,10}/gu)) {
    // 양강도 is a province, not 양강 + the particle 도: a place name is tried as written first.
    const noun = /(?:도|시|군)$/u.test(m[0]) && m[0].length <= 4 ? m[0] : stripKoreanParticle(m[0]);
    const at = m.index!;
    if (/(?:도|시|군|구|강|산|리|동|읍|면)$/u.test(noun) && noun.length >= 2 && noun.length <= 5)
      add(at, at + noun.length, 'location');
    else if (/(?:세관|항구|공항|광산|공장|수용소)$/u.test(noun) && noun.length >= 3)
      add(at, at + noun.length, 'facility');
    else if (/(?:회사|공사|부|성|위원회|당|은행|총국|기업소)$/u.test(noun) && noun.length >= 3)
      add(at, at + noun.length, 'organization');
    else if (noun.length === 3 && KOREAN_SURNAMES.includes(noun[0]!) && noun !== m[0])
      add(at, at + noun.length, 'person');
    else if (noun.length === 3 && KOREAN_SURNAMES.includes(noun[0]!) && m[0].length === 3)
      add(at, at + noun.length, 'person');
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

export interface CandidateGroup extends Candidate {
  /** How often the same text occurs as a candidate in the article (the span is the first). */
  count: number;
}

/**
 * One entry per distinct text (the first occurrence, with a count), leaving out any text that is
 * already the name or an alias of a known entity, compared as `fold` compares names.
 */
export function groupCandidates(
  candidates: readonly Candidate[],
  knownNames: Iterable<string>,
  fold: (s: string) => string,
): CandidateGroup[] {
  const known = new Set([...knownNames].map(fold));
  const groups = new Map<string, CandidateGroup>();
  const typeVotes = new Map<string, Map<CandidateType, number>>();
  for (const c of candidates) {
    const key = fold(c.text);
    if (known.has(key)) continue;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { ...c, count: 1 });
    const votes = typeVotes.get(key) ?? new Map<CandidateType, number>();
    votes.set(c.type, (votes.get(c.type) ?? 0) + 1);
    typeVotes.set(key, votes);
  }
  // The type most of the occurrences' cues point to.
  for (const [key, group] of groups) {
    const ranked = [...typeVotes.get(key)!.entries()].sort(
      (a, b) => b[1] - a[1] || (a[0] === 'other' ? 1 : b[0] === 'other' ? -1 : 0),
    );
    group.type = ranked[0]![0];
  }
  return [...groups.values()];
}

/** The type a name's own words suggest (Ministry → organisation, 양강도 → location), or null. */
export function guessEntityType(name: string): Exclude<CandidateType, 'other'> | null {
  const phrase = name.trim();
  const found = findCandidates(phrase).find((c) => c.text === phrase && c.type !== 'other');
  return found ? (found.type as Exclude<CandidateType, 'other'>) : null;
}
