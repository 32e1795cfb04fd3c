// Colours for Admiralty letters, so a grade reads at a glance in every list. Pure, so it is tested
// without a DOM. Green→red follows the scale; F ("cannot be judged") and unrated are neutral grey,
// because they say nothing about reliability rather than something bad.
import { isReliability, RELIABILITY, type Reliability } from '../../../../shared/domain/admiralty';

const LETTER_COLORS: Record<Reliability, string> = {
  A: 'green',
  B: 'teal',
  C: 'yellow',
  D: 'orange',
  E: 'red',
  F: 'gray',
};

/** Mantine colour for a reliability letter, or for a grade string such as "B3" / "?3". */
export function gradeColor(gradeOrLetter: string | null | undefined): string {
  const letter = (gradeOrLetter ?? '').charAt(0).toUpperCase();
  return isReliability(letter) ? LETTER_COLORS[letter] : 'gray';
}

/** "B – Usually reliable", or "Not rated yet" for an unrated source. */
export function reliabilityTitle(letter: Reliability | null | undefined): string {
  return letter ? `${letter} – ${RELIABILITY[letter].label}` : 'Not rated yet';
}
