// The entity's description in the shared rich-text editor (bold, lists, links, @-mentions of other
// entities), autosaved through entities.update. The editor is uncontrolled, so it is keyed by the
// entity: opening another entity loads its description, and refetches never reset the caret.
import { useCallback } from 'react';
import type { Entity } from '../../../../shared/contract/schemas';
import { api } from '../../api/client';
import { RichTextEditor, type RichTextValue } from '../../editor';

export function EntityDescription({ entity }: { entity: Entity }) {
  const id = entity.id;
  const save = useCallback((description: RichTextValue) => api.call('entities.update', { id, description }), [id]);
  return (
    <RichTextEditor
      key={id}
      draftKey={`entity-description:${id}`}
      value={entity.description}
      onSave={save}
      label="Description"
      placeholder="What is known about it; @ to mention another entity"
      minHeight={60}
      testId="entity-description"
    />
  );
}
