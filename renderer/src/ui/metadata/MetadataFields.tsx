// The article metadata fields, used by New article and by the Article view's editor.
import { Autocomplete, Select, SimpleGrid, TextInput } from '@mantine/core';
import { formatPartialDate } from '../../../../shared/domain/partialDate';
import { useCall } from '../../api/hooks';
import { parsePublished, type MetadataDraft, type MetadataErrors } from './metadataDraft';

interface Props {
  draft: MetadataDraft;
  errors: MetadataErrors;
  onChange: (draft: MetadataDraft) => void;
}

export function MetadataFields({ draft, errors, onChange }: Props) {
  const publications = useCall('sources.list', { kind: 'publication' });
  const field = <K extends keyof MetadataDraft>(key: K) => ({
    value: draft[key],
    error: errors[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...draft, [key]: e.currentTarget.value }),
  });
  const published = parsePublished(draft.published);
  const publishedHint =
    draft.published.trim() && !('error' in published)
      ? `Read as: ${formatPartialDate(published)}`
      : 'A year, month or full date: 2020, March 2020, 2020-03-06, early February 2020';
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" verticalSpacing="xs">
      <TextInput label="Title" placeholder="A title (the text may have none)" {...field('title')} data-autofocus />
      <Autocomplete
        label="Publisher"
        placeholder="e.g. Daily NK"
        data={[...new Set((publications.data?.items ?? []).map((s) => s.name))]}
        value={draft.publisher}
        error={errors.publisher}
        onChange={(publisher) => onChange({ ...draft, publisher })}
        description="Becomes a source (a publication) if it is not one yet"
      />
      <TextInput label="Byline" placeholder="Author(s) as credited" {...field('byline')} />
      <TextInput
        label="Published"
        placeholder="March 2020"
        {...field('published')}
        error={errors.published ?? ('error' in published ? published.error : undefined)}
        description={'error' in published ? undefined : publishedHint}
      />
      <TextInput label="Language" placeholder="en, ko, zh-Hant…" {...field('language')} />
      <Select
        label="Text direction"
        data={[
          { value: 'auto', label: 'Automatic' },
          { value: 'ltr', label: 'Left to right' },
          { value: 'rtl', label: 'Right to left' },
        ]}
        value={draft.textDirection}
        onChange={(value) => onChange({ ...draft, textDirection: (value as MetadataDraft['textDirection']) ?? 'auto' })}
        allowDeselect={false}
      />
      <TextInput label="Translator" placeholder="Who translated it, if anyone" {...field('translator')} />
      <TextInput label="URL" placeholder="https://…" {...field('url')} />
    </SimpleGrid>
  );
}
