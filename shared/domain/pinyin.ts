// Hanyu Pinyin for Han (Chinese) names, with and without tone marks: 长白 → Chángbái / Changbai,
// 鸭绿江 → Yālù Jiāng / Yalu Jiang / Yalu River. Readings come from pinyin-pro (offline, its
// dictionary ships in the package), which picks the reading a word needs (绿 is lù in 鸭绿江).
// Place names are written as one word, a generic term (江, 山, 县…) apart as China's place-name
// standard does; people as surname and given name (Xí Jìnpíng).
import { pinyin } from 'pinyin-pro';
import type { Spelling } from './korean/spellings';

const ALL_HAN = /^\p{Script=Han}+$/u;

/** Generic terms of Chinese place names, and how English-language writing renders them. */
const GENERICS: Record<string, string> = {
  江: 'River',
  河: 'River',
  山: 'Mountain',
  湖: 'Lake',
  岛: 'Island',
  县: 'County',
  市: 'City',
  省: 'Province',
  镇: 'Town',
  乡: 'Township',
  村: 'Village',
  港: 'Port',
  口岸: 'Port of Entry',
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Joins syllables into one word, with the apostrophe pinyin needs before a, o, e (Xī'ān). */
function joinSyllables(syllables: readonly string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/u.test(s) ? `'${s}` : s)).join('');
}

function syllablesOf(han: string, tones: boolean, surname: boolean): string[] {
  return pinyin(han, {
    type: 'array',
    toneType: tones ? 'symbol' : 'none',
    surname: surname ? 'head' : 'off',
    v: !tones,
  }) as string[];
}

/** Pinyin spellings of a Han name or alias; nothing when `han` is not all Han characters. */
export function pinyinSpellings(han: string, entityType: string): Spelling[] {
  const text = han.normalize('NFC').replace(/\s+/g, '');
  if (!ALL_HAN.test(text) || Array.from(text).length > 20) return [];
  const out: Spelling[] = [];
  const person = entityType === 'person';
  for (const tones of [true, false]) {
    const syllables = syllablesOf(text, tones, person);
    if (person && syllables.length >= 2) {
      out.push({
        system: 'pinyin',
        text: `${capitalise(syllables[0]!)} ${capitalise(joinSyllables(syllables.slice(1)))}`,
      });
      continue;
    }
    const chars = Array.from(text);
    const genericLength =
      chars.length >= 3 && GENERICS[chars.slice(-2).join('')]
        ? 2
        : chars.length >= 2 && GENERICS[chars[chars.length - 1]!]
          ? 1
          : 0;
    if (genericLength) {
      const head = capitalise(joinSyllables(syllables.slice(0, -genericLength)));
      out.push({ system: 'pinyin', text: `${head} ${capitalise(joinSyllables(syllables.slice(-genericLength)))}` });
      if (!tones) {
        out.push({ system: 'pinyin', text: capitalise(joinSyllables(syllables)) });
        out.push({ system: 'customary', text: `${head} ${GENERICS[chars.slice(-genericLength).join('')]}` });
      }
    } else {
      out.push({ system: 'pinyin', text: capitalise(joinSyllables(syllables)) });
    }
  }
  const seen = new Set<string>();
  return out.filter((s) => !seen.has(s.text) && seen.add(s.text));
}
