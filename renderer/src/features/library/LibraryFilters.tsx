// Filter inputs for the Library. Text filters apply as the analyst types (debounced); the date
// bounds accept the same partial dates as everywhere else ("2020", "March 2020").
import { ActionIcon, Group, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { parsePublished } from '../../ui/metadata/metadataDraft';
import { ReliabilityFilterSelect } from '../../ui/grades/ReliabilityFilterSelect';
import type { ArticleQuery } from './articleQuery';

type FilterKey = 'text' | 'publisher' | 'language' | 'publishedFrom' | 'publishedTo';

export function LibraryFilters({
  query,
  onChange,
}: {
  query: ArticleQuery;
  onChange: (patch: Partial<ArticleQuery>) => void;
}) {
  const [typed, setTyped] = useState<Record<FilterKey, string>>({
    text: query.text,
    publisher: query.publisher,
    language: query.language,
    publishedFrom: query.publishedFrom,
    publishedTo: query.publishedTo,
  });
  const apply = useDebouncedCallback((patch: Partial<ArticleQuery>) => onChange(patch), 250);

  const dateError = (key: 'publishedFrom' | 'publishedTo') => {
    const parsed = parsePublished(typed[key]);
    return 'error' in parsed ? 'Not a date' : undefined;
  };
  const update = (key: FilterKey, value: string) => {
    setTyped((t) => ({ ...t, [key]: value }));
    if (key === 'publishedFrom' || key === 'publishedTo') {
      const parsed = parsePublished(value);
      if ('error' in parsed) return;
      apply({ [key]: parsed.value });
    } else {
      apply({ [key]: value.trim() });
    }
  };
  const clear = () => {
    setTyped({ text: '', publisher: '', language: '', publishedFrom: '', publishedTo: '' });
    onChange({ text: '', publisher: '', language: '', publishedFrom: '', publishedTo: '', reliability: 'any' });
  };
  const any = Object.values(typed).some((v) => v.trim()) || query.reliability !== 'any';

  return (
    <Group gap="xs" wrap="wrap" data-testid="library-filters">
      <TextInput
        placeholder="Filter by title or publisher"
        aria-label="Filter by title or publisher"
        leftSection={<IconSearch size={14} />}
        value={typed.text}
        onChange={(e) => update('text', e.currentTarget.value)}
        w={240}
        data-shortcut="search"
      />
      <TextInput
        placeholder="Publisher"
        aria-label="Publisher"
        value={typed.publisher}
        onChange={(e) => update('publisher', e.currentTarget.value)}
        w={140}
      />
      <TextInput
        placeholder="Language"
        aria-label="Language"
        value={typed.language}
        onChange={(e) => update('language', e.currentTarget.value)}
        w={90}
      />
      <TextInput
        placeholder="Published from"
        aria-label="Published from"
        value={typed.publishedFrom}
        error={dateError('publishedFrom')}
        onChange={(e) => update('publishedFrom', e.currentTarget.value)}
        w={130}
      />
      <TextInput
        placeholder="Published to"
        aria-label="Published to"
        value={typed.publishedTo}
        error={dateError('publishedTo')}
        onChange={(e) => update('publishedTo', e.currentTarget.value)}
        w={130}
      />
      <ReliabilityFilterSelect
        value={query.reliability}
        onChange={(reliability) => onChange({ reliability })}
        w={230}
        size="sm"
      />
      {any && (
        <Tooltip label="Clear filters">
          <ActionIcon onClick={clear} aria-label="Clear filters" color="gray">
            <IconFilterOff size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
