// Merging a source into another that is the same (a misspelt duplicate, a publication entered
// twice). The dialog says what moves before anything does; the backend keeps the exact snapshot
// so the notification's Undo puts it all back.
import { Alert, Badge, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { Source } from '../../../../shared/contract/schemas';
import { useAction } from '../../api/hooks';
import { navigate } from '../../app/route';
import { errorMessage } from '../../ui/notify';
import { gradeColor } from '../../ui/grades/grades';
import { showMergeUndo } from '../../ui/mergeUndo';
import { SOURCE_KIND_LABELS } from './sourceKinds';
import { mergeTargets } from './sourceTree';

interface Props {
  source: Source;
  sources: Source[];
  opened: boolean;
  onClose: () => void;
}

export function MergeSourceModal({ source, sources, opened, onClose }: Props) {
  const [keepId, setKeepId] = useState<string | null>(null);
  useEffect(() => {
    if (opened) setKeepId(null);
  }, [opened]);
  const targets = useMemo(() => mergeTargets(sources, source.id), [sources, source.id]);
  const byId = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const kept = keepId ? byId.get(keepId) : undefined;
  const merge = useAction('sources.merge', {
    silent: true,
    onSuccess: ({ mergeId, source: result }) => {
      onClose();
      navigate({ screen: 'sources', id: result.id }, { replace: true });
      showMergeUndo('source', { mergeId, keptName: result.name, mergedId: source.id, mergedName: source.name });
    },
  });
  const close = () => {
    merge.reset();
    onClose();
  };
  const subSources = sources.filter((s) => s.parentId === source.id).length;

  return (
    <Modal opened={opened} onClose={close} title={`Merge “${source.name}” into…`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (keepId) merge.mutate({ keepId, mergeId: source.id });
        }}
      >
        <Stack gap="sm">
          <Select
            label="Source to keep"
            description="The same source under another name; it stays, and this one goes."
            placeholder="Choose a source"
            searchable
            size="sm"
            data={targets.map((s) => ({ value: s.id, label: s.name }))}
            value={keepId}
            onChange={setKeepId}
            nothingFoundMessage="No other source"
            renderOption={({ option }) => {
              const s = byId.get(option.value);
              return (
                <Group gap={6} wrap="nowrap">
                  <Badge
                    size="xs"
                    radius="sm"
                    color={gradeColor(s?.reliability)}
                    variant={s?.reliability ? 'filled' : 'outline'}
                  >
                    {s?.reliability ?? '–'}
                  </Badge>
                  <Text size="sm">{option.label}</Text>
                  <Text size="xs" c="dimmed">
                    {s ? SOURCE_KIND_LABELS[s.kind] : ''}
                  </Text>
                </Group>
              );
            }}
          />
          <div>
            <Text size="sm">
              Merging moves everything from “{source.name}” to {kept ? `“${kept.name}”` : 'the kept source'}:
            </Text>
            <List size="sm" spacing={2} mt={4}>
              <List.Item>
                its {source.ratings.length} rating(s) join the kept source’s history, in time order (the newest becomes
                current);
              </List.Item>
              <List.Item>
                its attributions: {source.excerptCount} excerpt(s) and {source.articleCount} article(s) as publisher or
                author;
              </List.Item>
              <List.Item>its {subSources} sub-source(s) and its case memberships;</List.Item>
              <List.Item>
                {source.aliases.length ? 'its name and aliases become aliases' : 'its name becomes an alias'} of the
                kept source.
              </List.Item>
            </List>
            <Text size="xs" c="dimmed" mt={4}>
              You can undo the merge from the notification that follows. The audit log records both steps.
            </Text>
          </div>
          {merge.isError && (
            <Alert color="red" title="Not merged">
              {errorMessage(merge.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" size="xs" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" size="xs" disabled={!keepId} loading={merge.isPending}>
              Merge
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
