// Generated aliases: spellings Casefile proposes for a Hangul or Han name (a romanisation system's
// form, or a customary English spelling), stored once the analyst accepts them with the system that
// produced them, and the proposals the analyst dismissed, so they are not offered again.

export const up = /* sql */ `
ALTER TABLE entity_aliases ADD COLUMN system TEXT NOT NULL DEFAULT ''
  CHECK (system IN ('', 'rr', 'mr', 'kp2002', 'odni', 'customary', 'pinyin'));
ALTER TABLE entity_aliases ADD COLUMN generated INTEGER NOT NULL DEFAULT 0 CHECK (generated IN (0, 1));

CREATE TABLE entity_alias_dismissals (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (text <> ''),
  system TEXT NOT NULL CHECK (system IN ('rr', 'mr', 'kp2002', 'odni', 'customary', 'pinyin')),
  dismissed_at TEXT NOT NULL,
  dismissed_by TEXT NOT NULL,
  PRIMARY KEY (entity_id, text)
) STRICT;
`;
