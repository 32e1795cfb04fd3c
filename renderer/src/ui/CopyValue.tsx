// A value (a hash, a path) shown in full in a monospace font, with a copy button beside it.
import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

export function CopyValue({ value, label, testId }: { value: string; label: string; testId?: string }) {
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <Text ff="monospace" fz="xs" style={{ wordBreak: 'break-all' }} data-testid={testId}>
        {value}
      </Text>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : `Copy ${label}`} withArrow>
            <ActionIcon onClick={copy} color={copied ? 'teal' : 'gray'} aria-label={`Copy ${label}`}>
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
