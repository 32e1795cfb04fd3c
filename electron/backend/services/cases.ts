// Cases: named collections of articles, excerpts, sources and entities with a rich-text summary.
import { caseFields, cases, type CaseRow } from '../db/records';
import { isCaseItemKind } from '../../../shared/contract/objectKinds';
import { ContractError } from '../../../shared/contract/errors';
import type { ParsedInput } from '../../../shared/contract/methods';
import type { Case } from '../../../shared/contract/schemas';
import { indexField } from '../search/searchIndex';
import { recordAudit } from './audit';
import { currentAnalyst, mutate, type Ctx } from './context';
import { kindOf } from './objectKinds';

const ITEM_TITLE = `CASE ci.item_kind
  WHEN 'article' THEN (SELECT coalesce(nullif(title, ''), 'Untitled article') FROM articles WHERE id = ci.item_id)
  WHEN 'excerpt' THEN (SELECT substr(exact, 1, 200) FROM excerpts WHERE id = ci.item_id)
  WHEN 'source' THEN (SELECT name FROM sources WHERE id = ci.item_id)
  WHEN 'entity' THEN (SELECT name FROM entities WHERE id = ci.item_id) END`;

function toCase(ctx: Ctx, r: CaseRow): Case {
  const items = (
    ctx.db
      .prepare(
        `SELECT ci.item_id, ci.item_kind, ci.added_at, ${ITEM_TITLE} AS title FROM case_items ci WHERE ci.case_id = ? ORDER BY ci.item_kind, ci.added_at`,
      )
      .all(r.id) as {
      item_id: string;
      item_kind: Case['items'][number]['kind'];
      added_at: string;
      title: string | null;
    }[]
  ).map((i) => ({ itemId: i.item_id, kind: i.item_kind, title: i.title ?? '', addedAt: i.added_at }));
  return { ...caseFields(r), items };
}

export function getCase(ctx: Ctx, id: string): Case {
  return toCase(ctx, requireCase(ctx, id));
}

/** The case's row, or not_found; without reading its items' titles (~100 ms for a large case). */
export function requireCase(ctx: Ctx, id: string): CaseRow {
  const row = cases.get(ctx.db, id);
  if (!row) throw new ContractError('not_found', `No case has the id ${id}.`);
  return row;
}

export function listCases(ctx: Ctx, input: ParsedInput<'cases.list'>): Case[] {
  const rows = ctx.db
    .prepare(`SELECT * FROM cases ${input.includeArchived ? '' : 'WHERE archived = 0'} ORDER BY updated_at DESC`)
    .all() as CaseRow[];
  return rows.map((r) => toCase(ctx, r));
}

function reindex(ctx: Ctx, c: Case): void {
  indexField(ctx.db, 'case', c.id, 'title', c.title);
  indexField(ctx.db, 'case', c.id, 'summary', c.summary.text);
}

export function createCase(ctx: Ctx, input: ParsedInput<'cases.create'>): Case {
  return mutate(ctx, () => {
    const id = ctx.newId();
    const now = ctx.now();
    ctx.db
      .prepare(
        'INSERT INTO cases (id, title, summary_json, summary_text, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, input.title, input.summary?.json ?? '', input.summary?.text ?? '', now, currentAnalyst(ctx), now);
    const created = getCase(ctx, id);
    reindex(ctx, created);
    recordAudit(ctx, 'case.create', 'case', id, null, created);
    return created;
  });
}

export function updateCase(ctx: Ctx, input: ParsedInput<'cases.update'>): Case {
  return mutate(ctx, () => {
    const before = getCase(ctx, input.id);
    ctx.db
      .prepare(
        'UPDATE cases SET title = ?, summary_json = ?, summary_text = ?, archived = ?, updated_at = ? WHERE id = ?',
      )
      .run(
        input.title ?? before.title,
        input.summary?.json ?? before.summary.json,
        input.summary?.text ?? before.summary.text,
        (input.archived ?? before.archived) ? 1 : 0,
        ctx.now(),
        input.id,
      );
    const after = getCase(ctx, input.id);
    reindex(ctx, after);
    const { items: _b, ...beforeFields } = before;
    const { items: _a, ...afterFields } = after;
    recordAudit(ctx, 'case.update', 'case', input.id, beforeFields, afterFields);
    return after;
  });
}

export function addCaseItems(ctx: Ctx, input: ParsedInput<'cases.addItems'>): Case {
  return mutate(ctx, () => {
    getCase(ctx, input.id);
    const now = ctx.now();
    const analyst = currentAnalyst(ctx);
    for (const itemId of new Set(input.itemIds)) {
      const kind = kindOf(ctx, itemId);
      if (!isCaseItemKind(kind)) {
        throw new ContractError(
          'invalid_input',
          kind
            ? `A ${kind} cannot be put in a case: cases hold articles, excerpts, sources and entities.`
            : `No article, excerpt, source or entity has the id ${itemId}.`,
        );
      }
      const added = ctx.db
        .prepare(
          'INSERT OR IGNORE INTO case_items (case_id, item_id, item_kind, added_at, added_by) VALUES (?, ?, ?, ?, ?)',
        )
        .run(input.id, itemId, kind, now, analyst);
      if (added.changes) recordAudit(ctx, 'case.item.add', 'case', input.id, null, { itemId, kind });
    }
    ctx.db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(now, input.id);
    return getCase(ctx, input.id);
  });
}

export function removeCaseItems(ctx: Ctx, input: ParsedInput<'cases.removeItems'>): Case {
  return mutate(ctx, () => {
    getCase(ctx, input.id);
    for (const itemId of new Set(input.itemIds)) {
      const removed = ctx.db.prepare('DELETE FROM case_items WHERE case_id = ? AND item_id = ?').run(input.id, itemId);
      if (removed.changes) recordAudit(ctx, 'case.item.remove', 'case', input.id, { itemId }, null);
    }
    ctx.db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(ctx.now(), input.id);
    return getCase(ctx, input.id);
  });
}
