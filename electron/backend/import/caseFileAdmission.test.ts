// Hostile case files that older versions accepted, and that changed the library: each is now
// refused before anything is written, with a message that says what was wrong, and the library
// stays byte-identical.
import { strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditRecord, Manifest } from '../../../shared/contract/caseFile';
import type { Backend } from '../backend';
import { auditRowHash } from '../services/audit';
import { sha256Hex } from '../services/hash';
import { librarySnapshot, openTestBackend, SEED_TEXT, tempDir, tempLibraryPath } from '../testing/tempLibrary';
import { CASE_FILE_ADMISSION } from '../../../shared/contract/limits';

async function job<T>(backend: Backend, started: Promise<{ jobId: string }>): Promise<T> {
  const state = await backend.jobs.wait((await started).jobId);
  if (state.status !== 'done') throw new Error(`${state.status}: ${state.error?.message}`);
  return state.result as T;
}

type Files = Record<string, Uint8Array>;
const decode = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes));
const encode = (value: unknown) => strToU8(JSON.stringify(value));

/** Alice's case as a file; Bob's library with one article and one entity of his own. */
async function setup() {
  const alice = openTestBackend(tempLibraryPath(), 'Alice');
  const { article } = await alice.call('articles.createFromText', {
    text: SEED_TEXT,
    title: 'Masks',
    publisher: 'Daily NK',
  });
  await alice.call('sources.rate', { id: article.publisherSourceId!, reliability: 'B', rationale: 'long record' });
  const excerpt = await alice.call('excerpts.create', {
    articleId: article.id,
    quote: 'they were sterilized immediately',
    credibility: 3,
  });
  const entity = await alice.call('entities.create', { name: 'Hyesan', type: 'location' });
  const theCase = await alice.call('cases.create', { title: 'Border' });
  await alice.call('cases.addItems', { id: theCase.id, itemIds: [article.id, excerpt.id, entity.id] });
  const good = Buffer.from(
    (await job<{ bytesBase64: string }>(alice, alice.call('cases.exportFile', { id: theCase.id }))).bytesBase64,
    'base64',
  );
  const bobPath = tempLibraryPath();
  const bob = openTestBackend(bobPath, 'Bob');
  await bob.call('articles.createFromText', { text: 'Bob’s own article.' });
  const bobsEntity = await bob.call('entities.create', { name: 'Sinuiju', type: 'location' });
  bob.library.db.pragma('wal_checkpoint(TRUNCATE)');
  return {
    good,
    bob,
    bobPath,
    before: librarySnapshot(bobPath),
    ids: { article: article.id, excerpt: excerpt.id, entity: entity.id, caseId: theCase.id, bobsEntity: bobsEntity.id },
  };
}

/** Unpacks, lets the test change entries, and repacks with a manifest that matches (as a forger would). */
function repack(bytes: Uint8Array, change: (files: Files) => void): Uint8Array {
  const files = unzipSync(bytes);
  const manifest = decode(files['manifest.json']!) as Manifest;
  delete files['manifest.json'];
  change(files);
  manifest.entries = Object.keys(files)
    .sort()
    .map((p) => ({ path: p, sha256: sha256Hex(files[p]!), size: files[p]!.byteLength }));
  return zipSync({ ...files, 'manifest.json': encode(manifest) });
}

function editRecord(files: Files, prefix: string, edit: (record: Record<string, unknown>) => void): void {
  const name = Object.keys(files).find((f) => f.startsWith(prefix))!;
  const record = decode(files[name]!);
  edit(record);
  files[name] = encode(record);
}

/** A ZIP with two entries of the same name, which fflate's zipSync cannot write. */
function withDuplicateEntry(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const add = (name: string, data: Uint8Array) => {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(data, true);
  };
  for (const [name, data] of Object.entries(files)) add(name, data);
  add('case.json', files['case.json']!);
  zip.end();
  return Buffer.concat(chunks);
}

const CASES: [string, (good: Uint8Array, ids: Awaited<ReturnType<typeof setup>>['ids']) => Uint8Array, RegExp][] = [
  [
    'many highly compressed originals (200 × 1 MB at ~1,000:1)',
    (good) => {
      const files = unzipSync(good);
      const manifest = decode(files['manifest.json']!) as Manifest;
      const chunks: Uint8Array[] = [];
      const zip = new Zip((error, chunk) => {
        if (error) throw error;
        chunks.push(chunk);
      });
      const all: Files = { ...files };
      delete all['manifest.json'];
      for (let i = 0; i < 200; i++) {
        const data = new Uint8Array(1024 * 1024);
        data[0] = i;
        all[`originals/${sha256Hex(data)}`] = data;
      }
      manifest.entries = Object.keys(all)
        .sort()
        .map((p) => ({ path: p, sha256: sha256Hex(all[p]!), size: all[p]!.byteLength }));
      for (const [name, data] of Object.entries({ ...all, 'manifest.json': encode(manifest) })) {
        const entry = new ZipDeflate(name, { level: 9 });
        zip.add(entry);
        entry.push(data, true);
      }
      zip.end();
      return Buffer.concat(chunks);
    },
    /expands \d+-fold, which only zip bombs do/,
  ],
  [
    'an original no record refers to',
    (good) =>
      repack(good, (files) => {
        const data = randomBytes(100_000);
        files[`originals/${sha256Hex(data)}`] = data;
      }),
    /the original [0-9a-f]{64} is not the original of any article, nor a web capture’s WARC or snapshot, in the file/,
  ],
  ['two entries with one name', (good) => withDuplicateEntry(good), /the entry "case\.json" occurs twice/],
  [
    'one id for an article and an entity',
    (good, ids) =>
      repack(good, (files) => {
        const name = Object.keys(files).find((f) => f.startsWith('entities/'))!;
        const record = decode(files[name]!);
        delete files[name];
        record.id = ids.article;
        files[`entities/${ids.article}.json`] = encode(record);
      }),
    /the id [0-9a-f-]+ names both an article and an entity; ids must name one thing/,
  ],
  [
    'an id that is another kind in this library',
    (good, ids) =>
      repack(good, (files) => {
        const name = Object.keys(files).find((f) => f.startsWith('sources/'))!;
        const record = decode(files[name]!);
        const oldId = record.id as string;
        for (const [p, data] of Object.entries(files)) {
          if (p.endsWith('.json')) files[p] = strToU8(new TextDecoder().decode(data).replaceAll(oldId, ids.bobsEntity));
        }
        delete files[name];
        files[`sources/${ids.bobsEntity}.json`] =
          files[`sources/${ids.bobsEntity}.json`] ?? encode({ ...record, id: ids.bobsEntity });
      }),
    /is a source in the file but an entity in this library/,
  ],
  [
    'a case item pointing at a missing excerpt',
    (good) =>
      repack(good, (files) => {
        editRecord(files, 'case.json', (c) =>
          (c.items as unknown[]).push({
            itemId: randomUUID(),
            kind: 'excerpt',
            addedAt: '2020-01-01T00:00:00.000Z',
            addedBy: 'x',
          }),
        );
      }),
    /the case's item list points to the excerpt [0-9a-f-]+, which is neither in the file nor in this library/,
  ],
  [
    'an excerpt pointing at a missing source',
    (good) =>
      repack(good, (files) => {
        editRecord(files, 'excerpts/', (e) => {
          e.sourceId = randomUUID();
        });
      }),
    /excerpt [0-9a-f-]+ points to the source [0-9a-f-]+, which is neither in the file nor in this library/,
  ],
  [
    'a record stored under another id',
    (good) =>
      repack(good, (files) => {
        const name = Object.keys(files).find((f) => f.startsWith('entities/'))!;
        files[`entities/${randomUUID()}.json`] = files[name]!;
        delete files[name];
      }),
    /holds the record [0-9a-f-]+, which belongs at "entities\/[0-9a-f-]+\.json"/,
  ],
  [
    'a forged audit.json entry',
    (good) =>
      repack(good, (files) => {
        const audit = decode(files['audit.json']!) as AuditRecord[];
        audit[0]!.analyst = 'Mallory';
        files['audit.json'] = encode(audit);
      }),
    /audit\.json entry \d+ \([a-z.]+\) does not match its own hash: it was altered or forged/,
  ],
  [
    'an audit entry about something the file does not hold',
    (good) =>
      repack(good, (files) => {
        const audit = decode(files['audit.json']!) as AuditRecord[];
        const forged = { ...audit[0]!, object_id: randomUUID() };
        forged.hash = auditRowHash(forged);
        files['audit.json'] = encode([...audit, forged]);
      }),
    /audit\.json entry \d+ \([a-z.]+\) is about [0-9a-f-]+, which the file does not contain/,
  ],
  [
    'a text field far over its bound',
    (good) =>
      repack(good, (files) => {
        editRecord(files, 'entities/', (e) => {
          e.name = randomBytes(CASE_FILE_ADMISSION.maxFieldChars)
            .toString('base64')
            .slice(0, CASE_FILE_ADMISSION.maxFieldChars + 1);
        });
      }),
    /entity [0-9a-f-]+: the field "name" is 100001 characters long, over its limit of 100000/,
  ],
];

describe('case-file import admits only what it can explain', () => {
  // The largest case inflates 200 MB: 78 s on a loaded two-core machine, over the default bound.
  it.each(CASES)(
    'refuses %s, leaving the library byte-identical',
    async (_name, make, message) => {
      const { good, bob, bobPath, before, ids } = await setup();
      const started = await bob.call('cases.importFile', {
        bytesBase64: Buffer.from(make(good, ids)).toString('base64'),
      });
      const state = await bob.jobs.wait(started.jobId);
      expect(state.status).toBe('failed');
      expect(state.error?.message).toMatch(/^This case file was refused and nothing was imported: /);
      expect(state.error?.message).toMatch(message);
      bob.library.db.pragma('wal_checkpoint(TRUNCATE)');
      expect(librarySnapshot(bobPath)).toBe(before);
    },
    240_000,
  );

  it('states the library-wide quota for one import', async () => {
    const { good, bob, bobPath, before } = await setup();
    const quota = CASE_FILE_ADMISSION.importQuotaBytes;
    CASE_FILE_ADMISSION.importQuotaBytes = 1000;
    try {
      const state = await bob.jobs.wait(
        (await bob.call('cases.importFile', { bytesBase64: good.toString('base64') })).jobId,
      );
      expect(state.error?.message).toMatch(
        /it would add \d+ bytes of originals, over the 1000-byte quota for one import/,
      );
    } finally {
      CASE_FILE_ADMISSION.importQuotaBytes = quota;
    }
    bob.library.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(librarySnapshot(bobPath)).toBe(before);
  });

  it('refuses a pipe given as the case file instead of waiting on it', async () => {
    const { bob } = await setup();
    const fifo = path.join(tempDir(), 'case.zip');
    execFileSync('mkfifo', [fifo]);
    const state = await bob.jobs.wait((await bob.call('cases.importFile', { path: fifo })).jobId);
    expect(state.error?.message).toMatch(/is not a regular file \(a folder, device, pipe or socket\)/);
  });

  it('still imports the honest file, which then verifies; the file carries the sender’s audit head', async () => {
    const { good, bob } = await setup();
    const manifest = decode(unzipSync(good)['manifest.json']!) as Manifest;
    expect(manifest.auditHead).toMatchObject({
      seq: expect.any(Number),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    await job(bob, bob.call('cases.importFile', { bytesBase64: good.toString('base64') }));
    expect((await bob.call('library.verify', {})).ok).toBe(true);
  });
});
