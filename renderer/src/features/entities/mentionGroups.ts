// The entity page's mentions grouped by the article they are in (newest article first, as the
// backend orders them; each in text order), and the grade filter over them. Pure, so it is tested
// without a DOM.
import type { MethodOutput } from '../../../../shared/contract/methods';
import { isReliability, meetsReliability } from '../../../../shared/domain/admiralty';
import type { ReliabilityFilter } from '../../ui/grades/reliabilityFilter';

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

export function groupMentionsByArticle(
  mentions: readonly PageMention[],
  filter: ReliabilityFilter = 'any',
): ArticleMentions[] {
  const groups = new Map<string, ArticleMentions>();
  for (const m of mentions) {
    if (!mentionMeetsFilter(m, filter)) continue;
    const group = groups.get(m.articleId) ?? {
      articleId: m.articleId,
      articleTitle: m.articleTitle,
      published: m.published,
      mentions: [],
    };
    group.mentions.push(m);
    groups.set(m.articleId, group);
  }
  for (const g of groups.values()) g.mentions.sort((a, b) => a.start - b.start);
  return [...groups.values()];
}

export type MentionSort = 'newest' | 'oldest' | 'grade';

/** Orders grades best first: A before F (then unrated), 1 before 6; no grade last. */
function gradeRank(grade: string | null): number {
  if (!grade) return 1000;
  const letter = 'ABCDEF'.indexOf(grade.charAt(0));
  const number = Number(grade.charAt(1)) || 9;
  return (letter < 0 ? 7 : letter) * 10 + number;
}

/** Articles by published date (undated last) or by the best grade among their mentions. */
export function sortMentionGroups(groups: ArticleMentions[], sort: MentionSort): ArticleMentions[] {
  const best = (g: ArticleMentions) => Math.min(...g.mentions.map((m) => gradeRank(m.grade)));
  const dated = (g: ArticleMentions) => g.published.value;
  return [...groups].sort((a, b) => {
    if (sort === 'grade') return best(a) - best(b) || dated(b).localeCompare(dated(a));
    if (!dated(a) !== !dated(b)) return dated(a) ? -1 : 1;
    return sort === 'newest' ? dated(b).localeCompare(dated(a)) : dated(a).localeCompare(dated(b));
  });
}
