import { TagsInput } from '@mantine/core';
import type { Entity } from '../../../../shared/contract/schemas';
import { useAction, useCall } from '../../api/hooks';

/** Free tags, saved as they change; existing tags in the library are offered. */
export function EntityTags({ entity }: { entity: Entity }) {
  const tags = useCall('tags.list', {});
  const update = useAction('entities.update');
  return (
    <TagsInput
      size="xs"
      aria-label="Tags"
      placeholder={entity.tags.length ? 'Add a tag' : 'Add tags (Enter after each)'}
      data={(tags.data?.items ?? []).map((t) => t.name)}
      value={entity.tags}
      onChange={(next) => update.mutate({ id: entity.id, tags: next })}
      clearable
    />
  );
}
