// Anchors: audit heads written outside the library (an anchor file, a case file, a report, a
// backup). Every anchored head must still be in the log at its position; if it is not, rows were
// cut from the end of the log (or the log was rewritten) after it was anchored.
import type { Db } from '../db/connection';
import type { AuditHead } from '../services/audit';

export interface Anchor {
  hash: string;
  seq?: number;
}

const HASH = /^[0-9a-f]{64}$/;

/** One anchor-file line: "SEQ HASH AT [LIBRARY]" as `casefile head --append` writes it. */
export function anchorLine(head: AuditHead, libraryPath: string): string {
  return `${head.seq} ${head.hash} ${head.at} ${libraryPath}\n`;
}

/** Reads anchors from an anchor file's text or a bare hash; throws on anything else. */
export function parseAnchors(text: string): Anchor[] {
  const trimmed = text.trim().toLowerCase();
  if (HASH.test(trimmed)) return [{ hash: trimmed }];
  const anchors: Anchor[] = [];
  text.split('\n').forEach((line, i) => {
    const fields = line.trim().split(/\s+/);
    if (!fields[0] || fields[0].startsWith('#')) return;
    const [seq, hash] = fields;
    if (!/^\d+$/.test(seq!) || !HASH.test(hash ?? '')) {
      throw new Error(`line ${i + 1} is not "SEQ HASH AT" (as casefile head --append writes it): ${line.slice(0, 80)}`);
    }
    anchors.push({ seq: Number(seq), hash: hash! });
  });
  if (!anchors.length) throw new Error('it holds no anchored audit head');
  return anchors;
}

export function checkAnchors(db: Db, anchors: readonly Anchor[]): string[] {
  const problems: string[] = [];
  const last = db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number | null;
  for (const anchor of anchors) {
    const row = db.prepare('SELECT seq FROM audit_log WHERE hash = ?').get(anchor.hash) as { seq: number } | undefined;
    const where = anchor.seq ? `row ${anchor.seq}, ` : '';
    if (!row) {
      problems.push(
        `the anchored head ${anchor.hash} (${where}the log now ends at row ${last ?? 0}) is not in the audit log: rows were removed from its end or it was rewritten after the anchor was taken`,
      );
    } else if (anchor.seq !== undefined && row.seq !== anchor.seq) {
      problems.push(
        `the anchored head ${anchor.hash} was row ${anchor.seq} but is now row ${row.seq}: rows before it were removed or inserted`,
      );
    }
  }
  return problems;
}
