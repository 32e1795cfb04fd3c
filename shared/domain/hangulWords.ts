// Where a Korean name may match. Korean writes particles and compounds onto the end of a word
// (김여정이 "Kim Yo Jong" + subject particle, 혜산세관 "Hyesan customs"), so a Hangul name may be
// followed by anything; but it must begin a word, or a two-syllable name matches inside unrelated
// words (혜산 inside 은혜산업, "Eunhye Industries"). Han text is written without spaces between
// words, so a Han-only name keeps matching anywhere.

const HANGUL = /\p{Script=Hangul}/u;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** The character that ends just before UTF-16 index `at`, whole even when it is a surrogate pair. */
function characterBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) return text.slice(at - 2, at);
  return text[at - 1]!;
}

/**
 * Whether `name`, found in `text` at UTF-16 index `at`, stands where a name can: a name starting
 * with Hangul only at the start of a word; any other name wherever it was found.
 */
export function koreanNameCanStartAt(text: string, at: number, name: string): boolean {
  if (!HANGUL.test(Array.from(name)[0] ?? '')) return true;
  return !WORD_CHARACTER.test(characterBefore(text, at));
}
