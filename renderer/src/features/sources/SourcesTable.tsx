import { Stack, Table, Text, Tooltip } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Source } from '../../../../shared/contract/schemas';
import { navigate } from '../../app/route';
import { useListSelection } from '../../ui/selection/useListSelection';
import { draggableItems, useCaseSelection } from '../../ui/addToCase';
import { useContextMenu } from '../../ui/ContextMenu';
import { RateManyModal, SourceContextItems, SourceSelectionBar, type SourceAction } from './SourceSelectionBar';
import { ReliabilityBadge } from '../../ui/grades/GradeBadge';
import { SortableTh } from '../../ui/table/SortableTh';
import { formatDateTime } from '../../ui/format';
import { SOURCE_KIND_LABELS } from './sourceKinds';
import { nextSort, sortRows, type SortState, type SortValue } from '../../ui/table/tableSort';

type Column = 'name' | 'kind' | 'aliases' | 'url' | 'rating' | 'articles' | 'excerpts' | 'rated';

// Unrated sorts as empty (last); F sorts after E because it says least about the source.
const SORT_VALUE: Record<Column, (s: Source) => SortValue> = {
  name: (s) => s.name,
  kind: (s) => SOURCE_KIND_LABELS[s.kind],
  aliases: (s) => s.aliases.join(', '),
  url: (s) => s.url,
  rating: (s) => s.reliability,
  articles: (s) => s.articleCount,
  excerpts: (s) => s.excerptCount,
  rated: (s) => s.lastRatedAt,
};

const sourceId = (s: Source) => s.id;

/**
 * A click shows the source beside the table; Ctrl/Cmd- and Shift-click select many; a right-click
 * opens the selection's menu (`onAction` runs one source's own actions on the page).
 */
export function SourcesTable({
  sources,
  selectedId,
  onAction,
}: {
  sources: Source[];
  selectedId: string | undefined;
  onAction: (action: SourceAction, source: Source) => void;
}) {
  const [sort, setSort] = useState<SortState<Column>>({ key: 'name', direction: 'asc' });
  const rows = useMemo(() => sortRows(sources, SORT_VALUE[sort.key], sort.direction), [sources, sort]);
  const contextMenu = useContextMenu();
  const [ratingMany, setRatingMany] = useState<Source[] | null>(null);
  const selection = useListSelection(rows, sourceId, {
    onOpen: (s) => navigate({ screen: 'sources', id: s.id }),
    onContextMenu: contextMenu.open,
  });
  const selected = useMemo(() => rows.filter((s) => selection.isSelected(s.id)), [rows, selection]);
  useCaseSelection(() => (selected.length > 1 ? selected.map((s) => s.id) : []));
  const dragIds = (id: string) => (selection.isSelected(id) ? selection.selectedIds : [id]);
  const th = (column: Column, label: string, w?: number) => (
    <SortableTh column={column} sort={sort} onSort={(c) => setSort((s) => nextSort(s, c))} w={w}>
      {label}
    </SortableTh>
  );
  return (
    <Stack gap="xs">
      <SourceSelectionBar selected={selected} onClear={selection.clear} />
      {contextMenu.render(<SourceContextItems selected={selected} onAction={onAction} onRateMany={setRatingMany} />)}
      <RateManyModal sources={ratingMany} onClose={() => setRatingMany(null)} />
      <Table.ScrollContainer minWidth={900} {...selection.listProps} aria-label="Sources" style={{ outline: 'none' }}>
        <Table striped highlightOnHover stickyHeader verticalSpacing={4} horizontalSpacing="xs" fz="xs">
          <Table.Thead>
            <Table.Tr>
              {th('name', 'Name', 200)}
              {th('kind', 'Kind', 110)}
              {th('aliases', 'Aliases')}
              {th('url', 'URL')}
              {th('rating', 'Rating', 70)}
              {th('articles', 'Articles', 70)}
              {th('excerpts', 'Excerpts', 74)}
              {th('rated', 'Last rated', 170)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr
                key={s.id}
                data-testid="source-row"
                {...draggableItems(() => dragIds(s.id))}
                {...selection.rowProps(s)}
                onClick={(e) => {
                  selection.rowProps(s).onClick(e);
                  if (!e.shiftKey && !e.ctrlKey && !e.metaKey) navigate({ screen: 'sources', id: s.id });
                }}
                bg={
                  s.id === selectedId || (selected.length > 1 && selection.isSelected(s.id))
                    ? 'var(--mantine-primary-color-light)'
                    : undefined
                }
                style={{ cursor: 'pointer', userSelect: 'none' }}
              >
                <Table.Td>
                  <Text size="xs" fw={500}>
                    {s.name}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{SOURCE_KIND_LABELS[s.kind]}</Table.Td>
                <Table.Td>{s.aliases.join(', ')}</Table.Td>
                <Table.Td maw={200}>
                  <Tooltip label={s.url} disabled={!s.url} openDelay={400}>
                    <Text size="xs" truncate>
                      {s.url}
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  <ReliabilityBadge letter={s.reliability} size="xs" />
                </Table.Td>
                <Table.Td>{s.articleCount}</Table.Td>
                <Table.Td>{s.excerptCount}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(s.lastRatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
