// Pure helpers for the case page: items grouped by kind, and ids pasted into the "Add by id" box.
import type { CaseItemKind } from '../../../../shared/contract/objectKinds';
import type { Case } from '../../../../shared/contract/schemas';

export type CaseItem = Case['items'][number];
export type CaseKind = CaseItemKind;

export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  article: 'Articles',
  excerpt: 'Excerpts',
  source: 'Sources',
  entity: 'Entities',
};
/** The order the case page groups its items in: that of the labels above. */
export const CASE_KIND_ORDER = Object.keys(CASE_KIND_LABELS) as CaseKind[];

/** Non-empty groups in a fixed order (articles, excerpts, sources, entities). */
export function groupCaseItems(items: readonly CaseItem[]): { kind: CaseKind; items: CaseItem[] }[] {
  return CASE_KIND_ORDER.map((kind) => ({ kind, items: items.filter((i) => i.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids separated by spaces, commas or new lines. Anything that is not an id is reported back rather
 * than sent, so a typo is caught here with the offending text.
 */
export function parseIdList(text: string): { ids: string[]; invalid: string[] } {
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const token of text.split(/[\s,;]+/).filter(Boolean)) {
    if (UUID.test(token)) {
      const id = token.toLowerCase();
      if (!ids.includes(id)) ids.push(id);
    } else invalid.push(token);
  }
  return { ids, invalid };
}
