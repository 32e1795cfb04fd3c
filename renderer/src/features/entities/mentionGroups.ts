// The entity page's mentions grouped by the article they are in (newest article first, as the
// backend orders them; each in text order), and the grade filter over them. Pure, so it is tested
// without a DOM.
import type { MethodOutput } from '../../../../shared/contract/methods';
import { isReliability, meetsReliability } from '../../../../shared/domain/admiralty';
import type { ReliabilityFilter } from '../sources/reliabilityFilter';

export type PageMention = MethodOutput<'entities.page'>['mentions'][number];

export interface ArticleMentions {
  articleId: string;
  articleTitle: string;
  published: PageMention['published'];
  mentions: PageMention[];
}

/** Whether a mention passes the filter: a graded excerpt whose source meets the letter. */
export function mentionMeetsFilter(mention: PageMention, filter: ReliabilityFilter): boolean {
  if (filter === 'any') return true;
  const letter = mention.grade?.charAt(0) ?? '';
  if (filter === 'unrated') return mention.grade !== null && !isReliability(letter);
  return isReliability(letter) && meetsReliability(letter, filter);
}

export function groupMentionsByArticle(mentions: readonly PageMention[], filter: ReliabilityFilter = 'any'): ArticleMentions[] {
  const groups = new Map<string, ArticleMentions>();
  for (const m of mentions) {
    if (!mentionMeetsFilter(m, filter)) continue;
    const group = groups.get(m.articleId) ?? { articleId: m.articleId, articleTitle: m.articleTitle, published: m.published, mentions: [] };
    group.mentions.push(m);
    groups.set(m.articleId, group);
  }
  for (const g of groups.values()) g.mentions.sort((a, b) => a.start - b.start);
  return [...groups.values()];
}
