// A virtualised table: only the rows in view are in the DOM, so 10,000 excerpts scroll smoothly.
// Spacer rows above and below keep real <table> semantics and a sticky header.
import { Badge, Group, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Excerpt } from '../../../../shared/contract/schemas';
import { formatPartialDate } from '../../../../shared/domain/partialDate';
import { navigate } from '../../app/route';
import { draggableItems, useCaseSelection } from '../cases/add';
import { GradeBadge } from '../sources/GradeBadge';
import { SortableTh } from '../sources/SortableTh';
import type { SortState } from '../sources/tableSort';
import type { ExcerptColumn } from './excerptRows';

const ROW_HEIGHT = 33;

function open(e: Excerpt) {
  navigate({ screen: 'article', id: e.articleId, excerptId: e.id });
}

interface Props {
  rows: Excerpt[];
  sort: SortState<ExcerptColumn>;
  onSort: (column: ExcerptColumn) => void;
}

export function ExcerptsTable({ rows, sort, onSort }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  // Shift+C adds the focused row (rows take focus with Tab or a click).
  useCaseSelection(() => {
    const focused = document.activeElement?.closest<HTMLElement>('[data-excerpt-id]');
    return focused && scrollRef.current?.contains(focused) ? [focused.dataset.excerptId!] : [];
  });
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const th = (column: ExcerptColumn, label: string, w?: number | string) => (
    <SortableTh column={column} sort={sort} onSort={onSort} w={w}>
      {label}
    </SortableTh>
  );

  return (
    <div ref={scrollRef} style={{ height: 'calc(100dvh - 210px)', minHeight: 300, overflow: 'auto' }}>
      <Table stickyHeader layout="fixed" highlightOnHover verticalSpacing={6} horizontalSpacing="xs" fz="xs" miw={900}>
        <Table.Thead>
          <Table.Tr>
            {th('quote', 'Quote', '34%')}
            {th('article', 'Article', '16%')}
            {th('source', 'Source', '14%')}
            {th('grade', 'Grade', 150)}
            {th('date', 'Event date', 110)}
            {th('tags', 'Tags')}
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
                tabIndex={0}
                data-testid="excerpt-row"
                data-excerpt-id={e.id}
                {...draggableItems(() => [e.id])}
                style={{ cursor: 'pointer' }}
                onClick={() => open(e)}
                onKeyDown={(ev) => {
                  if (ev.key === 'Enter') open(e);
                }}
              >
                <Table.Td>
                  <Text size="xs" truncate title={e.exact}>
                    {e.exact}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" truncate title={e.articleTitle}>
                    {e.articleTitle || '(untitled article)'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" truncate c={e.sourceName ? undefined : 'dimmed'}>
                    {e.sourceName || 'unattributed'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <GradeBadge grade={e.grade} reliability={e.reliability} credibility={e.credibility} recorded={e.reliabilityAtRecord} size="xs" />
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
        </Table.Tbody>
      </Table>
    </div>
  );
}
