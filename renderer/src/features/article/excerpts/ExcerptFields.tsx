// The fields an excerpt is graded and filed with, shared by the create form and the open excerpt.
import { Stack, TagsInput } from '@mantine/core';
import type { Credibility } from '../../../../../shared/domain/admiralty';
import type { PartialDate } from '../../../../../shared/domain/partialDate';
import { useCall } from '../../../api/hooks';
import { CredibilityPicker } from './CredibilityPicker';
import { EventDateInput } from './EventDateInput';
import { SourcePicker } from './SourcePicker';

export interface ExcerptFieldValues {
  sourceId: string | null;
  credibility: Credibility | null;
  eventDate: PartialDate;
  tags: string[];
}

interface ExcerptFieldsProps {
  values: ExcerptFieldValues;
  onChange: (patch: Partial<ExcerptFieldValues>) => void;
  publisherSourceId: string | null;
  /** The create form reads the date as typed; an open excerpt saves it on blur. */
  dateCommit: 'change' | 'blur';
}

export function ExcerptFields({ values, onChange, publisherSourceId, dateCommit }: ExcerptFieldsProps) {
  const tags = useCall('tags.list', {});
  return (
    <Stack gap="xs">
      <SourcePicker
        value={values.sourceId}
        publisherSourceId={publisherSourceId}
        onChange={(sourceId) => onChange({ sourceId })}
      />
      <CredibilityPicker value={values.credibility} onChange={(credibility) => onChange({ credibility })} />
      <EventDateInput value={values.eventDate} when={dateCommit} onCommit={(eventDate) => onChange({ eventDate })} />
      <TagsInput
        size="xs"
        label="Tags"
        placeholder="Type a tag, Enter"
        data={(tags.data?.items ?? []).map((t) => t.name)}
        value={values.tags}
        onChange={(next) => onChange({ tags: next })}
        clearable
      />
    </Stack>
  );
}
