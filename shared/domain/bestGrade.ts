// Which of several excerpts' grades an edge of the link chart shows: the best one, because a link
// is as well supported as its strongest evidence. Reliability is compared first (the source's
// track record), then credibility. F ("cannot be judged") and 6 ("truth cannot be judged") say
// nothing, so they rank below every judged value but above nothing at all (unrated / ungraded).
import { formatGrade, type Credibility, type Reliability } from './admiralty';

export interface GradeParts {
  reliability: Reliability | null;
  credibility: Credibility | null;
}

const RELIABILITY_RANK: Record<Reliability, number> = { A: 0, B: 1, C: 2, D: 3, E: 4, F: 5 };

function reliabilityRank(letter: Reliability | null): number {
  return letter === null ? 6 : RELIABILITY_RANK[letter];
}

function credibilityRank(value: Credibility | null): number {
  return value === null ? 7 : value;
}

/** Negative when `a` is the better grade. */
export function compareGrades(a: GradeParts, b: GradeParts): number {
  return (
    reliabilityRank(a.reliability) - reliabilityRank(b.reliability) ||
    credibilityRank(a.credibility) - credibilityRank(b.credibility)
  );
}

/** The best grade, with its text ("B3"), or null when there is nothing graded or rated at all. */
export function bestGrade(grades: readonly GradeParts[]): (GradeParts & { text: string }) | null {
  const judged = grades.filter((g) => g.reliability !== null || g.credibility !== null);
  if (!judged.length) return null;
  const best = [...judged].sort(compareGrades)[0]!;
  return {
    reliability: best.reliability,
    credibility: best.credibility,
    text: formatGrade(best.reliability, best.credibility),
  };
}
