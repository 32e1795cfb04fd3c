// What can be done to many selected sources at once: add them to a case, rate them all with one
// letter and one rationale (each keeps its own history), or export them; and the same actions (with
// one source's own: edit, add a source under it, merge, delete) on a right-click over the rows of
// the table and the tree.
import { Button, Menu, Modal, Popover, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import {
  IconArrowMerge,
  IconBriefcase,
  IconDownload,
  IconPencil,
  IconPlus,
  IconStar,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { Source } from '../../../../shared/contract/schemas';
import { RELIABILITY, RELIABILITY_LETTERS, type Reliability } from '../../../../shared/domain/admiralty';
import { toCsv } from '../../../../shared/domain/csv';
import { api } from '../../api/client';
import { invalidateAfter } from '../../api/hooks';
import { saveExport } from '../../ui/saveExport';
import { showError, showSuccess } from '../../ui/notify';
import { SelectionBar } from '../../ui/SelectionBar';
import { AddToCaseMenu, requestAddToCase } from '../../ui/addToCase';

/** One letter and one rationale for every source given (each keeps its own history). */
function RateManyForm({ sources, onDone }: { sources: Source[]; onDone: () => void }) {
  const [letter, setLetter] = useState<Reliability | ''>('');
  const [why, setWhy] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!letter) return setError('Choose a letter A–F.');
    if (!why.trim()) return setError('Say why: a rating needs a rationale.');
    setBusy(true);
    let rated = 0;
    try {
      for (const s of sources) {
        await api.call('sources.rate', { id: s.id, reliability: letter, rationale: why });
        rated++;
      }
      showSuccess(`${rated} source(s) rated ${letter}.`);
      setWhy('');
      onDone();
    } catch (e) {
      showError(e, `Only ${rated} of ${sources.length} sources were rated`);
    } finally {
      setBusy(false);
      void invalidateAfter('sources.rate');
    }
  };
  return (
    <Stack gap={6} w={280} data-testid="bulk-rate">
      <Text size="xs">Rate {sources.length} sources (each keeps its own history)</Text>
      <SegmentedControl
        size="xs"
        fullWidth
        aria-label="Reliability"
        value={letter}
        onChange={(v) => {
          setLetter(v as Reliability);
          setError(undefined);
        }}
        data={RELIABILITY_LETTERS.map((l) => ({
          value: l,
          label: <span title={`${l} – ${RELIABILITY[l].label}`}>{l}</span>,
        }))}
      />
      <Textarea
        size="xs"
        label="Rationale"
        autosize
        minRows={2}
        value={why}
        error={error}
        onChange={(e) => (setWhy(e.currentTarget.value), setError(undefined))}
      />
      <Button size="xs" loading={busy} onClick={() => void save()}>
        Save ratings
      </Button>
    </Stack>
  );
}

function RatePopover({ sources }: { sources: Source[] }) {
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withinPortal trapFocus shadow="md">
      <Popover.Target>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconStar size={14} />}
          onClick={() => setOpened((o) => !o)}
        >
          Rate
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <RateManyForm sources={sources} onDone={() => setOpened(false)} />
      </Popover.Dropdown>
    </Popover>
  );
}

/** "Rate…" from a right-click on several sources. */
export function RateManyModal({ sources, onClose }: { sources: Source[] | null; onClose: () => void }) {
  return (
    <Modal opened={!!sources} onClose={onClose} title="Rate the selected sources" size="auto">
      {sources && <RateManyForm sources={sources} onDone={onClose} />}
    </Modal>
  );
}

export function exportSourcesCsv(sources: Source[]): void {
  const csv = toCsv(
    ['id', 'name', 'kind', 'reliability', 'url', 'articles', 'excerpts'],
    sources.map((s) => [s.id, s.name, s.kind, s.reliability, s.url, s.articleCount, s.excerptCount]),
  );
  void saveExport(csv, `sources-${sources.length}.csv`, 'csv');
}

export function SourceSelectionBar({ selected, onClear }: { selected: Source[]; onClear: () => void }) {
  if (selected.length < 2) return null;
  return (
    <SelectionBar count={selected.length} noun={['source', 'sources']} onClear={onClear}>
      <AddToCaseMenu getIds={() => selected.map((s) => s.id)} size="compact-sm" />
      <RatePopover sources={selected} />
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconDownload size={14} />}
        onClick={() => exportSourcesCsv(selected)}
      >
        Export CSV
      </Button>
    </SelectionBar>
  );
}

export type SourceAction = 'open' | 'rate' | 'edit' | 'addChild' | 'merge' | 'delete';

/** The right-click menu of the selected rows: the selection bar's actions, and one source's own. */
export function SourceContextItems({
  selected,
  onAction,
  onRateMany,
}: {
  selected: Source[];
  onAction: (action: SourceAction, source: Source) => void;
  onRateMany: (sources: Source[]) => void;
}) {
  const one = selected.length === 1 ? selected[0]! : null;
  return (
    <>
      <Menu.Label>{one ? one.name : `${selected.length} sources`}</Menu.Label>
      {one && <Menu.Item onClick={() => onAction('open', one)}>Open</Menu.Item>}
      <Menu.Item
        leftSection={<IconStar size={14} />}
        onClick={() => (one ? onAction('rate', one) : onRateMany(selected))}
      >
        Rate…
      </Menu.Item>
      <Menu.Item leftSection={<IconBriefcase size={14} />} onClick={() => requestAddToCase(selected.map((s) => s.id))}>
        Add to case…
      </Menu.Item>
      <Menu.Item leftSection={<IconDownload size={14} />} onClick={() => exportSourcesCsv(selected)}>
        Export CSV
      </Menu.Item>
      {one && (
        <>
          <Menu.Divider />
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onAction('edit', one)}>
            Edit…
          </Menu.Item>
          <Menu.Item leftSection={<IconPlus size={14} />} onClick={() => onAction('addChild', one)}>
            Add a source under it…
          </Menu.Item>
          <Menu.Item leftSection={<IconArrowMerge size={14} />} onClick={() => onAction('merge', one)}>
            Merge into…
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onAction('delete', one)}>
            Delete…
          </Menu.Item>
        </>
      )}
    </>
  );
}
