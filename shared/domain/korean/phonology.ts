// How a written Hangul word sounds at each syllable boundary, as the romanisation systems that
// transcribe pronunciation need it (RR, McCune–Reischauer, DPRK 2002): a final consonant moves onto a
// following vowel (설악 → se-rak), is neutralised before a consonant (꽃 → t), and nasalises or
// liquidises with what follows (국민 → kung-min, 신라 → sil-la, 독립 → tong-nip). Tensing and
// ㄴ-insertion, which spelling cannot show, are not derived; the vector tests list where that matters.
import { Y_OR_I, type Final, type Initial, type Medial, type Syllable } from './hangul';

/** What a syllable's final is heard as: one of the seven codas, or lk/lp where both letters sound. */
export type Coda = '' | 'k' | 'n' | 't' | 'l' | 'm' | 'p' | 'ng' | 'lk' | 'lp';

export interface Sound {
  onset: Initial;
  vowel: Medial;
  coda: Coda;
  /** The written syllable begins a word. */
  wordStart: boolean;
  /** A hyphen stands before this syllable (written by the user, or an administrative unit). */
  hyphenBefore: boolean;
}

export interface PhonologyOptions {
  /** ㄹ after a consonant other than ㄴ/ㄹ: heard as ㄴ (South and MR: 독립 tongnip), or kept (DPRK: 압록 Amrok). */
  rieulAfterConsonant: 'n' | 'keep';
  /** The South's initial-sound rule: word-initial ㄹ → ㄴ, and ㄴ/ㄹ before i or y dropped (력사 → yŏksa). */
  initialSoundRule: boolean;
}

const NEUTRAL: Record<Final, Coda> = {
  '': '',
  ㄱ: 'k',
  ㄲ: 'k',
  ㄳ: 'k',
  ㄴ: 'n',
  ㄵ: 'n',
  ㄶ: 'n',
  ㄷ: 't',
  ㄹ: 'l',
  ㄺ: 'k',
  ㄻ: 'm',
  ㄼ: 'p',
  ㄽ: 'l',
  ㄾ: 'l',
  ㄿ: 'p',
  ㅀ: 'l',
  ㅁ: 'm',
  ㅂ: 'p',
  ㅄ: 'p',
  ㅅ: 't',
  ㅆ: 't',
  ㅇ: 'ng',
  ㅈ: 't',
  ㅊ: 't',
  ㅋ: 'k',
  ㅌ: 't',
  ㅍ: 'p',
  ㅎ: 't',
};

/** A final that moves onto a following vowel: what stays behind and what moves. */
const LIAISON: Partial<Record<Final, [Coda, Initial]>> = {
  ㄱ: ['', 'ㄱ'],
  ㄲ: ['', 'ㄲ'],
  ㄴ: ['', 'ㄴ'],
  ㄷ: ['', 'ㄷ'],
  ㄹ: ['', 'ㄹ'],
  ㅁ: ['', 'ㅁ'],
  ㅂ: ['', 'ㅂ'],
  ㅅ: ['', 'ㅅ'],
  ㅆ: ['', 'ㅆ'],
  ㅈ: ['', 'ㅈ'],
  ㅊ: ['', 'ㅊ'],
  ㅋ: ['', 'ㅋ'],
  ㅌ: ['', 'ㅌ'],
  ㅍ: ['', 'ㅍ'],
  ㅎ: ['', 'ㅇ'],
  ㅇ: ['ng', 'ㅇ'],
  ㄳ: ['k', 'ㅅ'],
  ㄵ: ['n', 'ㅈ'],
  ㄶ: ['', 'ㄴ'],
  ㄺ: ['l', 'ㄱ'],
  ㄻ: ['l', 'ㅁ'],
  ㄼ: ['l', 'ㅂ'],
  ㄽ: ['l', 'ㅅ'],
  ㄾ: ['l', 'ㅌ'],
  ㄿ: ['l', 'ㅍ'],
  ㅀ: ['', 'ㄹ'],
  ㅄ: ['p', 'ㅅ'],
};

const ASPIRATED: Partial<Record<Initial, Initial>> = { ㄱ: 'ㅋ', ㄷ: 'ㅌ', ㅈ: 'ㅊ', ㅂ: 'ㅍ' };

/** The coda heard before `next` and the onset that `next` is heard with. */
export function boundary(
  final: Final,
  next: Initial,
  nextVowel: Medial,
  hyphen: boolean,
  options: PhonologyOptions,
): [Coda, Initial] {
  if (next === 'ㅇ') {
    // A hyphen keeps the consonant in its own syllable (앞-언덕 → Ap-ŏndŏk).
    if (hyphen || final === '') return [hyphen ? NEUTRAL[final] : '', 'ㅇ'];
    const [stays, moves] = LIAISON[final]!;
    // Palatalisation: 같이 → ga-chi, 해돋이 → hae-do-ji.
    if (nextVowel === 'ㅣ' && moves === 'ㄷ') return [stays, 'ㅈ'];
    if (nextVowel === 'ㅣ' && moves === 'ㅌ') return [stays, 'ㅊ'];
    return [stays, moves];
  }
  if (final === 'ㅎ' || final === 'ㄶ' || final === 'ㅀ') {
    const kept: Coda = final === 'ㄶ' ? 'n' : final === 'ㅀ' ? 'l' : '';
    const aspirated = ASPIRATED[next];
    if (aspirated) return [kept, aspirated]; // 좋고 → jo-ko
    if (next === 'ㅅ') return [kept, 'ㅆ'];
    if (final === 'ㅎ') return assimilate('t', next, options);
    return assimilate(kept, next, options);
  }
  if (final === 'ㄺ' && next === 'ㄱ') return ['l', 'ㄱ']; // 맑게, 멁금
  if (final === 'ㄺ' && next === 'ㅎ') return ['lk', 'ㅎ'];
  if (final === 'ㄼ' && next === 'ㅎ') return ['lp', 'ㅎ']; // 슯흠 → sŭlphŭm
  return assimilate(NEUTRAL[final], next, options);
}

function assimilate(coda: Coda, next: Initial, options: PhonologyOptions): [Coda, Initial] {
  const nasal: Partial<Record<Coda, Coda>> = { k: 'ng', t: 'n', p: 'm', lk: 'ng', lp: 'm' };
  if (next === 'ㄴ' || next === 'ㅁ') {
    if (coda === 'l' && next === 'ㄴ') return ['l', 'ㄹ']; // 별내 → byeol-lae
    return [nasal[coda] ?? coda, next];
  }
  if (next === 'ㄹ') {
    if (coda === 'n' || coda === 'l') return ['l', 'ㄹ']; // 신라 → sil-la
    if (coda === '') return ['', 'ㄹ'];
    const nasalised = nasal[coda] ?? coda;
    return [nasalised, options.rieulAfterConsonant === 'keep' ? 'ㄹ' : 'ㄴ']; // 독립 → tong-nip; DPRK 압록 → Am-rok
  }
  return [coda, next];
}

/**
 * The sounds of one word: `syllables` in order, `hyphens` the indexes of syllables with a hyphen
 * before them. With `assimilate` false every syllable is read on its own, as personal names are in
 * RR and ODNI (Han Boknam, not Bongnam).
 */
export function wordSounds(
  syllables: readonly Syllable[],
  hyphens: ReadonlySet<number>,
  options: PhonologyOptions & { assimilate: boolean },
): Sound[] {
  const sounds: Sound[] = syllables.map((s, i) => ({
    onset: s.initial,
    vowel: s.medial,
    coda: NEUTRAL[s.final],
    wordStart: i === 0,
    hyphenBefore: hyphens.has(i),
  }));
  if (options.initialSoundRule && sounds[0]) {
    const first = sounds[0];
    if ((first.onset === 'ㄹ' || first.onset === 'ㄴ') && Y_OR_I.has(first.vowel)) first.onset = 'ㅇ';
    else if (first.onset === 'ㄹ') first.onset = 'ㄴ';
  }
  if (!options.assimilate) return sounds;
  for (let i = 0; i + 1 < syllables.length; i++) {
    const next = sounds[i + 1]!;
    const [coda, onset] = boundary(syllables[i]!.final, next.onset, next.vowel, next.hyphenBefore, options);
    sounds[i]!.coda = coda;
    next.onset = onset;
  }
  return sounds;
}
