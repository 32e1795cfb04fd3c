// A virtualised table: only the rows in view are in the DOM, and the next page is asked for when
// the rows in view come near the end of those loaded, so a million excerpts scroll smoothly.
// Spacer rows above and below keep real <table> semantics and a sticky header.
import { Badge, Group, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Excerpt } from '../../../../shared/contract/schemas';
import { formatPartialDate } from '../../../../shared/domain/partialDate';
import { navigate } from '../../app/route';
import { draggableItems, useCaseSelection } from '../../ui/addToCase';
import { GradeBadge } from '../../ui/grades/GradeBadge';
import { SortableTh } from '../../ui/table/SortableTh';
import type { SortState } from '../../ui/table/tableSort';
import { keywordInContext, type ExcerptColumn } from './excerptRows';
import type { ListSelection } from '../../ui/selection/useListSelection';
import { articleLabel } from '../../../../shared/domain/untitled';

const ROW_HEIGHT = 33;

export function openExcerpt(e: Excerpt) {
  navigate({ screen: 'article', id: e.articleId, excerptId: e.id });
}

interface Props {
  rows: Excerpt[];
  sort: SortState<ExcerptColumn>;
  onSort: (column: ExcerptColumn) => void;
  selection: ListSelection<Excerpt>;
  /** Set by the page so the keyboard can scroll the virtual list to the active row. */
  scrollToRef?: React.MutableRefObject<((index: number) => void) | null>;
  /** Called when the rows in view come within a page of the last loaded row. */
  onNearEnd?: () => void;
  loadingMore?: boolean;
  /** The text query: each quote shows the sentence where it matched, the match marked. */
  highlight?: string;
}

const NEAR_END = 50;

/** The quote, or with a text query the sentence where it matched with the match marked. */
function QuoteCell({ exact, highlight }: { exact: string; highlight: string }) {
  const context = highlight ? keywordInContext(exact, highlight) : null;
  return (
    <Text size="xs" truncate title={exact}>
      {context ? (
        <span data-testid="excerpt-kwic">
          {context.before}
          <mark>{context.match}</mark>
          {context.after}
        </span>
      ) : (
        exact
      )}
    </Text>
  );
}

export function ExcerptsTable({
  rows,
  sort,
  onSort,
  selection,
  scrollToRef,
  onNearEnd,
  loadingMore,
  highlight = '',
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastInView = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (onNearEnd && lastInView >= rows.length - NEAR_END) onNearEnd();
  }, [lastInView, rows.length, onNearEnd]);
  if (scrollToRef) scrollToRef.current = (index) => virtualizer.scrollToIndex(index, { align: 'auto' });
  // Shift+C adds the selected rows.
  useCaseSelection(() => selection.selectedIds);
  // A dragged row carries the whole selection when it is part of it, else only itself.
  const dragIds = (id: string) => (selection.isSelected(id) ? selection.selectedIds : [id]);
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const th = (column: ExcerptColumn, label: string, w?: number | string) => (
    <SortableTh column={column} sort={sort} onSort={onSort} w={w}>
      {label}
    </SortableTh>
  );

  return (
    <div
      ref={scrollRef}
      style={{ height: 'calc(100dvh - 210px)', minHeight: 300, overflow: 'auto', outline: 'none' }}
      {...selection.listProps}
      aria-label="Excerpts"
      data-testid="excerpts-list"
    >
      <Table stickyHeader layout="fixed" highlightOnHover verticalSpacing={6} horizontalSpacing="xs" fz="xs" miw={900}>
        <Table.Thead>
          <Table.Tr>
            {th('quote', 'Quote', '34%')}
            {th('article', 'Article', '16%')}
            {th('source', 'Source', '14%')}
            {th('grade', 'Grade', 150)}
            {th('date', 'Event date', 110)}
            <Table.Th>
              <Text size="xs" fw={600}>
                Tags
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {top > 0 && <tr style={{ height: top }} aria-hidden />}
          {items.map((item) => {
            const e = rows[item.index]!;
            return (
              <Table.Tr
                key={e.id}
                h={ROW_HEIGHT}
                data-testid="excerpt-row"
                data-excerpt-id={e.id}
                {...draggableItems(() => dragIds(e.id))}
                {...selection.rowProps(e)}
                bg={selection.isSelected(e.id) ? 'var(--mantine-primary-color-light)' : undefined}
                style={{ cursor: 'default', userSelect: 'none' }}
              >
                <Table.Td>
                  <QuoteCell exact={e.exact} highlight={highlight} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" truncate title={e.articleTitle}>
                    {articleLabel(e.articleTitle)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" truncate c={e.sourceName ? undefined : 'dimmed'}>
                    {e.sourceName || 'unattributed'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <GradeBadge
                    grade={e.grade}
                    reliability={e.reliability}
                    credibility={e.credibility}
                    recorded={e.reliabilityAtRecord}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" truncate>
                    {formatPartialDate(e.eventDate)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap" style={{ overflow: 'hidden' }}>
                    {e.tags.map((t) => (
                      <Badge key={t} size="xs" variant="default" style={{ textTransform: 'none', flexShrink: 0 }}>
                        {t}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
          {bottom > 0 && <tr style={{ height: bottom }} aria-hidden />}
          {loadingMore && (
            <tr>
              <td colSpan={6}>
                <Text size="xs" c="dimmed" ta="center" p={4}>
                  Loading more…
                </Text>
              </td>
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
