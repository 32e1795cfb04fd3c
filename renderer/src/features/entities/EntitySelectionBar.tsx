// What can be done to many selected entities at once: add them to a case, or export them; and the
// same actions (with one entity's own: open, merge) on a right-click over the rows.
import { Button, Menu } from '@mantine/core';
import { IconArrowMerge, IconBriefcase, IconDownload } from '@tabler/icons-react';
import type { Entity } from '../../../../shared/contract/schemas';
import { toCsv } from '../../../../shared/domain/csv';
import { saveExport } from '../../ui/saveExport';
import { SelectionBar } from '../../ui/SelectionBar';
import { AddToCaseMenu, requestAddToCase } from '../../ui/addToCase';

function exportEntitiesCsv(entities: Entity[]): void {
  const csv = toCsv(
    ['id', 'type', 'name', 'aliases', 'mentions'],
    entities.map((e) => [e.id, e.type, e.name, e.aliases.map((a) => a.text).join('; '), e.mentionCount]),
  );
  void saveExport(csv, `entities-${entities.length}.csv`, 'csv');
}

export function EntitySelectionBar({ selected, onClear }: { selected: Entity[]; onClear: () => void }) {
  // One selected entity is simply the one shown; the bar is for acting on several.
  if (selected.length < 2) return null;
  return (
    <SelectionBar count={selected.length} noun={['entity', 'entities']} onClear={onClear}>
      <AddToCaseMenu getIds={() => selected.map((e) => e.id)} size="compact-sm" />
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconDownload size={14} />}
        onClick={() => exportEntitiesCsv(selected)}
      >
        Export CSV
      </Button>
    </SelectionBar>
  );
}

/** The right-click menu of the selected rows. */
export function EntityContextItems({
  selected,
  onOpen,
  onMerge,
}: {
  selected: Entity[];
  onOpen: (entity: Entity) => void;
  onMerge: (entity: Entity) => void;
}) {
  const one = selected.length === 1 ? selected[0]! : null;
  return (
    <>
      <Menu.Label>{one ? one.name : `${selected.length} entities`}</Menu.Label>
      {one && <Menu.Item onClick={() => onOpen(one)}>Open</Menu.Item>}
      <Menu.Item leftSection={<IconBriefcase size={14} />} onClick={() => requestAddToCase(selected.map((e) => e.id))}>
        Add to case…
      </Menu.Item>
      <Menu.Item leftSection={<IconDownload size={14} />} onClick={() => exportEntitiesCsv(selected)}>
        Export CSV
      </Menu.Item>
      {one && (
        <Menu.Item leftSection={<IconArrowMerge size={14} />} onClick={() => onMerge(one)}>
          Merge into…
        </Menu.Item>
      )}
    </>
  );
}
