// The Admiralty (NATO) grading system. Labels and descriptions are the MISP admiralty-scale
// taxonomy's (../shared/specs/misp-taxonomies/admiralty-scale/machinetag.json), spelling fixed.
// The taxonomy's extra reliability value "g" (deliberately deceptive) is not part of the NATO
// scale; Casefile does not accept it as a rating (see README, "Admiralty scale").

export const RELIABILITY_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY_LETTERS)[number];

export const CREDIBILITY_VALUES = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITY_VALUES)[number];

export interface ScaleEntry {
  label: string;
  description: string;
}

export const RELIABILITY: Record<Reliability, ScaleEntry> = {
  A: {
    label: 'Completely reliable',
    description: 'No doubt of authenticity, trustworthiness, or competency; has a history of complete reliability',
  },
  B: {
    label: 'Usually reliable',
    description:
      'Minor doubt about authenticity, trustworthiness, or competency; has a history of valid information most of the time',
  },
  C: {
    label: 'Fairly reliable',
    description: 'Doubt of authenticity, trustworthiness, or competency but has provided valid information in the past',
  },
  D: {
    label: 'Not usually reliable',
    description:
      'Significant doubt about authenticity, trustworthiness, or competency but has provided valid information in the past',
  },
  E: {
    label: 'Unreliable',
    description: 'Lacking in authenticity, trustworthiness, and competency; history of invalid information',
  },
  F: {
    label: 'Reliability cannot be judged',
    description: 'No basis exists for evaluating the reliability of the source',
  },
};

export const CREDIBILITY: Record<Credibility, ScaleEntry> = {
  1: {
    label: 'Confirmed by other sources',
    description:
      'Confirmed by other independent sources; logical in itself; consistent with other information on the subject',
  },
  2: {
    label: 'Probably true',
    description: 'Not confirmed; logical in itself; consistent with other information on the subject',
  },
  3: {
    label: 'Possibly true',
    description: 'Not confirmed; reasonably logical in itself; agrees with some other information on the subject',
  },
  4: {
    label: 'Doubtful',
    description: 'Not confirmed; possible but not logical; no other information on the subject',
  },
  5: {
    label: 'Improbable',
    description: 'Not confirmed; not logical in itself; contradicted by other information on the subject',
  },
  6: {
    label: 'Truth cannot be judged',
    description: 'No basis exists for evaluating the validity of the information',
  },
};

export function isReliability(value: string): value is Reliability {
  return (RELIABILITY_LETTERS as readonly string[]).includes(value);
}

/** Parses a user-typed letter ("b", " B ") into a rating; "G" is refused with the reason. */
export function parseReliability(input: string): Reliability {
  const letter = input.trim().toUpperCase();
  if (isReliability(letter)) return letter;
  if (letter === 'G') {
    throw new RangeError(
      'G ("deliberately deceptive") is a MISP extension, not a NATO reliability letter. Rate the source E (unreliable) and say in the rationale that it is deceptive.',
    );
  }
  throw new RangeError(`"${input}" is not a reliability letter: use A, B, C, D, E or F.`);
}

/**
 * True when `letter` is at least as reliable as `threshold`. F ("cannot be judged") says nothing
 * about reliability, so it only meets a threshold of F itself.
 */
export function meetsReliability(letter: Reliability, threshold: Reliability): boolean {
  if (threshold === 'F') return true;
  if (letter === 'F') return false;
  return letter <= threshold;
}

/** The letters that satisfy `meetsReliability(letter, threshold)`, for SQL `IN (...)` filters. */
export function lettersAtLeast(threshold: Reliability): Reliability[] {
  return RELIABILITY_LETTERS.filter((letter) => meetsReliability(letter, threshold));
}

/** "B3"; "?3" when the source is unrated; "B?" when the information is not graded yet. */
export function formatGrade(reliability: Reliability | null, credibility: Credibility | null): string {
  return `${reliability ?? '?'}${credibility ?? '?'}`;
}

/** "B3, recorded as C3" when the rating in force at recording differs from the current one. */
export function describeGrade(
  current: Reliability | null,
  recorded: Reliability | null,
  credibility: Credibility | null,
): string {
  const grade = formatGrade(current, credibility);
  if (recorded && recorded !== current) return `${grade}, recorded as ${formatGrade(recorded, credibility)}`;
  return grade;
}

/** MISP machine tags, spelled exactly as the admiralty-scale taxonomy defines them. */
export function reliabilityMachineTag(letter: Reliability): string {
  return `admiralty-scale:source-reliability="${letter.toLowerCase()}"`;
}
export function credibilityMachineTag(value: Credibility): string {
  return `admiralty-scale:information-credibility="${value}"`;
}
