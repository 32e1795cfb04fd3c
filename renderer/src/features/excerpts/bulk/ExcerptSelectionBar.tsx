// What can be done to many selected excerpts at once: add to a case, tag with an entity or a free
// tag, set credibility, export, delete. Every change is undoable (Ctrl/Cmd+Z or the toast).
import { Button, Menu, Popover, Stack, TextInput } from '@mantine/core';
import { IconBriefcase, IconDownload, IconGauge, IconTag, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Excerpt } from '../../../../../shared/contract/schemas';
import { CREDIBILITY, CREDIBILITY_VALUES } from '../../../../../shared/domain/admiralty';
import { SelectionBar } from '../../../ui/SelectionBar';
import { deleteExcerptsWithUndo } from '../../../ui/excerptUndo';
import { AddToCaseMenu, requestAddToCase } from '../../../ui/addToCase';
import { TagWithEntityButton } from '../../../ui/entities/TagWithEntity';
import { addTag, exportExcerptsCsv, setCredibility } from './bulkExcerpts';

function TagPopover({ onTag }: { onTag: (tag: string) => void }) {
  const [opened, setOpened] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const submit = () => {
    if (!text.trim()) {
      setError('Type a tag first.');
      return;
    }
    onTag(text);
    setText('');
    setOpened(false);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withinPortal trapFocus shadow="md">
      <Popover.Target>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconTag size={14} />}
          onClick={() => setOpened((o) => !o)}
        >
          Tag
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} w={240}>
          <TextInput
            size="xs"
            label="Add a tag to every selected excerpt"
            value={text}
            error={error}
            data-autofocus
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(undefined);
            }}
            onKeyDown={(e) => e.key === 'Enter' && !e.nativeEvent.isComposing && submit()}
          />
          <Button size="xs" onClick={submit}>
            Add tag
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

export function ExcerptSelectionBar({ selected, onClear }: { selected: Excerpt[]; onClear: () => void }) {
  return (
    <SelectionBar count={selected.length} noun={['excerpt', 'excerpts']} onClear={onClear}>
      <AddToCaseMenu getIds={() => selected.map((e) => e.id)} size="compact-sm" />
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <Button size="compact-sm" variant="default" leftSection={<IconGauge size={14} />}>
            Credibility
          </Button>
        </Menu.Target>
        <Menu.Dropdown data-testid="bulk-credibility-menu">
          {CREDIBILITY_VALUES.map((v) => (
            <Menu.Item key={v} onClick={() => void setCredibility(selected, v)}>
              {v} – {CREDIBILITY[v].label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <TagPopover onTag={(tag) => void addTag(selected, tag)} />
      <TagWithEntityButton
        size="compact-sm"
        getTargets={() => selected.map((e) => ({ articleId: e.articleId, excerptId: e.id, label: `“${e.exact}”` }))}
      />
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconDownload size={14} />}
        onClick={() => exportExcerptsCsv(selected)}
      >
        Export CSV
      </Button>
      <Button
        size="compact-sm"
        variant="light"
        color="red"
        leftSection={<IconTrash size={14} />}
        onClick={() => {
          onClear();
          void deleteExcerptsWithUndo(selected);
        }}
      >
        Delete
      </Button>
    </SelectionBar>
  );
}

/** The same actions on a right-click over the selected rows. */
export function ExcerptContextItems({
  selected,
  onOpen,
  onClear,
}: {
  selected: Excerpt[];
  onOpen: () => void;
  onClear: () => void;
}) {
  return (
    <>
      <Menu.Label>{selected.length === 1 ? '1 excerpt' : `${selected.length} excerpts`}</Menu.Label>
      {selected.length === 1 && <Menu.Item onClick={onOpen}>Open in its article</Menu.Item>}
      <Menu.Item leftSection={<IconBriefcase size={14} />} onClick={() => requestAddToCase(selected.map((e) => e.id))}>
        Add to case…
      </Menu.Item>
      <Menu.Sub>
        <Menu.Sub.Target>
          <Menu.Sub.Item leftSection={<IconGauge size={14} />}>Credibility</Menu.Sub.Item>
        </Menu.Sub.Target>
        <Menu.Sub.Dropdown>
          {CREDIBILITY_VALUES.map((v) => (
            <Menu.Item key={v} onClick={() => void setCredibility(selected, v)}>
              {v} – {CREDIBILITY[v].label}
            </Menu.Item>
          ))}
        </Menu.Sub.Dropdown>
      </Menu.Sub>
      <Menu.Item leftSection={<IconDownload size={14} />} onClick={() => exportExcerptsCsv(selected)}>
        Export CSV
      </Menu.Item>
      <Menu.Divider />
      <Menu.Item
        color="red"
        leftSection={<IconTrash size={14} />}
        onClick={() => {
          onClear();
          void deleteExcerptsWithUndo(selected);
        }}
      >
        Delete
      </Menu.Item>
    </>
  );
}
