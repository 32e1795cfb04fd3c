// Korean personal names in every system: surname first, then the given name. RR and ODNI read
// each syllable on its own (Han Boknam, not Bongnam); McCune–Reischauer hears the given name as a
// whole (Kim Chŏng-ŭn: the ㅇ of 정 does not voice across, but 은 keeps its own vowel); the DPRK
// writes each syllable of the given name as a word (Kim Yo Jong, as KCNA does).
import { decompose, isHangulSyllable, type Syllable } from './hangul';
import { wordSounds } from './phonology';
import { capitaliseWords, RENDER, withoutDiacritics, type KoreanSystem } from './romanise';
import { COMPOUND_SURNAMES } from './surnames';

export interface KoreanName {
  surname: Syllable[];
  given: Syllable[];
}

/**
 * Splits a Hangul personal name into surname and given name. A space, where the writer put one,
 * decides; otherwise a two-syllable surname is recognised from the list (선우학원), else the first
 * syllable is the surname. Null when the text is not 1–5 Hangul syllables (with at most one space).
 */
export function splitKoreanName(text: string): KoreanName | null {
  const trimmed = text.normalize('NFC').trim();
  const parts = trimmed.split(/\s+/);
  if (parts.length > 2) return null;
  const all = Array.from(parts.join(''));
  if (!all.length || all.length > 5 || !all.every(isHangulSyllable)) return null;
  const syllables = all.map((c) => decompose(c)!);
  let surnameLength: number;
  if (parts.length === 2) surnameLength = Array.from(parts[0]!).length;
  else if (all.length >= 3 && COMPOUND_SURNAMES.has(all[0]! + all[1]!)) surnameLength = 2;
  else surnameLength = Math.min(1, all.length);
  if (surnameLength > 2) return null;
  return { surname: syllables.slice(0, surnameLength), given: syllables.slice(surnameLength) };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One syllable read on its own, in a system that writes it so (the DPRK's and RR's names). */
function standalone(syllable: Syllable, system: 'rr' | 'mr' | 'kp2002'): string {
  const sounds = wordSounds([syllable], new Set(), {
    assimilate: true,
    rieulAfterConsonant: 'n',
    initialSoundRule: false,
  });
  return RENDER[system](sounds);
}

/** ODNI ICS-630-01: MR letters with o’ and u’ for ŏ and ŭ, every syllable read on its own. */
function odniSyllable(syllable: Syllable): string {
  return standalone(syllable, 'mr').replace(/ŏ/g, 'o’').replace(/ŭ/g, 'u’');
}

/** 이 and 리 as a surname are Yi in MR (ALA-LC's rule) and in ODNI (ICS-630-01, note 3). */
function isYi(surname: readonly Syllable[]): boolean {
  return surname.length === 1 && (surname[0]!.text === '이' || surname[0]!.text === '리');
}

function surnameIn(name: KoreanName, system: KoreanSystem): string {
  if ((system === 'mr' || system === 'odni') && isYi(name.surname)) return 'Yi';
  if (system === 'odni') return capitalise(name.surname.map(odniSyllable).join(''));
  if (system === 'mr') {
    // MR applies the South's initial-sound rule to surnames: 류 → Yu, 림 → Im, 로 → No.
    const sounds = wordSounds(name.surname, new Set(), {
      assimilate: true,
      rieulAfterConsonant: 'n',
      initialSoundRule: true,
    });
    return capitalise(RENDER.mr(sounds));
  }
  return capitalise(name.surname.map((s) => standalone(s, system)).join(''));
}

export interface NameSpellingOptions {
  /** Given-name syllables: 'hyphen' (Yeo-jeong), 'joined' (Yeojeong) or 'spaced' (Yo Jong). */
  given?: 'hyphen' | 'joined' | 'spaced';
  diacritics?: boolean;
}

/** The name in one system, in the form that system's authority prescribes unless told otherwise. */
export function romaniseName(name: KoreanName, system: KoreanSystem, options: NameSpellingOptions = {}): string {
  const surname = surnameIn(name, system);
  if (!name.given.length) return options.diacritics === false ? withoutDiacritics(surname) : surname;
  const layout = options.given ?? (system === 'kp2002' ? 'spaced' : 'hyphen');
  let given: string;
  if (system === 'mr') {
    const hyphens = layout === 'hyphen' ? new Set(name.given.map((_, i) => i).filter((i) => i > 0)) : new Set<number>();
    given = RENDER.mr(
      wordSounds(name.given, hyphens, { assimilate: true, rieulAfterConsonant: 'n', initialSoundRule: false }),
    );
    if (layout === 'spaced') given = capitaliseWords(given.replace(/-/g, ' '));
  } else {
    const parts = name.given.map((s) => (system === 'odni' ? odniSyllable(s) : standalone(s, system)));
    given = layout === 'spaced' ? parts.map(capitalise).join(' ') : parts.join(layout === 'hyphen' ? '-' : '');
  }
  // ODNI: a two-syllable name is two capitalised words (Ho’ Tam); otherwise the given name is one.
  const full = `${surname} ${capitalise(given)}`;
  return options.diacritics === false ? withoutDiacritics(full) : full;
}

/** Reads a name if `hangul` is one, for the ODNI system, which only romanises names. */
export function romaniseOdni(hangul: string): string | null {
  const name = splitKoreanName(hangul);
  return name ? romaniseName(name, 'odni') : null;
}
