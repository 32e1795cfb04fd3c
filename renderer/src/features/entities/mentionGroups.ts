// Mentions of an entity grouped by the article they are in, in text order, dismissed ones left out
// (an analyst dismissed them as not being this entity).
import type { Mention } from '../../../../shared/contract/schemas';

export interface ArticleMentions {
  articleId: string;
  mentions: Mention[];
}

export function groupMentionsByArticle(mentions: readonly Mention[]): ArticleMentions[] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.status === 'dismissed') continue;
    const list = groups.get(m.articleId) ?? [];
    list.push(m);
    groups.set(m.articleId, list);
  }
  return [...groups].map(([articleId, list]) => ({ articleId, mentions: list.sort((a, b) => a.start - b.start) }));
}
