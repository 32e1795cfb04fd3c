// Every spelling Casefile proposes for a Hangul name: each system's own form (with and without its
// diacritics), and for people the customary English surname spellings. These become generated
// aliases once the analyst accepts them, and the matcher uses them to find romanised mentions.
import { romaniseName, splitKoreanName, type KoreanName } from './names';
import { hasHangul, romaniseText } from './romanise';
import { CUSTOMARY_SURNAMES } from './surnames';
import type { SpellingSystem } from '../spellingSystems';

export type { SpellingSystem };

export interface Spelling {
  system: SpellingSystem;
  text: string;
}

/**
 * Keeps the first of each spelling, and none already in `skip`. Spellings that differ only in
 * typography (Kim Yŏ-jŏng, Kim Yo-jong) are both kept: each is how some source writes the name.
 */
function distinct(spellings: readonly Spelling[], skip: readonly string[] = []): Spelling[] {
  const seen = new Set(skip.map((s) => s.normalize('NFC').trim()));
  const out: Spelling[] = [];
  for (const s of spellings) {
    const key = s.text.normalize('NFC').trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

export function personSpellings(name: KoreanName, { allSurnames = false } = {}): Spelling[] {
  const out: Spelling[] = [
    { system: 'rr', text: romaniseName(name, 'rr') },
    { system: 'rr', text: romaniseName(name, 'rr', { given: 'joined' }) },
    { system: 'mr', text: romaniseName(name, 'mr') },
    { system: 'mr', text: romaniseName(name, 'mr', { diacritics: false }) },
    { system: 'kp2002', text: romaniseName(name, 'kp2002') },
    { system: 'kp2002', text: romaniseName(name, 'kp2002', { diacritics: false }) },
    { system: 'odni', text: romaniseName(name, 'odni') },
  ];
  const surname = name.surname.map((s) => s.text).join('');
  const customary = CUSTOMARY_SURNAMES[surname] ?? [];
  if (name.given.length) {
    const kcna = romaniseName(name, 'kp2002', { diacritics: false }).split(' ').slice(-name.given.length).join(' ');
    const seoul = romaniseName(name, 'rr').split(' ').slice(1).join(' ');
    // The first customary spelling is the one to propose; the others still match (allSurnames).
    for (const family of allSurnames ? customary : customary.slice(0, 1)) {
      out.push({ system: 'customary', text: `${family} ${kcna}` }, { system: 'customary', text: `${family} ${seoul}` });
    }
  } else {
    for (const family of allSurnames ? customary : customary.slice(0, 1))
      out.push({ system: 'customary', text: family });
  }
  return distinct(out);
}

export function placeSpellings(hangul: string): Spelling[] {
  return distinct([
    { system: 'rr', text: romaniseText(hangul, 'rr') },
    { system: 'mr', text: romaniseText(hangul, 'mr') },
    { system: 'mr', text: romaniseText(hangul, 'mr', { diacritics: false }) },
    { system: 'kp2002', text: romaniseText(hangul, 'kp2002') },
    { system: 'kp2002', text: romaniseText(hangul, 'kp2002', { diacritics: false }) },
  ]);
}

/**
 * The spellings to propose for one Hangul name or alias of an entity: personal-name forms for
 * people, place-name forms for everything else; `existing` (the entity's names) are left out.
 */
export function proposedSpellings(hangul: string, entityType: string, existing: readonly string[] = []): Spelling[] {
  if (!hasHangul(hangul)) return [];
  const name = entityType === 'person' ? splitKoreanName(hangul) : null;
  return distinct(name ? personSpellings(name) : placeSpellings(hangul), existing);
}

/** Every spelling the matcher should recognise for a Hangul alias whose entity type it does not know. */
export function matchingSpellings(hangul: string): string[] {
  if (!hasHangul(hangul)) return [];
  const name = splitKoreanName(hangul);
  const forms = [...(name ? personSpellings(name, { allSurnames: true }) : []), ...placeSpellings(hangul)];
  return distinct(forms).map((s) => s.text);
}
