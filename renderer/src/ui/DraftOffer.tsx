// "You had typed more than was saved": shown where a kept draft (ui/drafts) belongs, with Restore
// and Discard. Nothing is restored silently: the analyst sees what came back.
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';

export function DraftOffer({
  at,
  what,
  onRestore,
  onDiscard,
}: {
  at: string;
  what: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const when = new Date(at).toLocaleString();
  return (
    <Alert color="yellow" icon={<IconRestore size={16} />} p="xs" data-testid="draft-offer">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm">
          {what} you had not saved yet was kept ({when}).
        </Text>
        <Group gap={6} wrap="nowrap">
          <Button size="compact-sm" onClick={onRestore}>
            Restore
          </Button>
          <Button size="compact-sm" variant="default" onClick={onDiscard}>
            Discard
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
