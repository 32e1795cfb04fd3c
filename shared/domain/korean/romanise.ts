// Hangul → Latin in the systems analysts meet: Revised Romanization (ROK, 2000), McCune–Reischauer
// (1939; Western governments and archives), and the DPRK's own system (2002). Text that is not
// Hangul (Latin, digits, punctuation, Han, stray jamo) is kept as it is. ODNI's personal-name
// system lives in names.ts, as it only romanises names.
import {
  decompose,
  isHangulSyllable,
  sinoKoreanNumber,
  WITHOUT_Y,
  Y_OR_I,
  type Initial,
  type Medial,
  type Syllable,
} from './hangul';
import { wordSounds, type Coda, type Sound } from './phonology';

export type KoreanSystem = 'rr' | 'mr' | 'kp2002' | 'odni';
export type TextSystem = Exclude<KoreanSystem, 'odni'>;

export interface RomaniseOptions {
  /** ŏ, ŭ and MR's ’ (default true); false gives the plain spelling of the press (Kim Yo-jong). */
  diacritics?: boolean;
  /** Capitalise every word, as place names are written (default true). */
  capitalise?: boolean;
  /** MR only: apply the South's initial-sound rule (락 → nak, 력 → yŏk). Default true, as in the 1939 tables. */
  initialSoundRule?: boolean;
}

export const VOWELS: Record<'rr' | 'mr' | 'kp2002', Record<Medial, string>> = {
  rr: {
    ㅏ: 'a',
    ㅐ: 'ae',
    ㅑ: 'ya',
    ㅒ: 'yae',
    ㅓ: 'eo',
    ㅔ: 'e',
    ㅕ: 'yeo',
    ㅖ: 'ye',
    ㅗ: 'o',
    ㅘ: 'wa',
    ㅙ: 'wae',
    ㅚ: 'oe',
    ㅛ: 'yo',
    ㅜ: 'u',
    ㅝ: 'wo',
    ㅞ: 'we',
    ㅟ: 'wi',
    ㅠ: 'yu',
    ㅡ: 'eu',
    ㅢ: 'ui',
    ㅣ: 'i',
  },
  mr: {
    ㅏ: 'a',
    ㅐ: 'ae',
    ㅑ: 'ya',
    ㅒ: 'yae',
    ㅓ: 'ŏ',
    ㅔ: 'e',
    ㅕ: 'yŏ',
    ㅖ: 'ye',
    ㅗ: 'o',
    ㅘ: 'wa',
    ㅙ: 'wae',
    ㅚ: 'oe',
    ㅛ: 'yo',
    ㅜ: 'u',
    ㅝ: 'wŏ',
    ㅞ: 'we',
    ㅟ: 'wi',
    ㅠ: 'yu',
    ㅡ: 'ŭ',
    ㅢ: 'ŭi',
    ㅣ: 'i',
  },
  // The DPRK's 2002 table as the UNGEGN paper prints it writes ㅡ as ü (Kümgyo, Pulgünbawi).
  kp2002: {
    ㅏ: 'a',
    ㅐ: 'ae',
    ㅑ: 'ya',
    ㅒ: 'yae',
    ㅓ: 'ŏ',
    ㅔ: 'e',
    ㅕ: 'yŏ',
    ㅖ: 'ye',
    ㅗ: 'o',
    ㅘ: 'wa',
    ㅙ: 'wae',
    ㅚ: 'oe',
    ㅛ: 'yo',
    ㅜ: 'u',
    ㅝ: 'wŏ',
    ㅞ: 'we',
    ㅟ: 'wi',
    ㅠ: 'yu',
    ㅡ: 'ü',
    ㅢ: 'üi',
    ㅣ: 'i',
  },
};

const RR_ONSET: Record<Initial, string> = {
  ㄱ: 'g',
  ㄲ: 'kk',
  ㄴ: 'n',
  ㄷ: 'd',
  ㄸ: 'tt',
  ㄹ: 'r',
  ㅁ: 'm',
  ㅂ: 'b',
  ㅃ: 'pp',
  ㅅ: 's',
  ㅆ: 'ss',
  ㅇ: '',
  ㅈ: 'j',
  ㅉ: 'jj',
  ㅊ: 'ch',
  ㅋ: 'k',
  ㅌ: 't',
  ㅍ: 'p',
  ㅎ: 'h',
};
/** MR and DPRK onsets: [unvoiced, voiced]. The plain stops are voiced between voiced sounds. */
const MR_ONSET: Record<Initial, [string, string]> = {
  ㄱ: ['k', 'g'],
  ㄲ: ['kk', 'kk'],
  ㄴ: ['n', 'n'],
  ㄷ: ['t', 'd'],
  ㄸ: ['tt', 'tt'],
  ㄹ: ['r', 'r'],
  ㅁ: ['m', 'm'],
  ㅂ: ['p', 'b'],
  ㅃ: ['pp', 'pp'],
  ㅅ: ['s', 's'],
  ㅆ: ['ss', 'ss'],
  ㅇ: ['', ''],
  ㅈ: ['ch', 'j'],
  ㅉ: ['tch', 'tch'],
  ㅊ: ['ch’', 'ch’'],
  ㅋ: ['k’', 'k’'],
  ㅌ: ['t’', 't’'],
  ㅍ: ['p’', 'p’'],
  ㅎ: ['h', 'h'],
};
const KP_ONSET: Record<Initial, [string, string]> = {
  ...MR_ONSET,
  ㅈ: ['j', 'j'],
  ㅉ: ['jj', 'jj'],
  ㅊ: ['ch', 'ch'],
  ㅋ: ['kh', 'kh'],
  ㅌ: ['th', 'th'],
  ㅍ: ['ph', 'ph'],
};

const VOICING_CODAS = new Set<Coda>(['', 'n', 'm', 'ng']);

/** Is the plain stop `onset` voiced after `prev` (null at a word's start)? After l, MR voices ㄱ/ㅂ but not ㄷ/ㅈ (열도 yŏlto). */
function voiced(onset: Initial, prev: Coda | null): boolean {
  if (prev === null) return false;
  if (VOICING_CODAS.has(prev)) return true;
  return prev === 'l' && (onset === 'ㄱ' || onset === 'ㅂ');
}

/** Words ending in these are generic terms the DPRK writes voiced (삿갓봉 Satkatbong, 압록강 Amrokgang). */
const KP_VOICED_GENERICS = new Set(['강', '봉', '동', '도', '군', '구']);

export interface RenderedSound extends Sound {
  /** The DPRK's generic-term rule applies to this syllable's onset. */
  voicedGeneric?: boolean;
}

function renderMr(sounds: readonly RenderedSound[]): string {
  let out = '';
  sounds.forEach((s, i) => {
    let { onset, vowel } = s;
    // MR's tables read older spellings as pronounced: 뎐 → chŏn, 텬 → ch’ŏn, 쟝 → chang, 슈 → su.
    if (onset === 'ㄷ' && Y_OR_I.has(vowel)) onset = 'ㅈ';
    if (onset === 'ㅌ' && Y_OR_I.has(vowel)) onset = 'ㅊ';
    if (['ㅅ', 'ㅆ', 'ㅈ', 'ㅊ', 'ㅉ'].includes(onset)) vowel = WITHOUT_Y[vowel] ?? vowel;
    const prev = i === 0 || s.wordStart ? null : sounds[i - 1]!.coda;
    let start = MR_ONSET[onset][voiced(onset, prev) ? 1 : 0];
    if (onset === 'ㄹ' && prev === 'l') start = 'l';
    if (onset === 'ㅅ' && vowel === 'ㅟ') start = 'sh';
    out += (s.hyphenBefore ? '-' : '') + start + VOWELS.mr[vowel] + mrCoda(s.coda, sounds[i + 1], voiced('ㄱ', s.coda));
  });
  return out;
}

function mrCoda(coda: Coda, next: RenderedSound | undefined, nextVoiced: boolean): string {
  if (!next || next.hyphenBefore) return coda;
  if (coda === 't' && next.onset === 'ㅅ') return 's'; // 갓사기 → kassagi
  if (coda === 't' && ['ㅆ', 'ㄸ', 'ㅉ'].includes(next.onset)) return ''; // 엿때 → yŏttae
  if (coda === 'k' && next.onset === 'ㄲ') return '';
  if (coda === 'p' && next.onset === 'ㅃ') return '';
  if (coda === 'n' && next.onset === 'ㄱ' && nextVoiced) return 'n’'; // 뎐기 → chŏn’gi, not chŏngi
  if (coda === 'l' && next.onset === 'ㅎ') return 'r'; // 일홈 → irhom
  return coda;
}

function renderKp(sounds: readonly RenderedSound[]): string {
  let out = '';
  sounds.forEach((s, i) => {
    const prev = i === 0 || s.wordStart ? null : sounds[i - 1]!.coda;
    const isVoiced = s.voicedGeneric || (prev !== null && (VOICING_CODAS.has(prev) || prev === 'l'));
    let start = KP_ONSET[s.onset][isVoiced ? 1 : 0];
    if (s.onset === 'ㄹ' && prev === 'l') start = 'l';
    const next = sounds[i + 1];
    let coda: string = s.coda;
    // The DPRK separates n from a following g with a hyphen (판교 → Phan-gyo), where MR writes ’.
    if (coda === 'n' && next && !next.hyphenBefore && next.onset === 'ㄱ') coda = 'n-';
    out += (s.hyphenBefore ? '-' : '') + start + VOWELS.kp2002[s.vowel] + coda;
  });
  return out;
}

function renderRr(sounds: readonly RenderedSound[]): string {
  let out = '';
  sounds.forEach((s, i) => {
    const prev = i === 0 || s.wordStart ? null : sounds[i - 1]!.coda;
    const start = s.onset === 'ㄹ' && prev === 'l' ? 'l' : RR_ONSET[s.onset];
    out += (s.hyphenBefore ? '-' : '') + start + VOWELS.rr[s.vowel] + s.coda;
  });
  return out;
}

export const RENDER: Record<TextSystem, (sounds: readonly RenderedSound[]) => string> = {
  rr: renderRr,
  mr: renderMr,
  kp2002: renderKp,
};

/** Administrative units that RR and the DPRK hyphenate after a place name (남산리 → Namsan-ri). */
const ADMINISTRATIVE_UNITS = new Set(['도', '시', '군', '구', '읍', '면', '리', '동', '가', '로', '길']);

/** Removes MR's and the DPRK's breves and apostrophes: Kim Yŏ-jŏng → Kim Yo-jong. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0306\u0308]/g, '')
    .replace(/[’']/g, '')
    .normalize('NFC');
}

export function capitaliseWords(text: string): string {
  return text.replace(/(^|[\s(“"‘[])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

interface Run {
  syllables: Syllable[];
  hyphens: Set<number>;
  /** The run directly follows a number (1동, 3.1동). */
  afterNumber: boolean;
}

/** Romanises one run of Hangul syllables (with any hyphens the writer put between them). */
function romaniseRun(run: Run, system: TextSystem, options: RomaniseOptions): string {
  const { syllables } = run;
  const last = syllables[syllables.length - 1]!.text;
  const isUnit =
    system !== 'mr' &&
    ADMINISTRATIVE_UNITS.has(last) &&
    !run.hyphens.has(syllables.length - 1) &&
    (syllables.length >= 3 || run.afterNumber);
  const phonology = {
    assimilate: true,
    rieulAfterConsonant: system === 'kp2002' ? ('keep' as const) : ('n' as const),
    initialSoundRule: system === 'mr' && options.initialSoundRule !== false,
  };
  if (system === 'rr' && isUnit && syllables.length > 1) {
    // RR writes the unit apart and does not carry sound changes across its hyphen (Namsan-ri).
    const head = romaniseRun({ ...run, syllables: syllables.slice(0, -1) }, system, options);
    const unit = romaniseRun(
      { syllables: syllables.slice(-1), hyphens: new Set(), afterNumber: false },
      system,
      options,
    );
    return `${head}-${unit}`;
  }
  const hyphens = new Set(run.hyphens);
  if (isUnit && syllables.length > 1) hyphens.add(syllables.length - 1);
  const sounds: RenderedSound[] = wordSounds(syllables, hyphens, phonology);
  if (system === 'kp2002' && (syllables.length > 1 || run.afterNumber) && KP_VOICED_GENERICS.has(last))
    sounds[sounds.length - 1]!.voicedGeneric = true;
  const prefix = isUnit && syllables.length === 1 && system === 'kp2002' ? '-' : '';
  return prefix + RENDER[system](sounds);
}

/**
 * Romanises every Hangul run in `text` in `system`, keeping everything else. RR reads digits before
 * Hangul as Sino-Korean numbers (평리1동 → Pyeongni Il-dong); the DPRK keeps them (3.1동 → 3.1-dong).
 */
export function romaniseText(text: string, system: TextSystem, options: RomaniseOptions = {}): string {
  const chars = Array.from(text.normalize('NFC'));
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (/\p{Nd}/u.test(ch)) {
      let j = i;
      while (j < chars.length && /[\p{Nd}.]/u.test(chars[j]!)) j++;
      const digits = chars.slice(i, j).join('');
      // A number before Hangul, joined or hyphenated (1동, 1-동), is read as part of that word.
      const hyphenated = chars[j] === '-' && chars[j + 1] !== undefined && isHangulSyllable(chars[j + 1]!);
      const reading = Array.from(sinoKoreanNumber(digits));
      const readable = /^\p{Nd}+$/u.test(digits) && reading.every(isHangulSyllable);
      if (system !== 'kp2002' && readable && ((chars[j] && isHangulSyllable(chars[j]!)) || hyphenated)) {
        const { run, next } = readRun(chars, hyphenated ? j + 1 : j);
        const unitAfterNumber = run.syllables.length === 1 && ADMINISTRATIVE_UNITS.has(run.syllables[0]!.text);
        const word = unitAfterNumber
          ? romaniseNumberAndUnit(reading, run, system, options) // 1동 → Il-dong
          : romaniseRun(
              {
                syllables: [...reading.map((c) => decompose(c)!), ...run.syllables],
                hyphens: shift(run.hyphens, reading.length),
                afterNumber: false,
              },
              system,
              options,
            );
        out += (out && !/\s$/.test(out) ? ' ' : '') + word;
        i = next;
        continue;
      }
      out += digits;
      i = j;
      if (chars[i] && isHangulSyllable(chars[i]!)) {
        const { run, next } = readRun(chars, i);
        out += romaniseRun({ ...run, afterNumber: true }, system, options);
        i = next;
      }
      continue;
    }
    if (isHangulSyllable(ch)) {
      const { run, next } = readRun(chars, i);
      out += romaniseRun(run, system, options);
      i = next;
      continue;
    }
    out += ch;
    i++;
  }
  if (options.capitalise !== false) out = capitaliseWords(out);
  if (options.diacritics === false) out = withoutDiacritics(out);
  return out;
}

function romaniseNumberAndUnit(reading: string[], run: Run, system: TextSystem, options: RomaniseOptions): string {
  const number = romaniseRun(
    { syllables: reading.map((c) => decompose(c)!), hyphens: new Set(), afterNumber: false },
    system,
    options,
  );
  const unit = romaniseRun({ syllables: run.syllables, hyphens: new Set(), afterNumber: false }, system, options);
  return `${number}-${unit}`;
}

function shift(set: ReadonlySet<number>, by: number): Set<number> {
  return new Set([...set].map((n) => n + by));
}

function readRun(chars: readonly string[], from: number): { run: Run; next: number } {
  const syllables: Syllable[] = [];
  const hyphens = new Set<number>();
  let i = from;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (isHangulSyllable(ch)) {
      syllables.push(decompose(ch)!);
      i++;
    } else if (ch === '-' && syllables.length && chars[i + 1] && isHangulSyllable(chars[i + 1]!)) {
      hyphens.add(syllables.length);
      i++;
    } else break;
  }
  return { run: { syllables, hyphens, afterNumber: false }, next: i };
}

/** True when `text` has at least one Hangul syllable. */
export function hasHangul(text: string): boolean {
  return Array.from(text.normalize('NFC')).some(isHangulSyllable);
}

/**
 * The letters in `text` that romanisation keeps as they are (Latin, Han, jamo that form no
 * syllable), so a caller can tell the analyst what was not romanised.
 */
export function keptAsWritten(text: string): string[] {
  const kept: string[] = [];
  for (const m of text.normalize('NFC').matchAll(/\p{L}+/gu)) {
    const letters = Array.from(m[0])
      .filter((c) => !isHangulSyllable(c))
      .join('');
    if (letters) kept.push(letters);
  }
  return kept;
}
