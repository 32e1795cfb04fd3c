// `files.save` writes the bytes to the path the host chose (Electron's save dialog); without a path
// (a host that cannot ask) it refuses and writes nothing. `files.reveal` is the host's alone.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestBackend, tempDir } from '../testing/tempLibrary';

const bytes = Buffer.from('id,title\n1,Hyesan\n');

describe('files.save', () => {
  it('writes the bytes to the chosen path and says where and how much', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'sub', 'excerpts.csv');
    const backend = openTestBackend();
    const saved = await backend.call('files.save', {
      kind: 'csv',
      fileName: 'excerpts.csv',
      bytesBase64: bytes.toString('base64'),
      path: file,
    });
    expect(saved).toEqual({ path: file, size: bytes.length });
    expect(fs.readFileSync(file)).toEqual(bytes);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['excerpts.csv']); // no temporary file left
  });

  it('refuses without a path, or with a relative one, and writes nothing', async () => {
    const backend = openTestBackend();
    const input = { kind: 'csv', fileName: 'excerpts.csv', bytesBase64: bytes.toString('base64') } as const;
    expect(await backend.dispatch('files.save', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const relative = await backend.dispatch('files.save', { ...input, path: 'excerpts.csv' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fs.existsSync(path.resolve('excerpts.csv'))).toBe(false);
  });

  it('leaves revealing to the host', async () => {
    const backend = openTestBackend();
    expect(await backend.dispatch('files.reveal', { path: '/tmp/x.csv' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('desktop app') },
    });
  });
});
