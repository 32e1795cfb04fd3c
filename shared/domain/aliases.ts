// Alias normalisation for matching entity names across spellings. Romanised names ignore case,
// diacritics, hyphens, spaces and apostrophes (Kim Yo Jong = Kim Yo-jong = KIM Yo-jong); Hangul and
// Han are compared exactly (after Unicode NFC), since dropping spaces there changes meaning less
// predictably and analysts type them as written.

const APOSTROPHES_AND_SEPARATORS = /[\s\-‐‑‒–—'’‘`´ʼ.·]+/gu;
const HAN_OR_HANGUL = /[\p{Script=Han}\p{Script=Hangul}]/u;

export function normalizeAlias(name: string): string {
  const nfc = name.normalize('NFC').trim();
  if (HAN_OR_HANGUL.test(nfc)) return nfc.replace(/\s+/g, ' ');
  return nfc.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(APOSTROPHES_AND_SEPARATORS, '');
}

/** A short label of the script a name is written in: 'Hang', 'Hani', 'Arab', 'Hebr', 'Cyrl', 'Latn'... */
export function detectScript(name: string): string {
  const scripts: [RegExp, string][] = [
    [/\p{Script=Hangul}/u, 'Hang'],
    [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Jpan'],
    [/\p{Script=Han}/u, 'Hani'],
    [/\p{Script=Arabic}/u, 'Arab'],
    [/\p{Script=Hebrew}/u, 'Hebr'],
    [/\p{Script=Cyrillic}/u, 'Cyrl'],
    [/\p{Script=Greek}/u, 'Grek'],
    [/\p{Script=Thai}/u, 'Thai'],
    [/\p{Script=Latin}/u, 'Latn'],
  ];
  for (const [re, code] of scripts) if (re.test(name)) return code;
  return 'Zyyy';
}
