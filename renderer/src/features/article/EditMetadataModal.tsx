// Editing an article's metadata (never its text). Field errors from the backend land on the field
// they concern; anything else is shown above the form.
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import type { Article } from '../../../../shared/contract/schemas';
import { ApiError } from '../../api/client';
import { useAction } from '../../api/hooks';
import { MetadataFields } from '../../ui/metadata/MetadataFields';
import {
  draftFromArticle,
  draftToInput,
  type MetadataDraft,
  type MetadataErrors,
} from '../../ui/metadata/metadataDraft';
import { showSuccess } from '../../ui/notify';

const FIELDS: ReadonlySet<string> = new Set([
  'title',
  'publisher',
  'byline',
  'published',
  'language',
  'textDirection',
  'translator',
  'url',
]);

/** The backend's validation issues, by the form field they concern. */
function fieldErrors(error: unknown): MetadataErrors {
  if (!(error instanceof ApiError) || error.code !== 'invalid_input' || !Array.isArray(error.details)) return {};
  const errors: MetadataErrors = {};
  for (const issue of error.details as { path?: unknown[]; message?: string }[]) {
    const key = issue.path?.[0];
    if (typeof key === 'string' && FIELDS.has(key)) errors[key as keyof MetadataDraft] = issue.message;
  }
  return errors;
}

export function EditMetadataModal({
  article,
  opened,
  onClose,
}: {
  article: Article;
  opened: boolean;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState<MetadataDraft>(() => draftFromArticle(article));
  const [errors, setErrors] = useState<MetadataErrors>({});
  const update = useAction('articles.updateMetadata', {
    silent: true,
    onSuccess: () => {
      showSuccess('The metadata was saved.');
      onClose();
    },
  });
  const save = () => {
    const { input, errors: found, ok } = draftToInput(draft);
    setErrors(found);
    if (ok) update.mutate({ id: article.id, ...input }, { onError: (error) => setErrors(fieldErrors(error)) });
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Edit metadata" size="xl">
      <Stack gap="sm">
        {update.error && (
          <Alert color="red" title="The metadata was not saved" role="alert">
            {update.error.message}
          </Alert>
        )}
        <MetadataFields draft={draft} errors={errors} onChange={setDraft} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} loading={update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
