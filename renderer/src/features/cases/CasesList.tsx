import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconArchive,
  IconArchiveOff,
  IconBriefcase,
  IconFileImport,
  IconGitMerge,
  IconPlus,
} from '@tabler/icons-react';
import type { Case } from '../../../../shared/contract/schemas';
import { useState } from 'react';
import { useAction, useCall } from '../../api/hooks';
import { href, navigate } from '../../app/route';
import { showSuccess } from '../../ui/notify';
import { formatDateTime } from '../../ui/format';
import { useCaseDrop } from '../../ui/addToCase';
import { pickCaseFileToImport } from './exchange/caseExchange';
import { QueryStatus } from '../../ui/QueryStatus';

function NewCaseForm() {
  const [title, setTitle] = useState('');
  const create = useAction('cases.create', {
    onSuccess: (c) => {
      showSuccess(`Case “${c.title}” created.`);
      setTitle('');
      navigate({ screen: 'cases', id: c.id });
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim()) create.mutate({ title: title.trim() });
      }}
    >
      <Group gap="xs">
        <TextInput
          size="xs"
          w={360}
          aria-label="New case title"
          placeholder="New case title"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <Button
          type="submit"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={!title.trim()}
          loading={create.isPending}
        >
          Create case
        </Button>
      </Group>
    </form>
  );
}

/** A case in the list; rows dragged from any table can be dropped on it to add them. */
function CaseRow({ c }: { c: Case }) {
  const update = useAction('cases.update');
  const { over, dropProps } = useCaseDrop(c.id, c.title);
  return (
    <Table.Tr {...dropProps} bg={over ? 'var(--mantine-primary-color-light)' : undefined} data-testid="case-row">
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Anchor href={href({ screen: 'cases', id: c.id })} size="sm" fw={500}>
            {c.title}
          </Anchor>
          {c.archived && (
            <Badge size="xs" color="gray" variant="outline">
              archived
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>{c.items.length}</Table.Td>
      <Table.Td>
        <Text size="xs">{formatDateTime(c.updatedAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Tooltip label={c.archived ? 'Unarchive' : 'Archive'}>
          <ActionIcon
            size="sm"
            variant="subtle"
            color="gray"
            aria-label={`${c.archived ? 'Unarchive' : 'Archive'} ${c.title}`}
            onClick={() => update.mutate({ id: c.id, archived: !c.archived })}
          >
            {c.archived ? <IconArchiveOff size={14} /> : <IconArchive size={14} />}
          </ActionIcon>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}

export function CasesList() {
  const [showArchived, setShowArchived] = useState(false);
  const list = useCall('cases.list', { includeArchived: showArchived });
  const conflicts = useCall('conflicts.list', {});
  const open = conflicts.data?.items.length ?? 0;

  return (
    <Stack gap="sm" p="md" maw={960}>
      <Group justify="space-between">
        <Title order={3}>Cases</Title>
        <Group gap="sm">
          {open > 0 && (
            <Button
              size="xs"
              variant="light"
              color="orange"
              leftSection={<IconGitMerge size={14} />}
              component="a"
              href={href({ screen: 'conflicts' })}
            >
              {open} conflict(s) to resolve
            </Button>
          )}
          <Button size="xs" variant="default" leftSection={<IconFileImport size={14} />} onClick={pickCaseFileToImport}>
            Import case file…
          </Button>
          <Switch
            size="xs"
            label="Show archived"
            checked={showArchived}
            onChange={(e) => setShowArchived(e.currentTarget.checked)}
          />
        </Group>
      </Group>
      <NewCaseForm />
      <Text size="xs" c="dimmed">
        Drop a teammate’s case file (.zip) anywhere here to import it; drag rows from the Library, Excerpts, Sources or
        Search onto a case to add them.
      </Text>
      {!list.isSuccess ? (
        <QueryStatus query={list} what="the cases" />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          icon={<IconBriefcase size={28} />}
          title={showArchived ? 'No cases yet' : 'No open cases'}
          description="Type a title above and press Enter to start a case, then add the articles, excerpts, sources and entities that belong to it."
        />
      ) : (
        <Table highlightOnHover verticalSpacing={4} horizontalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Title</Table.Th>
              <Table.Th w={70}>Items</Table.Th>
              <Table.Th w={170}>Updated</Table.Th>
              <Table.Th w={50} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((c) => (
              <CaseRow key={c.id} c={c} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
