// Both ways an export is saved, decided by the host's capabilities: the desktop app's native save
// (files.save, or a save target an export job writes to, then "Show in folder") and the browser
// host's download.
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './bytes';
import { revealablePath, saveFile, saveJobExport, type SaveHost } from './saveFile';

function host(capabilities: SaveHost['capabilities'], answer: { path: string; size: number } | null = null) {
  const natively: Parameters<SaveHost['saveNatively']>[0][] = [];
  const chosen: Parameters<SaveHost['chooseTarget']>[0][] = [];
  const downloads: { bytes: Uint8Array; fileName: string }[] = [];
  const target: SaveHost = {
    capabilities,
    saveNatively: async (input) => (natively.push(input), answer),
    chooseTarget: async (input) => (chosen.push(input), answer && { target: 'target-1', path: answer.path }),
    download: (bytes, fileName) => downloads.push({ bytes, fileName }),
  };
  return { target, natively, chosen, downloads };
}

const desktop = { nativeDialogs: true, revealInFolder: true };
const browser = { nativeDialogs: false, revealInFolder: false };

describe('saving an export', () => {
  it('downloads in the browser host, and never asks for a save dialog', async () => {
    const { target, natively, downloads } = host(browser);
    const outcome = await saveFile(target, 'id,quote\n1,혜산\n', 'excerpts.csv', 'csv');
    expect(outcome).toEqual({ how: 'downloaded', fileName: 'excerpts.csv' });
    expect(natively).toEqual([]);
    expect(downloads).toHaveLength(1);
    expect(new TextDecoder().decode(downloads[0]!.bytes)).toBe('id,quote\n1,혜산\n');
    expect(revealablePath(outcome, browser)).toBeNull();
  });

  it('saves through the host’s dialog in the desktop app, with the bytes, name and kind', async () => {
    const { target, natively, downloads } = host(desktop, { path: '/home/vk/Documents/border.pdf', size: 4 });
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    const outcome = await saveFile(target, bytes, 'border.pdf', 'reportPdf');
    expect(outcome).toEqual({ how: 'saved', path: '/home/vk/Documents/border.pdf', size: 4 });
    expect(downloads).toEqual([]);
    expect(natively).toEqual([{ kind: 'reportPdf', fileName: 'border.pdf', bytesBase64: 'JVBERg==' }]);
    expect(revealablePath(outcome, desktop)).toBe('/home/vk/Documents/border.pdf');
  });

  it('reports a cancelled dialog, with nothing downloaded and nothing to reveal', async () => {
    const { target, downloads } = host(desktop, null);
    const outcome = await saveFile(target, '{}', 'stix.json', 'stix');
    expect(outcome).toEqual({ how: 'cancelled' });
    expect(downloads).toEqual([]);
    expect(revealablePath(outcome, desktop)).toBeNull();
  });

  it('offers "Show in folder" only where the host can reveal', async () => {
    const { target } = host({ nativeDialogs: true, revealInFolder: false }, { path: '/x/a.csv', size: 1 });
    const outcome = await saveFile(target, 'a', 'a.csv', 'csv');
    expect(revealablePath(outcome, { nativeDialogs: true, revealInFolder: false })).toBeNull();
  });

  it('carries large binary exports through base64 unchanged', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const decoded = base64ToBytes(bytesToBase64(bytes));
    expect(decoded.length).toBe(bytes.length);
    expect(decoded.every((value, i) => value === bytes[i])).toBe(true);
  });
});

describe('saving an export the backend makes as a job', () => {
  const zip = { path: null, bytesBase64: 'UEsDBA==', size: 4 };

  it('in the browser host, runs the job without a target and downloads its bytes', async () => {
    const { target, chosen, downloads } = host(browser);
    const targets: (string | undefined)[] = [];
    const outcome = await saveJobExport(target, 'border.casefile.zip', 'caseFile', async (saveTarget) => {
      targets.push(saveTarget);
      return zip;
    });
    expect(outcome).toEqual({ how: 'downloaded', fileName: 'border.casefile.zip' });
    expect(targets).toEqual([undefined]);
    expect(chosen).toEqual([]);
    expect([...downloads[0]!.bytes]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('in the desktop app, asks where first and has the job write there: no bytes in the window', async () => {
    const file = '/home/vk/Documents/border.casefile.zip';
    const { target, chosen, downloads } = host(desktop, { path: file, size: 0 });
    const targets: (string | undefined)[] = [];
    const outcome = await saveJobExport(target, 'border.casefile.zip', 'caseFile', async (saveTarget) => {
      targets.push(saveTarget);
      return { path: file, bytesBase64: null, size: 2048 };
    });
    expect(chosen).toEqual([{ kind: 'caseFile', fileName: 'border.casefile.zip' }]);
    expect(targets).toEqual(['target-1']);
    expect(outcome).toEqual({ how: 'saved', path: file, size: 2048 });
    expect(downloads).toEqual([]);
    expect(revealablePath(outcome, desktop)).toBe(file);
  });

  it('runs no job when the dialog is cancelled, and reports a cancelled job as cancelled', async () => {
    const { target } = host(desktop, null);
    let ran = false;
    const outcome = await saveJobExport(target, 'r.pdf', 'reportPdf', async () => ((ran = true), zip));
    expect(outcome).toEqual({ how: 'cancelled' });
    expect(ran).toBe(false);
    const { target: browserHost, downloads } = host(browser);
    expect(await saveJobExport(browserHost, 'r.pdf', 'reportPdf', async () => null)).toEqual({ how: 'cancelled' });
    expect(downloads).toEqual([]);
  });
});
