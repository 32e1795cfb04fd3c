// Every contract method refuses bad input with invalid_input, and the library file is untouched.
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract/methods';
import { librarySnapshot, openTestBackend, SEED_TEXT, tempLibraryPath } from './testing/tempLibrary';

describe('the contract boundary', () => {
  it('answers every method given invalid input with invalid_input and changes nothing', async () => {
    const path = tempLibraryPath();
    const backend = openTestBackend(path);
    await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Seed' });
    backend.library.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = librarySnapshot(path);
    for (const method of METHOD_NAMES) {
      for (const input of [42, 'text', [], { __unknown_field__: true }]) {
        const envelope = await backend.dispatch(method, input);
        expect(envelope.ok, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
        if (!envelope.ok) {
          expect(envelope.error.code, method).toBe('invalid_input');
          expect(envelope.error.message).toContain(method);
        }
      }
    }
    expect(librarySnapshot(path)).toBe(before);
  });

  it('refuses unknown methods by name', async () => {
    const backend = openTestBackend();
    const envelope = await backend.dispatch('articles.dropAll', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await backend.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('says which field was wrong', async () => {
    const backend = openTestBackend();
    const envelope = await backend.dispatch('sources.rate', {
      id: crypto.randomUUID(),
      reliability: 'A',
      rationale: '  ',
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('rationale') },
    });
  });

  it('requires an analyst before any change and says how to set one', async () => {
    const backend = openTestBackend(tempLibraryPath(), null as unknown as string);
    const envelope = await backend.dispatch('cases.create', { title: 'x' });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('analyst') },
    });
    await backend.call('settings.setAnalyst', { name: 'Violet' });
    expect((await backend.call('cases.create', { title: 'x' })).title).toBe('x');
    expect((await backend.call('library.info', {})).analyst).toBe('Violet');
  });
});
