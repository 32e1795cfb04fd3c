// The source registry: a tree (who sits under which publication), a sortable table, or the
// library's reliability matrix, and the selected source's details and rating history. Selection
// lives in the route (#/sources/<id>).
import { Alert, Button, EmptyState, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconBroadcast, IconGridDots, IconListTree, IconPlus, IconTable } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import type { Source } from '../../../../shared/contract/schemas';
import type { Reliability } from '../../../../shared/domain/admiralty';
import { useCall } from '../../api/hooks';
import { navigate, useRoute } from '../../app/route';
import { ReliabilityMatrix } from '../../ui/matrix';
import { DeleteSourceModal } from './DeleteSourceModal';
import { MergeSourceModal } from './MergeSourceModal';
import { RateSourceModal } from './RateSourceModal';
import { SourceDetail } from './SourceDetail';
import { SourceFormModal } from './SourceFormModal';
import type { SourceAction } from './SourceSelectionBar';
import { SourcesTable } from './SourcesTable';
import { SourcesTree } from './SourcesTree';
import { useRatingHotkeys } from './useRatingHotkeys';
import { QueryStatus } from '../../ui/QueryStatus';

type Dialog =
  | { kind: 'none' }
  | { kind: 'rate'; letter: Reliability | null }
  | { kind: 'create'; parentId?: string }
  | { kind: 'edit' }
  | { kind: 'merge' }
  | { kind: 'delete' };

type View = 'tree' | 'table' | 'matrix';

export function SourcesPage() {
  const route = useRoute();
  const selectedId = route.screen === 'sources' ? route.id : undefined;
  const [view, setView] = useLocalStorage<View>({ key: 'casefile.sources.view', defaultValue: 'tree' });
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const list = useCall('sources.list', {});
  const sources = useMemo(() => list.data?.items ?? [], [list.data]);
  const selected = sources.find((s) => s.id === selectedId);
  const close = useCallback(() => setDialog({ kind: 'none' }), []);

  // A row's right-click acts on that source: show it, then open the dialog for it.
  const onRowAction = useCallback((action: SourceAction, source: Source) => {
    navigate({ screen: 'sources', id: source.id });
    if (action === 'rate') setDialog({ kind: 'rate', letter: null });
    else if (action === 'addChild') setDialog({ kind: 'create', parentId: source.id });
    else if (action !== 'open') setDialog({ kind: action });
  }, []);
  const startRating = useCallback((letter: Reliability) => setDialog({ kind: 'rate', letter }), []);
  useRatingHotkeys(!!selected && dialog.kind === 'none', startRating);

  return (
    <Stack gap="sm" p="md">
      <Group justify="space-between">
        <Title order={3}>Sources</Title>
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(v) => setView(v as View)}
            aria-label="View"
            data={[
              {
                value: 'tree',
                label: (
                  <Group gap={4} wrap="nowrap">
                    <IconListTree size={14} />
                    Tree
                  </Group>
                ),
              },
              {
                value: 'table',
                label: (
                  <Group gap={4} wrap="nowrap">
                    <IconTable size={14} />
                    Table
                  </Group>
                ),
              },
              {
                value: 'matrix',
                label: (
                  <Group gap={4} wrap="nowrap">
                    <IconGridDots size={14} />
                    Matrix
                  </Group>
                ),
              },
            ]}
          />
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setDialog({ kind: 'create' })}>
            New source
          </Button>
        </Group>
      </Group>
      {!list.isSuccess ? (
        <QueryStatus query={list} what="the sources" />
      ) : sources.length === 0 ? (
        <EmptyState
          icon={<IconBroadcast size={28} />}
          title="No sources yet"
          description="Add the publications, authors and people your articles cite, then rate each one A–F. Publishers named when capturing an article appear here too."
        >
          <EmptyState.Actions>
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setDialog({ kind: 'create' })}>
              New source
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <Group align="flex-start" gap="md" wrap="nowrap">
          <div style={{ flex: 1, minWidth: 0 }}>
            {view === 'matrix' ? (
              <ReliabilityMatrix />
            ) : view === 'table' ? (
              <SourcesTable sources={sources} selectedId={selectedId} onAction={onRowAction} />
            ) : (
              <SourcesTree sources={sources} selectedId={selectedId} onAction={onRowAction} />
            )}
          </div>
          {selectedId && (
            <div style={{ width: 430, flexShrink: 0 }}>
              {selected ? (
                <SourceDetail
                  source={selected}
                  parent={sources.find((s) => s.id === selected.parentId)}
                  subSources={sources.filter((s) => s.parentId === selected.id)}
                  onRate={() => setDialog({ kind: 'rate', letter: null })}
                  onEdit={() => setDialog({ kind: 'edit' })}
                  onDelete={() => setDialog({ kind: 'delete' })}
                  onMerge={() => setDialog({ kind: 'merge' })}
                  onAddChild={() => setDialog({ kind: 'create', parentId: selected.id })}
                />
              ) : (
                <Alert color="yellow" title="Source not found">
                  No source has the id {selectedId}. It may have been deleted or merged.
                </Alert>
              )}
            </div>
          )}
        </Group>
      )}
      <SourceFormModal
        opened={dialog.kind === 'create' || dialog.kind === 'edit'}
        onClose={close}
        sources={sources}
        editing={dialog.kind === 'edit' ? selected : undefined}
        defaultParentId={dialog.kind === 'create' ? dialog.parentId : undefined}
      />
      {selected && (
        <>
          <RateSourceModal
            source={selected}
            opened={dialog.kind === 'rate'}
            initialLetter={dialog.kind === 'rate' ? dialog.letter : null}
            onClose={close}
          />
          <DeleteSourceModal source={selected} opened={dialog.kind === 'delete'} onClose={close} />
          <MergeSourceModal source={selected} sources={sources} opened={dialog.kind === 'merge'} onClose={close} />
        </>
      )}
    </Stack>
  );
}
