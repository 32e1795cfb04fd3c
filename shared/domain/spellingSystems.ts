// The systems a generated alias can come from, defined once for the schema, the contract and the UI.

export const SPELLING_SYSTEMS = ['rr', 'mr', 'kp2002', 'odni', 'customary', 'pinyin'] as const;
export type SpellingSystem = (typeof SPELLING_SYSTEMS)[number];

export const SYSTEM_LABELS: Record<SpellingSystem, string> = {
  rr: 'Revised Romanization',
  mr: 'McCune–Reischauer',
  kp2002: 'DPRK 2002',
  odni: 'ODNI ICS-630-01',
  customary: 'Customary English',
  pinyin: 'Hanyu Pinyin',
};

/** The systems `casefile romanise` and the romanise method take (customary and pinyin are not Hangul systems). */
export const HANGUL_SYSTEMS = ['rr', 'mr', 'kp2002', 'odni'] as const;
