// Find in the article: where a typed phrase occurs in the article's text, ignoring case (and,
// for Latin text, diacritics), as UTF-16 offsets into the text the reader shows.
function fold(s: string): string {
  // Each accented Latin letter folds to one base letter, so offsets in the folded string are
  // offsets in the original (Hangul and other scripts are left as they are).
  return s.replace(/[\u00C0-\u024F]/g, (c) => c.normalize('NFD').replace(/\p{M}/gu, '').charAt(0) || c).toLowerCase();
}

export function findMatches(text: string, query: string, limit = 5000): { start: number; end: number }[] {
  const needle = fold(query.trim());
  if (!needle) return [];
  const hay = fold(text);
  const out: { start: number; end: number }[] = [];
  for (let at = hay.indexOf(needle); at >= 0 && out.length < limit; at = hay.indexOf(needle, at + needle.length))
    out.push({ start: at, end: at + needle.length });
  return out;
}
