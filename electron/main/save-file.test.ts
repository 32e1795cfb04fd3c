// Save and reveal in the desktop app, outside Electron: the dialog's options per export kind, the
// path it answers, and what the main process relays to the backend (which writes the file:
// electron/backend/export/saveFile.test.ts). The stand-ins are Electron's dialog, shell and backend
// process, none of which can run here.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/contract/errors';
import { SAVE_KIND_NAMES } from '../../shared/contract/saveFile';
import { chosenSavePath, defaultFileName, hostMethods, saveDialogOptions, type SaveDialogRequest } from './save-file';

describe('the save dialog', () => {
  it('suggests the export’s own name in the folder, with its kind’s filter first', () => {
    expect(saveDialogOptions('stix', 'Border smuggling.stix.json', '/home/vk/Documents')).toEqual({
      title: 'Save STIX 2.1 bundle',
      buttonLabel: 'Save',
      defaultPath: path.join('/home/vk/Documents', 'Border smuggling.stix.json'),
      filters: [
        { name: 'STIX 2.1 bundle', extensions: ['json'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    expect(saveDialogOptions('caseFile', 'border.casefile.zip', '/d').filters[0]).toEqual({
      name: 'Casefile case file',
      extensions: ['zip'],
    });
    expect(saveDialogOptions('reportPdf', 'border-report.pdf', '/d').filters[0]?.extensions).toEqual(['pdf']);
  });

  it('has a filter for every kind, and an original’s filter is its own extension', () => {
    for (const kind of SAVE_KIND_NAMES) {
      const { filters } = saveDialogOptions(kind, 'a.txt', '/d');
      expect(filters.at(-1), kind).toEqual({ name: 'All files', extensions: ['*'] });
      expect(filters.length, kind).toBe(2);
    }
    expect(saveDialogOptions('original', 'page.HTML', '/d').filters[0]).toEqual({
      name: 'Original file',
      extensions: ['html'],
    });
    expect(saveDialogOptions('original', 'no-extension', '/d').filters).toEqual([
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('never lets the suggested name leave the folder or carry what a file system refuses', () => {
    expect(saveDialogOptions('csv', '../../etc/passwd', '/d').defaultPath).toBe(path.join('/d', 'passwd'));
    expect(defaultFileName('a:b*c?.csv', 'csv')).toBe('a_b_c_.csv');
    expect(defaultFileName('..', 'csv')).toBe('export.csv');
    expect(defaultFileName('C:\\Users\\x\\report.html', 'reportHtml')).toBe('report.html');
    expect(defaultFileName('...', 'original')).toBe('export');
  });

  it('accepts only a full path as the answer', () => {
    expect(chosenSavePath('/home/vk/Documents/a.csv')).toBe('/home/vk/Documents/a.csv');
    expect(chosenSavePath('/home/vk/x/../a.csv')).toBe('/home/vk/a.csv');
    expect(chosenSavePath('a.csv')).toBeNull();
    expect(chosenSavePath('')).toBeNull();
    expect(chosenSavePath(undefined)).toBeNull();
    expect(chosenSavePath('/tmp/a\0.csv')).toBeNull();
  });
});

function desktop(answers: (string | null)[], backendFails = false) {
  const asked: SaveDialogRequest[] = [];
  const revealed: string[] = [];
  const relayed: { method: string; input: unknown }[] = [];
  const invoke = hostMethods({
    showSaveDialog: async (request) => {
      asked.push(request);
      return answers.shift() ?? null;
    },
    showItemInFolder: (file) => revealed.push(file),
    call: async (method, input): Promise<Envelope<unknown>> => {
      relayed.push({ method, input });
      const file = (input as { path?: string }).path;
      if (backendFails) return { ok: false, error: { code: 'io_error', message: `Could not write ${file}: EROFS` } };
      return { ok: true, value: method === 'files.save' ? { path: file, size: 8 } : { schemaVersion: 9 } };
    },
    defaultDirectory: () => '/home/vk/Documents',
  });
  return { invoke, asked, revealed, relayed };
}

const csv = { kind: 'csv', fileName: 'excerpts.csv', bytesBase64: Buffer.from('a,b\n1,2\n').toString('base64') };

describe('files.save and files.reveal in the desktop app', () => {
  it('asks where, has the backend write there, then reveals that file (and only that)', async () => {
    const file = '/home/vk/Exports/chosen.csv';
    const { invoke, asked, revealed, relayed } = desktop([file]);
    expect(await invoke('files.save', csv)).toEqual({ ok: true, value: { path: file, size: 8 } });
    expect(asked[0]?.defaultPath).toBe(path.join('/home/vk/Documents', 'excerpts.csv'));
    expect(relayed).toEqual([{ method: 'files.save', input: { ...csv, path: file } }]);

    expect(await invoke('files.reveal', { path: file })).toEqual({ ok: true, value: { ok: true } });
    expect(revealed).toEqual([file]);
    expect(await invoke('files.reveal', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(revealed).toEqual([file]);
  });

  it('opens the next dialog where the last file was saved', async () => {
    const dir = '/media/usb/border';
    const { invoke, asked } = desktop([path.join(dir, 'one.csv'), null]);
    await invoke('files.save', csv);
    await invoke('files.save', { ...csv, fileName: 'two.csv' });
    expect(asked[1]?.defaultPath).toBe(path.join(dir, 'two.csv'));
  });

  it('passes on the backend’s refusal, and a file it did not write cannot be revealed', async () => {
    const file = '/media/cdrom/a.csv';
    const { invoke, revealed } = desktop([file], true);
    expect(await invoke('files.save', csv)).toMatchObject({ ok: false, error: { code: 'io_error' } });
    expect(await invoke('files.reveal', { path: file })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(revealed).toEqual([]);
  });

  it('writes nothing when the analyst cancels', async () => {
    const { invoke, relayed } = desktop([null]);
    expect(await invoke('files.save', csv)).toEqual({ ok: true, value: null });
    expect(relayed).toEqual([]);
  });

  it('refuses a path chosen by the window instead of the dialog, and a dialog answer that is not a full path', async () => {
    const { invoke, asked, relayed } = desktop(['relative.csv']);
    expect(await invoke('files.save', { ...csv, path: '/home/vk/.bashrc' })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(asked).toEqual([]);
    expect(await invoke('files.save', csv)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await invoke('files.save', { kind: 'nonsense' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(relayed).toEqual([]);
  });

  it('relays every other method to the backend', async () => {
    const { invoke, relayed } = desktop([]);
    expect(await invoke('library.info', {})).toEqual({ ok: true, value: { schemaVersion: 9 } });
    expect(relayed).toEqual([{ method: 'library.info', input: {} }]);
  });
});

describe('exports the backend writes itself (case files, PDF reports, WARCs) in the desktop app', () => {
  const caseId = '0b9b4c1e-8f0a-4c55-9d0c-1f1f1f1f1f1f';

  it('asks where first, then has the job write there: no bytes cross the window', async () => {
    const file = '/home/vk/Exports/border.casefile.zip';
    const { invoke, asked, relayed, revealed } = desktop([file]);
    const chosen = await invoke('files.chooseSaveTarget', { kind: 'caseFile', fileName: 'border.casefile.zip' });
    expect(chosen).toEqual({ ok: true, value: { target: expect.stringMatching(/^[0-9a-f-]{36}$/), path: file } });
    expect(asked[0]?.filters[0]).toEqual({ name: 'Casefile case file', extensions: ['zip'] });
    expect(relayed).toEqual([]); // choosing writes nothing

    const { target } = (chosen as { ok: true; value: { target: string } }).value;
    await invoke('cases.exportFile', { id: caseId, saveTarget: target });
    expect(relayed).toEqual([{ method: 'cases.exportFile', input: { id: caseId, path: file } }]);
    expect(await invoke('files.reveal', { path: file })).toEqual({ ok: true, value: { ok: true } });
    expect(revealed).toEqual([file]);

    // A target stands for one file, once.
    expect(await invoke('cases.reportPdf', { id: caseId, saveTarget: target })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/used already or never chosen/) },
    });
    expect(relayed).toHaveLength(1);
  });

  it('refuses a path the window names for any method that writes one, and an unknown target', async () => {
    const { invoke, relayed } = desktop([]);
    for (const method of ['cases.exportFile', 'cases.reportPdf', 'web.exportWarc']) {
      expect(await invoke(method, { id: caseId, path: '/home/vk/.bashrc' }), method).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
    }
    expect(
      await invoke('cases.exportFile', { id: caseId, saveTarget: '5d2c7a52-0000-4000-8000-000000000000' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(relayed).toEqual([]);
    // Without a target the job returns its bytes, as in the browser host.
    await invoke('cases.exportFile', { id: caseId });
    expect(relayed).toEqual([{ method: 'cases.exportFile', input: { id: caseId } }]);
  });

  it('hands out no target when the analyst cancels', async () => {
    const { invoke } = desktop([null]);
    expect(await invoke('files.chooseSaveTarget', { kind: 'reportPdf', fileName: 'border.pdf' })).toEqual({
      ok: true,
      value: null,
    });
  });
});
