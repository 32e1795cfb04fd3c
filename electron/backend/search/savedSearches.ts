// Saved searches (issue 14): a query and its filters under a name the analyst chose. Every change
// is one audited transaction; names are unique regardless of case, so "Border" and "border" are
// never two entries in the list.
import { ContractError } from '../../../shared/contract/errors';
import { SavedSearch, SearchFilters } from '../../../shared/contract/schemas';
import { recordAudit } from '../services/audit';
import { currentAnalyst, mutate, type Ctx } from '../services/context';

interface Row {
  id: string;
  name: string;
  query: string;
  filters_json: string;
  created_at: string;
  created_by: string;
  updated_at: string;
}

function toSaved(r: Row): SavedSearch {
  // Stored filters were validated when saved; read them through the same schema, so a filter a
  // later version no longer knows is dropped rather than run as something it does not mean.
  const parsed = SearchFilters.safeParse(JSON.parse(r.filters_json));
  return {
    id: r.id,
    name: r.name,
    query: r.query,
    filters: parsed.success ? parsed.data : {},
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
  };
}

function byId(ctx: Ctx, id: string): Row {
  const row = ctx.db.prepare('SELECT * FROM saved_searches WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw new ContractError('not_found', `No saved search has the id ${id}; it may have been deleted.`);
  return row;
}

export function listSavedSearches(ctx: Ctx): SavedSearch[] {
  return (ctx.db.prepare('SELECT * FROM saved_searches ORDER BY name COLLATE NOCASE').all() as Row[]).map(toSaved);
}

function refuseTakenName(ctx: Ctx, name: string, exceptId?: string): void {
  const taken = ctx.db.prepare('SELECT id, name FROM saved_searches WHERE name = ? COLLATE NOCASE').get(name) as
    { id: string; name: string } | undefined;
  if (taken && taken.id !== exceptId) {
    throw new ContractError(
      'invalid_input',
      `A saved search is already called “${taken.name}”. Choose another name, or rename or delete that one first.`,
    );
  }
}

export function saveSearch(ctx: Ctx, input: { name: string; query: string; filters: SearchFilters }): SavedSearch {
  return mutate(ctx, () => {
    refuseTakenName(ctx, input.name);
    const now = ctx.now();
    const row: Row = {
      id: ctx.newId(),
      name: input.name,
      query: input.query,
      filters_json: JSON.stringify(input.filters),
      created_at: now,
      created_by: currentAnalyst(ctx),
      updated_at: now,
    };
    ctx.db
      .prepare(
        `INSERT INTO saved_searches (id, name, query, filters_json, created_at, created_by, updated_at)
         VALUES (@id, @name, @query, @filters_json, @created_at, @created_by, @updated_at)`,
      )
      .run(row);
    const saved = toSaved(row);
    recordAudit(ctx, 'savedSearch.save', 'saved-search', row.id, null, saved);
    return saved;
  });
}

export function renameSavedSearch(ctx: Ctx, id: string, name: string): SavedSearch {
  return mutate(ctx, () => {
    const before = byId(ctx, id);
    refuseTakenName(ctx, name, id);
    ctx.db.prepare('UPDATE saved_searches SET name = ?, updated_at = ? WHERE id = ?').run(name, ctx.now(), id);
    const after = byId(ctx, id);
    recordAudit(ctx, 'savedSearch.rename', 'saved-search', id, toSaved(before), toSaved(after));
    return toSaved(after);
  });
}

export function deleteSavedSearch(ctx: Ctx, id: string): void {
  mutate(ctx, () => {
    const before = byId(ctx, id);
    ctx.db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id);
    recordAudit(ctx, 'savedSearch.delete', 'saved-search', id, toSaved(before), null);
  });
}
