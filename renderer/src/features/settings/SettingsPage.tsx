// Settings: who is working, which library is open and what it holds, and how the app looks.
import {
  Button,
  Group,
  Loader,
  Paper,
  ScrollArea,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  useMantineColorScheme,
} from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useAction, useCall } from '../../api/hooks';
import { CopyValue } from '../../ui/CopyValue';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatBytes, formatCount } from '../../ui/format';
import { showError, showSuccess } from '../../ui/notify';
import { AnalystForm } from './AnalystForm';
import { BackupsSection } from './BackupsSection';
import { LibrarySwitcher } from './LibrarySwitcher';
import { NetworkSettings } from './NetworkSettings';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Title order={5} mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function SettingsPage() {
  const info = useCall('library.info', {});
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const verify = useAction('library.verify', {
    onSuccess: (report) => {
      if (report.ok)
        showSuccess(
          'SQLite integrity, the schema’s guards, the audit chain, the stored state against the audit log and every original’s fingerprint check out.',
          'The library is intact',
        );
      else
        showError(
          new Error(
            report.checks
              .filter((c) => !c.ok)
              .flatMap((c) => c.problems)
              .slice(0, 5)
              .join('\n'),
          ),
          'The library has problems',
        );
    },
  });
  if (info.error) return <ErrorNotice error={info.error} title="The library’s details could not be read" />;
  if (!info.data) return <Loader size="sm" m="xl" />;
  const i = info.data;
  return (
    <ScrollArea h="100%" type="auto">
      <Stack p="md" gap="md" maw={900} data-testid="settings-page">
        <Title order={3}>Settings</Title>
        <Section title="Analyst">
          <Text fz="xs" c="dimmed" mb="xs">
            Recorded with every change in the library’s audit log and on every rating.
          </Text>
          <AnalystForm key={i.analyst ?? ''} current={i.analyst ?? ''} />
        </Section>
        <Section title="This library">
          <Table withRowBorders={false} data-testid="library-info">
            <Table.Tbody>
              <Row label="File">
                <CopyValue value={i.path} label="the library path" />
              </Row>
              <Row label="Size">{formatBytes(i.sizeBytes)}</Row>
              <Row label="Schema version">{i.schemaVersion}</Row>
              <Row label="Casefile version">{i.appVersion}</Row>
              <Row label="Audit head">
                {i.auditHead ? <CopyValue value={i.auditHead} label="the audit head" /> : 'No changes recorded yet'}
              </Row>
              <Row label="Contents">
                {formatCount(i.counts.articles)} articles · {formatCount(i.counts.excerpts)} excerpts ·{' '}
                {formatCount(i.counts.sources)} sources · {formatCount(i.counts.entities)} entities ·{' '}
                {formatCount(i.counts.cases)} cases
              </Row>
            </Table.Tbody>
          </Table>
          <Group mt="xs">
            <Button
              variant="default"
              leftSection={<IconShieldCheck size={14} />}
              onClick={() => verify.mutate({})}
              loading={verify.isPending}
            >
              Verify library
            </Button>
          </Group>
        </Section>
        <Section title="Backups">
          <BackupsSection />
        </Section>
        <Section title="Libraries">
          <LibrarySwitcher currentPath={i.path} />
        </Section>
        <Section title="Network for web captures">
          <NetworkSettings />
        </Section>
        <Section title="Appearance">
          <SimpleGrid cols={1}>
            <SegmentedControl
              size="xs"
              w={300}
              value={colorScheme}
              onChange={(v) => setColorScheme(v as 'light' | 'dark' | 'auto')}
              data={[
                { value: 'auto', label: 'Follow the system' },
                { value: 'light', label: 'Light' },
                { value: 'dark', label: 'Dark' },
              ]}
              data-testid="theme-choice"
            />
          </SimpleGrid>
        </Section>
      </Stack>
    </ScrollArea>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Td w={150} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Td>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
