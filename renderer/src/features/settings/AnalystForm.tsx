// The analyst's name, recorded with every change in the audit log and on every rating.
import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useAction } from '../../api/hooks';
import { showSuccess } from '../../ui/notify';

export function AnalystForm({
  current,
  onSaved,
  submitLabel = 'Save',
}: {
  current: string;
  onSaved?: () => void;
  submitLabel?: string;
}) {
  const [name, setName] = useState(current);
  const [error, setError] = useState<string>();
  const save = useAction('settings.setAnalyst', {
    onSuccess: () => {
      showSuccess(`Changes are now recorded as made by ${name.trim()}.`, 'Analyst name saved');
      onSaved?.();
    },
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setError('Enter your name: every change records who made it.');
      return;
    }
    setError(undefined);
    save.mutate({ name: name.trim() });
  };
  return (
    <form onSubmit={submit}>
      <Group align="flex-start" gap="xs">
        <TextInput
          label="Analyst name"
          placeholder="Your name or initials"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error}
          w={280}
          data-autofocus
          data-testid="analyst-name"
        />
        <Button type="submit" mt={20} loading={save.isPending} disabled={Boolean(current) && name.trim() === current}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}
