import { RELATIONSHIP_TYPES } from '../../../../shared/contract/vocabulary';

export type RelationshipTypeName = (typeof RELATIONSHIP_TYPES)[number];

/** Read as a sentence between the two entities: "Kimbongsokyong Trading Company affiliated with MPAF". */
export const RELATIONSHIP_LABELS: Record<RelationshipTypeName, string> = {
  'affiliated-with': 'affiliated with',
  'located-in': 'located in',
  controls: 'controls',
  supplies: 'supplies',
  transports: 'transports',
  pays: 'pays',
  'member-of': 'member of',
  other: 'other',
};

export const RELATIONSHIP_OPTIONS = RELATIONSHIP_TYPES.map((t) => ({ value: t, label: RELATIONSHIP_LABELS[t] }));
