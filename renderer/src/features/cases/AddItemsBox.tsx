import { Button, Group, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useAction } from '../../api/hooks';
import { showSuccess } from '../../ui/notify';
import { parseIdList } from './caseItems';

/** Adds articles, excerpts, sources or entities by id (the backend works out each id's kind). */
export function AddItemsBox({ caseId }: { caseId: string }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = useAction('cases.addItems', {
    onSuccess: () => {
      showSuccess('Added to the case.');
      setText('');
    },
  });
  function submit() {
    const { ids, invalid } = parseIdList(text);
    if (invalid.length) return setError(`Not an id: ${invalid.slice(0, 3).join(', ')}${invalid.length > 3 ? '…' : ''}`);
    if (!ids.length) return setError('Paste one or more ids of articles, excerpts, sources or entities.');
    setError(null);
    add.mutate({ id: caseId, itemIds: ids });
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Group align="flex-start" gap="xs">
        <Textarea
          size="xs"
          style={{ flex: 1 }}
          autosize
          minRows={1}
          maxRows={5}
          aria-label="Ids to add"
          placeholder="Add by id: paste article, excerpt, source or entity ids (Enter adds)"
          value={text}
          error={error}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <Button type="submit" size="xs" loading={add.isPending}>
          Add
        </Button>
      </Group>
    </form>
  );
}
