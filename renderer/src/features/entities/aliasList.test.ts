import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../../shared/contract/schemas';
import { parseAliasList } from './aliasList';
import { groupMentionsByArticle } from './mentionGroups';

describe('parseAliasList', () => {
  it('splits on commas and new lines, trims, and drops blanks and repeats', () => {
    expect(parseAliasList('Kim Yo-jong, 김여정\n\n  KIM Yo Jong ,Kim Yo-jong')).toEqual(['Kim Yo-jong', '김여정', 'KIM Yo Jong']);
  });
  it('splits on CJK commas too', () => {
    expect(parseAliasList('金与正、김여정，キム・ヨジョン')).toEqual(['金与正', '김여정', 'キム・ヨジョン']);
  });
  it('normalises to NFC so a decomposed Hangul alias equals the composed one', () => {
    expect(parseAliasList('김여정'.normalize('NFD') + ',김여정')).toEqual(['김여정']);
  });
  it('gives nothing for an empty box', () => {
    expect(parseAliasList(' , \n')).toEqual([]);
  });
});

describe('groupMentionsByArticle', () => {
  const m = (id: string, articleId: string, start: number, status: Mention['status'] = 'accepted'): Mention => ({
    id, entityId: 'e', articleId, excerptId: null, start, end: start + 3, exact: 'Kim', status,
  });
  it('groups by article in first-seen order, each in text order, without dismissed ones', () => {
    const groups = groupMentionsByArticle([m('1', 'a', 50), m('2', 'b', 5), m('3', 'a', 10), m('4', 'a', 1, 'dismissed')]);
    expect(groups.map((g) => [g.articleId, g.mentions.map((x) => x.id)])).toEqual([
      ['a', ['3', '1']],
      ['b', ['2']],
    ]);
  });
});
