// Every export in the app is saved through here (saveFile.ts decides how, by the host): a download
// in the browser host; in the desktop app the native save dialog, then a notice that offers "Show
// in folder" where the host can reveal files.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { SaveKind } from '../../../shared/contract/saveFile';
import { api } from '../api/client';
import { downloadBytes } from './download';
import { showError } from './notify';
import {
  revealablePath,
  saveFile,
  saveJobExport,
  type JobExport,
  type SaveContent,
  type SaveHost,
  type SaveOutcome,
} from './saveFile';

const host: SaveHost = {
  capabilities: api.capabilities,
  saveNatively: (input) => api.call('files.save', input),
  chooseTarget: (input) => api.call('files.chooseSaveTarget', input),
  download: downloadBytes,
};

let notices = 0;

function SavedNotice({ path, revealable, id }: { path: string; revealable: boolean; id: string }) {
  const reveal = () => {
    api.call('files.reveal', { path }).then(
      () => notifications.hide(id),
      (error: unknown) => showError(error, 'Could not show the file'),
    );
  };
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Text size="sm" style={{ overflowWrap: 'anywhere', flex: 1 }} data-testid="saved-path">
        {path}
      </Text>
      {revealable && (
        <Button size="compact-xs" variant="light" onClick={reveal} style={{ flexShrink: 0 }} data-testid="reveal-file">
          Show in folder
        </Button>
      )}
    </Group>
  );
}

/**
 * Saves an export (text as UTF-8, or bytes) as `fileName`. Resolves with what happened, or null when
 * it failed (the analyst has been told why).
 */
export async function saveExport(content: SaveContent, fileName: string, kind: SaveKind): Promise<SaveOutcome | null> {
  return announce(() => saveFile(host, content, fileName, kind), fileName);
}

/**
 * Saves an export the backend makes as a job (saveFile.ts `saveJobExport`): `run` starts the job
 * with the save target the desktop app's dialog gave, or none. Resolves as saveExport does.
 */
export async function saveJobOutput(
  fileName: string,
  kind: SaveKind,
  run: (saveTarget: string | undefined) => Promise<JobExport | null>,
): Promise<SaveOutcome | null> {
  return announce(() => saveJobExport(host, fileName, kind, run), fileName);
}

/** Runs a save, shows where a saved file went (with "Show in folder"), or why it failed. */
async function announce(save: () => Promise<SaveOutcome>, fileName: string): Promise<SaveOutcome | null> {
  try {
    const outcome = await save();
    if (outcome.how === 'saved') {
      const id = `saved-${++notices}`;
      const revealable = revealablePath(outcome, host.capabilities) !== null;
      notifications.show({
        id,
        color: 'green',
        title: 'Saved',
        message: <SavedNotice id={id} path={outcome.path} revealable={revealable} />,
        autoClose: 8000,
      });
    }
    return outcome;
  } catch (error) {
    showError(error, `${fileName} was not saved`);
    return null;
  }
}
