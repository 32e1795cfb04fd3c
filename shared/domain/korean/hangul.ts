// Hangul syllables as their letters (jamo), by the arithmetic Unicode defines for the 11,172
// precomposed syllables (U+AC00–U+D7A3): index = (initial × 21 + medial) × 28 + final.
// We checked es-hangul for this; its decomposition returns the same letters, but its romanize()
// applies ordinary-word pronunciation (ㄴ-insertion: 김여정 → "gimmyeojeong"), which is wrong for
// names and fails most published examples, so the systems below are our own and this small table
// is all we would have taken from it.

export const INITIALS = [
  'ㄱ',
  'ㄲ',
  'ㄴ',
  'ㄷ',
  'ㄸ',
  'ㄹ',
  'ㅁ',
  'ㅂ',
  'ㅃ',
  'ㅅ',
  'ㅆ',
  'ㅇ',
  'ㅈ',
  'ㅉ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
] as const;
export const MEDIALS = [
  'ㅏ',
  'ㅐ',
  'ㅑ',
  'ㅒ',
  'ㅓ',
  'ㅔ',
  'ㅕ',
  'ㅖ',
  'ㅗ',
  'ㅘ',
  'ㅙ',
  'ㅚ',
  'ㅛ',
  'ㅜ',
  'ㅝ',
  'ㅞ',
  'ㅟ',
  'ㅠ',
  'ㅡ',
  'ㅢ',
  'ㅣ',
] as const;
export const FINALS = [
  '',
  'ㄱ',
  'ㄲ',
  'ㄳ',
  'ㄴ',
  'ㄵ',
  'ㄶ',
  'ㄷ',
  'ㄹ',
  'ㄺ',
  'ㄻ',
  'ㄼ',
  'ㄽ',
  'ㄾ',
  'ㄿ',
  'ㅀ',
  'ㅁ',
  'ㅂ',
  'ㅄ',
  'ㅅ',
  'ㅆ',
  'ㅇ',
  'ㅈ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
] as const;

export type Initial = (typeof INITIALS)[number];
export type Medial = (typeof MEDIALS)[number];
export type Final = (typeof FINALS)[number];

export interface Syllable {
  initial: Initial;
  medial: Medial;
  final: Final;
  /** The syllable as written. */
  text: string;
}

const FIRST = 0xac00;
const LAST = 0xd7a3;

export function isHangulSyllable(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return ch.length === 1 && cp >= FIRST && cp <= LAST;
}

export function decompose(ch: string): Syllable | null {
  if (!isHangulSyllable(ch)) return null;
  const index = ch.codePointAt(0)! - FIRST;
  return {
    initial: INITIALS[Math.floor(index / 588)]!,
    medial: MEDIALS[Math.floor((index % 588) / 28)]!,
    final: FINALS[index % 28]!,
    text: ch,
  };
}

/** Vowels that begin with a y glide, and ㅣ: the ones that palatalise and drop word-initial ㄴ/ㄹ. */
export const Y_OR_I = new Set<Medial>(['ㅑ', 'ㅒ', 'ㅕ', 'ㅖ', 'ㅛ', 'ㅠ', 'ㅣ']);

/** The same vowel without its y glide (ㅕ → ㅓ), for consonants after which the glide is not heard. */
export const WITHOUT_Y: Partial<Record<Medial, Medial>> = {
  ㅑ: 'ㅏ',
  ㅒ: 'ㅐ',
  ㅕ: 'ㅓ',
  ㅖ: 'ㅔ',
  ㅛ: 'ㅗ',
  ㅠ: 'ㅜ',
};

/** Sino-Korean reading of a whole number (1 → 일, 12 → 십이, 305 → 삼백오), as place names read them. */
export function sinoKoreanNumber(digits: string): string {
  const n = Number(digits);
  if (!Number.isSafeInteger(n) || n > 99_999_999) return digits;
  if (n === 0) return '영';
  const units = ['', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
  const small = ['', '십', '백', '천'];
  const readBelow10000 = (v: number): string => {
    let out = '';
    const ds = String(v).padStart(4, '0').split('').map(Number);
    ds.forEach((d, i) => {
      const place = 3 - i;
      if (!d) return;
      out += (d === 1 && place > 0 ? '' : units[d]!) + small[place]!;
    });
    return out;
  };
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  return (high ? `${high === 1 ? '' : readBelow10000(high)}만` : '') + readBelow10000(low);
}
