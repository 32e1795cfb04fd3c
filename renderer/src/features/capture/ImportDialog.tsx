// Progress of a running import (done/total, current file, failures, Cancel) and, at the end, what
// happened to every file: imported, already in the library, or failed and why.
import { Anchor, Button, Group, List, Modal, Progress, ScrollArea, Stack, Text, Title } from '@mantine/core';
import type { ImportResult } from '../../../../shared/contract/schemas';
import { href } from '../../app/route';
import { cancelImport, dismissImport, useImportState } from '../../ui/import/importStore';
import { articleLabel } from '../../../../shared/domain/untitled';

export function ImportDialog() {
  const state = useImportState();
  if (state.status === 'idle') return null;
  const finished = state.status === 'finished';
  return (
    <Modal
      opened
      onClose={finished ? dismissImport : () => undefined}
      withCloseButton={finished}
      closeOnClickOutside={finished}
      closeOnEscape={finished}
      title={finished ? (state.cancelled ? 'Import cancelled' : 'Import finished') : 'Importing files…'}
      size="lg"
      data-testid="import-dialog"
    >
      {state.status === 'reading' && <Text fz="sm">Reading {state.total} file(s)…</Text>}
      {state.status === 'running' && (
        <Stack gap="xs">
          <Progress value={state.total ? (100 * state.done) / state.total : 0} animated aria-label="Import progress" />
          <Group justify="space-between">
            <Text fz="sm" data-testid="import-count">
              {state.done} of {state.total}
              {state.failures ? ` · ${state.failures} failed` : ''}
            </Text>
            <Button color="red" variant="light" onClick={cancelImport} loading={state.cancelling}>
              Cancel
            </Button>
          </Group>
          <Text fz="xs" c="dimmed" truncate="start">
            {state.current || ' '}
          </Text>
        </Stack>
      )}
      {finished && <ImportSummary result={state.result} fileNames={state.fileNames} />}
    </Modal>
  );
}

function ImportSummary({ result, fileNames }: { result: ImportResult; fileNames: ReadonlyMap<string, string> }) {
  return (
    <Stack gap="sm" data-testid="import-summary">
      <Text fz="sm">
        {result.imported.length} imported · {result.duplicates.length} already in the library · {result.failed.length}{' '}
        failed
      </Text>
      <ScrollArea.Autosize mah={360}>
        <Stack gap="sm">
          {result.imported.length > 0 && (
            <Section title="Imported">
              {result.imported.map((a) => (
                <List.Item key={a.id}>
                  <Anchor href={href({ screen: 'article', id: a.id })} onClick={dismissImport}>
                    {articleLabel(a.title, fileNames.get(a.sha256))}
                  </Anchor>
                  {a.title && fileNames.get(a.sha256) ? ` (${fileNames.get(a.sha256)})` : ''}
                </List.Item>
              ))}
            </Section>
          )}
          {result.duplicates.length > 0 && (
            <Section title="Already in the library (not imported again)">
              {result.duplicates.map((d) => (
                <List.Item key={`${d.path}-${d.id}`}>
                  {d.path} is already in the library as{' '}
                  <Anchor href={href({ screen: 'article', id: d.id })} onClick={dismissImport}>
                    “{articleLabel(d.title)}”
                  </Anchor>
                </List.Item>
              ))}
            </Section>
          )}
          {result.failed.length > 0 && (
            <Section title="Failed">
              {result.failed.map((f, i) => (
                <List.Item key={`${f.path}-${i}`}>
                  <Text span fw={600} fz="xs">
                    {f.path}
                  </Text>
                  : {f.error}
                </List.Item>
              ))}
            </Section>
          )}
        </Stack>
      </ScrollArea.Autosize>
      <Group justify="flex-end">
        <Button onClick={dismissImport}>Close</Button>
      </Group>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div>
      <Title order={6} mb={4}>
        {title}
      </Title>
      <List size="xs" spacing={2}>
        {children}
      </List>
    </div>
  );
}
