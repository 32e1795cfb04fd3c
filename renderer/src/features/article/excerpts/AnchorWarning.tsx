// An excerpt that came from a teammate's slightly different copy of the article was placed by its
// quote (re-anchored) or could not be placed at all (orphaned); the analyst should check it.
import { Badge, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Excerpt } from '../../../../../shared/contract/schemas';

const HELP: Record<'reanchored' | 'orphaned', string> = {
  reanchored:
    'Placed by its quote in this copy of the article, whose text differs from the copy it was made on. Check that it still says what it should.',
  orphaned:
    'Its quote was not found in this copy of the article, so it is not highlighted. The quote is kept as recorded.',
};

export function AnchorWarning({ status }: { status: Excerpt['anchorStatus'] }) {
  if (status === 'ok') return null;
  return (
    <Tooltip label={HELP[status]} multiline w={280} withArrow>
      <Badge
        size="xs"
        color="orange"
        variant="light"
        leftSection={<IconAlertTriangle size={10} />}
        data-testid="anchor-warning"
      >
        {status === 'reanchored' ? 'Re-anchored' : 'Not found in text'}
      </Badge>
    </Tooltip>
  );
}
