// The reliability filter offered wherever lists can be limited by source reliability (search,
// excerpts): any, "at least" a letter (F only meets F, see meetsReliability), or unrated sources.
import { isReliability, RELIABILITY, RELIABILITY_LETTERS, type Reliability } from '../../../../shared/domain/admiralty';

export type ReliabilityFilter = 'any' | Reliability | 'unrated';

export const RELIABILITY_FILTER_OPTIONS: { value: ReliabilityFilter; label: string }[] = [
  { value: 'any', label: 'Any reliability' },
  ...RELIABILITY_LETTERS.map((l) => ({ value: l, label: `At least ${l} – ${RELIABILITY[l].label}` })),
  { value: 'unrated', label: 'Unrated sources only' },
];

export function parseReliabilityFilter(value: string | null | undefined): ReliabilityFilter {
  if (value === 'unrated') return 'unrated';
  if (value && isReliability(value)) return value;
  return 'any';
}

/** The contract's `minReliability` for a filter choice (absent means no filter). */
export function toMinReliability(filter: ReliabilityFilter): Reliability | 'unrated' | undefined {
  return filter === 'any' ? undefined : filter;
}
