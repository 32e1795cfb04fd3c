// Creating and editing a source. Human sources usually sit under the publication that cites them,
// so the parent picker is offered for every kind and pre-filled when creating from a selected source.
import { Button, Group, Modal, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { Source } from '../../../../shared/contract/schemas';
import { useAction } from '../../api/hooks';
import { navigate } from '../../app/route';
import { showSuccess } from '../../ui/notify';
import { SOURCE_KIND_OPTIONS, type SourceKindName } from './sourceKinds';
import { descendantIds } from './sourceTree';

interface Props {
  opened: boolean;
  onClose: () => void;
  sources: Source[];
  /** the source being edited; absent when creating */
  editing?: Source | undefined;
  /** suggested parent when creating (the selected source) */
  defaultParentId?: string | undefined;
}

interface Draft {
  name: string;
  kind: SourceKindName;
  parentId: string | null;
  url: string;
  aliases: string[];
  description: string;
}

function draftOf(editing: Source | undefined, defaultParentId: string | undefined): Draft {
  if (editing) {
    const { name, kind, parentId, url, aliases, description } = editing;
    return { name, kind, parentId, url, aliases, description };
  }
  return {
    name: '',
    kind: defaultParentId ? 'human-source' : 'publication',
    parentId: defaultParentId ?? null,
    url: '',
    aliases: [],
    description: '',
  };
}

export function SourceFormModal({ opened, onClose, sources, editing, defaultParentId }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(editing, defaultParentId));
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setDraft(draftOf(editing, defaultParentId));
    setTouched(false);
  }, [opened, editing, defaultParentId]);

  const create = useAction('sources.create', {
    onSuccess: (s) => {
      showSuccess(`Source “${s.name}” created.`);
      onClose();
      navigate({ screen: 'sources', id: s.id });
    },
  });
  const update = useAction('sources.update', {
    onSuccess: (s) => {
      showSuccess(`Source “${s.name}” saved.`);
      onClose();
    },
  });

  const parentOptions = useMemo(() => {
    const excluded = editing ? descendantIds(sources, editing.id) : new Set<string>();
    return sources.filter((s) => !excluded.has(s.id)).map((s) => ({ value: s.id, label: s.name }));
  }, [sources, editing]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const nameError = touched && !draft.name.trim() ? 'Give the source a name.' : null;

  function submit() {
    setTouched(true);
    if (!draft.name.trim()) return;
    const input = {
      name: draft.name.trim(),
      kind: draft.kind,
      parentId: draft.parentId,
      url: draft.url.trim(),
      aliases: draft.aliases.map((a) => a.trim()).filter(Boolean),
      description: draft.description,
    };
    if (editing) update.mutate({ id: editing.id, ...input });
    else create.mutate(input);
  }

  return (
    <Modal opened={opened} onClose={onClose} title={editing ? `Edit ${editing.name}` : 'New source'} size="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="xs">
          <TextInput
            label="Name"
            required
            data-autofocus
            size="sm"
            value={draft.name}
            error={nameError}
            onChange={(e) => set('name', e.currentTarget.value)}
          />
          <Select
            label="Kind"
            size="sm"
            data={SOURCE_KIND_OPTIONS}
            value={draft.kind}
            allowDeselect={false}
            onChange={(v) => v && set('kind', v as SourceKindName)}
          />
          <Select
            label="Under"
            description="The publication or organisation that cites this source, if any"
            placeholder="Top level"
            size="sm"
            searchable
            clearable
            data={parentOptions}
            value={draft.parentId}
            onChange={(v) => set('parentId', v)}
          />
          <TextInput
            label="URL"
            size="sm"
            placeholder="https://…"
            value={draft.url}
            onChange={(e) => set('url', e.currentTarget.value)}
          />
          <TagsInput
            label="Aliases"
            description="Other names for this source; press Enter or comma after each"
            size="sm"
            value={draft.aliases}
            onChange={(v) => set('aliases', v)}
            splitChars={[',', ';']}
            clearable
          />
          <Textarea
            label="Description"
            size="sm"
            autosize
            minRows={2}
            maxRows={6}
            value={draft.description}
            onChange={(e) => set('description', e.currentTarget.value)}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" size="xs" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" size="xs" loading={create.isPending || update.isPending}>
              {editing ? 'Save' : 'Create source'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
