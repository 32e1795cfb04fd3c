// An event date as the analyst writes it ("2020-03-06", "March 2020", "early February 2020"), read
// with the shared partial-date rules; what it was read as, or why it could not be, shows inline.
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatPartialDate, parsePartialDate, type PartialDate } from '../../../../../shared/domain/partialDate';

const NONE: PartialDate = { value: '', qualifier: '' };

function read(text: string): { date: PartialDate } | { error: string } {
  if (!text.trim()) return { date: NONE };
  try {
    return { date: parsePartialDate(text) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

interface EventDateInputProps {
  value: PartialDate;
  /** A readable date (or none); `when: 'change'` reports on every keystroke, else on blur and Enter. */
  onCommit: (date: PartialDate) => void;
  when?: 'change' | 'blur';
}

export function EventDateInput({ value, onCommit, when = 'blur' }: EventDateInputProps) {
  const [text, setText] = useState(() => formatPartialDate(value));
  const result = read(text);
  const commit = () => {
    if ('date' in result && (result.date.value !== value.value || result.date.qualifier !== value.qualifier))
      onCommit(result.date);
  };
  return (
    <TextInput
      size="xs"
      label="Event date"
      placeholder="2020-03-06, March 2020, early February 2020"
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const parsed = read(next);
        if (when === 'change' && 'date' in parsed) onCommit(parsed.date);
      }}
      onBlur={commit}
      onKeyDown={(event) => event.key === 'Enter' && commit()}
      error={'error' in result ? result.error : undefined}
      description={
        'date' in result && result.date.value
          ? `Read as: ${formatPartialDate(result.date)}`
          : 'When it happened, as precisely as the text says'
      }
    />
  );
}
