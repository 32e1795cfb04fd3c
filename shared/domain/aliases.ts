// Alias normalisation for matching entity names across spellings. Romanised names ignore case and
// diacritics, drop apostrophes, and treat any run of spaces, hyphens and dots as one separator
// (Kim Yo Jong = Kim Yo-jong = KIM Yo-jong). A separator present in one spelling and absent in the
// other is a different alias (Kimbongsokyong ≠ Kim Bong Sok Yong): the analyst adds it. Hangul and
// Han are compared exactly (after Unicode NFC), as analysts type them as written.

export const APOSTROPHES = /['’‘`´ʼ]/gu;
export const SEPARATORS = /[\s\-‐‑‒–—.·_]+/gu;
export const HAN_OR_HANGUL = /[\p{Script=Han}\p{Script=Hangul}]/u;

/** Case- and diacritic-free form of Latin (and other alphabetic) text, leaving Hangul/Han intact. */
export function foldLetters(text: string): string {
  return HAN_OR_HANGUL.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function normalizeAlias(name: string): string {
  const nfc = name.normalize('NFC').trim();
  if (HAN_OR_HANGUL.test(nfc)) return nfc.replace(/\s+/g, ' ');
  return foldLetters(nfc).replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
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
