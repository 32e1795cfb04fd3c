// Drawing a link on the chart ends here: what kind of relationship the drag means, and the
// excerpts that back it (those that mention either entity), saved as an ordinary relationship.
import { Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useAction, useCall } from '../../api/hooks';
import { RELATIONSHIP_OPTIONS, type RelationshipTypeName } from '../../ui/entities/relationshipTypes';

export interface PendingLink {
  source: { id: string; name: string };
  target: { id: string; name: string };
}

export function DrawLinkModal({ link, onClose }: { link: PendingLink; onClose: () => void }) {
  const [type, setType] = useState<RelationshipTypeName>('affiliated-with');
  const [label, setLabel] = useState('');
  const [excerptIds, setExcerptIds] = useState<string[]>([]);
  const from = useCall('entities.page', { id: link.source.id });
  const to = useCall('entities.page', { id: link.target.id });
  const create = useAction('relationships.create', { onSuccess: onClose });
  const excerpts = [...(from.data?.excerpts ?? []), ...(to.data?.excerpts ?? [])].filter(
    (x, i, all) => all.findIndex((y) => y.id === x.id) === i,
  );
  return (
    <Modal opened onClose={onClose} title={`Link ${link.source.name} to ${link.target.name}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({
            fromEntityId: link.source.id,
            toEntityId: link.target.id,
            type,
            excerptIds,
            ...(label.trim() ? { label: label.trim() } : {}),
          });
        }}
      >
        <Stack gap="xs">
          <Select
            label={`${link.source.name} is…`}
            data={RELATIONSHIP_OPTIONS}
            value={type}
            allowDeselect={false}
            onChange={(v) => v && setType(v as RelationshipTypeName)}
            data-autofocus
          />
          <Text size="sm">…{link.target.name}</Text>
          <TextInput label="Label (optional)" value={label} onChange={(e) => setLabel(e.currentTarget.value)} />
          <MultiSelect
            label="Backed by excerpts"
            placeholder={excerpts.length ? 'Choose the excerpts that say so' : 'No excerpt mentions either entity yet'}
            disabled={!excerpts.length}
            searchable
            data={excerpts.map((x) => ({
              value: x.id,
              label: `${x.grade} · ${x.exact.length > 90 ? `${x.exact.slice(0, 90)}…` : x.exact}`,
            }))}
            value={excerptIds}
            onChange={setExcerptIds}
            comboboxProps={{ withinPortal: true }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add relationship
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
