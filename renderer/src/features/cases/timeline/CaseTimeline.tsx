// The case timeline: when the excerpts say things happened (event dates), and, in a lane of its
// own below, when the case's articles were published. The two are never mixed: a report published
// in March about early February is two different facts.
import { Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Article, Excerpt } from '../../../../../shared/contract/schemas';
import { formatPartialDate } from '../../../../../shared/domain/partialDate';
import { api } from '../../../api/client';
import { useCall } from '../../../api/hooks';
import { href } from '../../../app/route';
import { GradeTextBadge } from '../../../ui/grades/GradeBadge';
import classes from './Timeline.module.css';
import { placeInLanes, scale, spanOf, ticks, timelineDomain, type DaySpan } from '../../../ui/timeline/timelineLayout';
import { LABEL_WIDTH, TimelineRow, type TimelineEntry } from './TimelineRow';
import { articleLabel } from '../../../../../shared/domain/untitled';

const MAX_ARTICLES = 200;

function excerptEntry(e: Excerpt): { item: TimelineEntry; span: DaySpan } | null {
  const span = spanOf(e.eventDate);
  if (!span) return null;
  const when = formatPartialDate(e.eventDate);
  return {
    span,
    item: {
      id: e.id,
      href: href({ screen: 'article', id: e.articleId, excerptId: e.id }),
      title: `${e.grade || 'ungraded'} · ${when} · ${e.exact}`,
      qualified: Boolean(e.eventDate.qualifier),
      label: (
        <>
          <GradeTextBadge grade={e.grade || '··'} size="xs" /> <b>{when}</b> “{e.exact}”
        </>
      ),
    },
  };
}

function articleEntry(a: Article): { item: TimelineEntry; span: DaySpan } | null {
  const span = spanOf(a.published);
  if (!span) return null;
  const when = formatPartialDate(a.published);
  return {
    span,
    item: {
      id: a.id,
      href: href({ screen: 'article', id: a.id }),
      title: `Published ${when}: ${a.title}`,
      qualified: Boolean(a.published.qualifier),
      label: (
        <>
          <b>{when}</b> {articleLabel(a.title)}
        </>
      ),
    },
  };
}

export function CaseTimeline({ caseId, articleIds }: { caseId: string; articleIds: string[] }) {
  const { ref, width: measured } = useElementSize();
  const excerpts = useCall('excerpts.list', { caseId, limit: 5000 });
  const articles = useQueries({
    queries: articleIds
      .slice(0, MAX_ARTICLES)
      .map((id) => ({ queryKey: ['articles.get', { id }], queryFn: () => api.call('articles.get', { id }) })),
  });
  const articleData = articles.map((q) => q.data).filter((a): a is Article => Boolean(a));

  const events = useMemo(
    () => (excerpts.data?.items ?? []).map(excerptEntry).filter((x) => x !== null),
    [excerpts.data],
  );
  const published = articleData.map(articleEntry).filter((x) => x !== null);
  const undated = (excerpts.data?.items.length ?? 0) - events.length;
  const width = Math.max(measured, 600);
  const domain = timelineDomain([...events, ...published].map((e) => e.span));

  if (!excerpts.data) return null;
  if (!domain) {
    return (
      <Text size="xs" c="dimmed" data-testid="case-timeline-empty">
        No excerpt in this case has an event date yet. Give excerpts a date (a partial date such as “early February
        2020” is fine) to see them on a timeline.
      </Text>
    );
  }
  const x = scale(domain, width - LABEL_WIDTH / 2);
  const eventRows = placeInLanes(events, x, { labelWidth: LABEL_WIDTH });
  const publishedRows = placeInLanes(published, x, { labelWidth: LABEL_WIDTH });
  const gridLines = ticks(domain, width - LABEL_WIDTH / 2);

  return (
    <Paper withBorder p="sm" radius="sm" data-testid="case-timeline">
      <div ref={ref}>
        <div className={classes.frame}>
          <div style={{ position: 'relative', width }}>
            {gridLines.map((t) => (
              <div key={t.x} className={classes.gridLine} style={{ left: t.x }} />
            ))}
            <div className={classes.axis}>
              {gridLines.map((t) => (
                <div key={t.x} className={classes.tick} style={{ left: t.x }}>
                  {t.label}
                </div>
              ))}
            </div>
            <Text size="xs" fw={600} mt={6}>
              When it happened — excerpts’ event dates
            </Text>
            <TimelineRow placed={eventRows.placed} lanes={eventRows.lanes} kind="event" testId="timeline-event" />
            {publishedRows.placed.length > 0 && (
              <>
                <Divider my={6} variant="dashed" />
                <Text size="xs" fw={600} c="dimmed">
                  When it was reported — articles’ publication dates
                </Text>
                <TimelineRow
                  placed={publishedRows.placed}
                  lanes={publishedRows.lanes}
                  kind="published"
                  testId="timeline-published"
                />
              </>
            )}
          </div>
        </div>
      </div>
      <Stack gap={2} mt="xs">
        <Group gap="md">
          <Text size="xs" c="dimmed">
            A bar spans every day a partial date can mean; striped when qualified (“early”, “about”…); a dot is a known
            day.
          </Text>
        </Group>
        {undated > 0 && (
          <Text size="xs" c="dimmed">
            {undated} excerpt(s) in this case have no event date and are not shown.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
