// The accepted mentions of an article as marks for ArticleText (drawn as underlines), each titled
// with the entity it names. Suggestions are not marks: nothing is claimed until the analyst accepts.
import { useMemo } from 'react';
import { useCall } from '../../../api/hooks';
import { ENTITY_TYPE_INFO } from '../../../ui/entities/entityTypes';
import type { TextMark } from '../marks';

export type MentionMark = TextMark & { kind: 'mention'; title: string };

export function useMentionMarks(articleId: string): MentionMark[] {
  const mentions = useCall('mentions.list', { articleId }, { enabled: Boolean(articleId) });
  const entities = useCall('entities.list', {});
  return useMemo(() => {
    const byId = new Map((entities.data?.items ?? []).map((e) => [e.id, e]));
    return (mentions.data?.items ?? [])
      .filter((m) => m.status === 'accepted')
      .map((m) => {
        const e = byId.get(m.entityId);
        return {
          id: m.id,
          start: m.start,
          end: m.end,
          kind: 'mention' as const,
          title: e ? `${e.name} (${ENTITY_TYPE_INFO[e.type].label})` : 'Entity',
        };
      });
  }, [mentions.data, entities.data]);
}
