// Opening a case file without trusting it: entry names, sizes and compression ratios are checked
// from the ZIP's directory before anything is inflated; then every entry is checked against the
// manifest's SHA-256 and every record against the contract's schemas. Nothing here writes.
import { unzipSync } from 'fflate';
import type { z } from 'zod';
import {
  AuditRecord,
  CASE_FILE_LIMITS,
  CASE_FILE_VERSION,
  ENTRY_PATHS,
  Manifest,
  WebCaptureRecord,
} from '../../../shared/contract/caseFile';
import {
  ArticleRecord,
  ArticleWire,
  CaseRecord,
  CaseWire,
  EntityRecord,
  EntityWire,
  ExcerptRecord,
  ExcerptWire,
  RelationshipRecord,
  RelationshipWire,
  SourceRecord,
  SourceWire,
  articleFromWire,
  caseFromWire,
  entityFromWire,
  excerptFromWire,
  relationshipFromWire,
  sourceFromWire,
  type CaseContents,
} from '../db/records';

import { ContractError } from '../../../shared/contract/errors';
import { sha256Hex } from '../services/hash';

/** How each format version's records read, into the rows-with-parts the merge writes. */
const READERS = {
  1: {
    case: CaseRecord,
    article: ArticleRecord,
    source: SourceRecord,
    excerpt: ExcerptRecord,
    entity: EntityRecord,
    relationship: RelationshipRecord,
  },
  2: {
    case: CaseWire.transform(caseFromWire),
    article: ArticleWire.transform(articleFromWire),
    source: SourceWire.transform(sourceFromWire),
    excerpt: ExcerptWire.transform(excerptFromWire),
    entity: EntityWire.transform(entityFromWire),
    relationship: RelationshipWire.transform(relationshipFromWire),
  },
} as const;

function refuse(message: string): never {
  throw new ContractError('invalid_input', `This case file was refused and nothing was imported: ${message}`);
}

/** A ZIP entry name Casefile itself would write: relative, forward slashes, no parent steps. */
export function safeEntryName(name: string): boolean {
  if (!name || name.length > 300) return false;
  if (name.includes('\\') || name.includes('\0')) return false;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  return !name.split('/').some((part) => part === '..' || part === '.' || part === '');
}

function unpack(bytes: Uint8Array): Map<string, Uint8Array> {
  let total = 0;
  let count = 0;
  const names = new Set<string>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        count++;
        // fflate keeps the last of two entries with one name; refuse rather than guess which is meant.
        if (names.has(file.name)) refuse(`the entry "${file.name}" occurs twice.`);
        names.add(file.name);
        if (count > CASE_FILE_LIMITS.maxEntries) refuse(`it has more than ${CASE_FILE_LIMITS.maxEntries} entries.`);
        if (!safeEntryName(file.name))
          refuse(`the entry "${file.name}" has an unsafe name (absolute, "..", or backslashes).`);
        if (file.originalSize > CASE_FILE_LIMITS.maxEntryBytes)
          refuse(
            `the entry "${file.name}" declares ${file.originalSize} bytes, over the ${CASE_FILE_LIMITS.maxEntryBytes}-byte limit.`,
          );
        total += file.originalSize;
        if (total > CASE_FILE_LIMITS.maxTotalBytes)
          refuse(`it would unpack to more than ${CASE_FILE_LIMITS.maxTotalBytes} bytes.`);
        // Many small bombs add up: the archive as a whole must not expand like one either.
        if (
          total > CASE_FILE_LIMITS.bombFloorBytes &&
          total / Math.max(bytes.byteLength, 1) > CASE_FILE_LIMITS.maxCompressionRatio
        ) {
          refuse(
            `it would unpack to ${total} bytes from ${bytes.byteLength}, so the archive expands ${Math.round(total / Math.max(bytes.byteLength, 1))}-fold, which only zip bombs do.`,
          );
        }
        if (
          file.originalSize > CASE_FILE_LIMITS.bombFloorBytes &&
          file.originalSize / Math.max(file.size, 1) > CASE_FILE_LIMITS.maxCompressionRatio
        ) {
          refuse(
            `the entry "${file.name}" expands ${Math.round(file.originalSize / Math.max(file.size, 1))}-fold, which only zip bombs do.`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ContractError) throw error;
    refuse(`it is not a readable ZIP archive (${(error as Error).message}).`);
  }
  return new Map(Object.entries(files));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson<S extends z.ZodType>(entries: Map<string, Uint8Array>, path: string, schema: S): z.infer<S> {
  const bytes = entries.get(path);
  if (!bytes) refuse(`the entry "${path}" is missing.`);
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes));
  } catch {
    refuse(`the entry "${path}" is not valid JSON.`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    refuse(
      `the entry "${path}" does not fit the case-file format (${issue.path.join('.') || 'record'}: ${issue.message}).`,
    );
  }
  return parsed.data;
}

export interface OpenedCaseFile {
  manifest: Manifest;
  contents: CaseContents;
  /** SHA-256 of the whole archive, naming this import in the library. */
  sha256: string;
}

export function openCaseFile(bytes: Uint8Array): OpenedCaseFile {
  const entries = unpack(bytes);
  const manifest = parseJson(entries, 'manifest.json', Manifest);
  if (manifest.formatVersion > CASE_FILE_VERSION) {
    throw new ContractError(
      'newer_library',
      `This case file uses format version ${manifest.formatVersion}, written by a newer Casefile (${manifest.appVersion}); this version reads up to ${CASE_FILE_VERSION}. Update Casefile to import it. Nothing was imported.`,
    );
  }
  const listed = new Set(manifest.entries.map((e) => e.path));
  for (const name of entries.keys()) {
    if (name !== 'manifest.json' && !listed.has(name)) refuse(`the entry "${name}" is not listed in the manifest.`);
  }
  const verified = new Map<string, string>();
  for (const entry of manifest.entries) {
    const data = entries.get(entry.path);
    if (!data) refuse(`the manifest lists "${entry.path}", which is not in the archive.`);
    if (data.byteLength !== entry.size || sha256Hex(data) !== entry.sha256)
      refuse(`the entry "${entry.path}" does not match its SHA-256 in the manifest (it was altered or damaged).`);
    verified.set(entry.path, entry.sha256);
  }
  const under = (prefix: string) => manifest.entries.filter((e) => e.path.startsWith(prefix)).map((e) => e.path);
  const read = READERS[manifest.formatVersion as keyof typeof READERS];
  if (!read) refuse(`format version ${manifest.formatVersion} is not one this Casefile reads.`);
  const caseRecord = parseJson(entries, ENTRY_PATHS.case, read.case);
  if (caseRecord.id !== manifest.caseId) refuse('the manifest names a different case than case.json.');
  const originals = new Map<string, Uint8Array>();
  for (const path of under('originals/')) {
    const sha = path.slice('originals/'.length);
    // Its SHA-256 was computed just above, against the manifest: compare the name with that one.
    if (verified.get(path) !== sha) refuse(`the original "${path}" is not the bytes its name promises.`);
    originals.set(sha, entries.get(path)!);
  }
  // A record lives at the path its id names, so two records can never claim one id unnoticed.
  const records = <S extends z.ZodType<{ id: string }>>(
    prefix: string,
    schema: S,
    pathOf: (id: string) => string,
  ): z.infer<S>[] =>
    under(prefix).map((p) => {
      const record = parseJson(entries, p, schema);
      if (pathOf(record.id) !== p)
        refuse(`the entry "${p}" holds the record ${record.id}, which belongs at "${pathOf(record.id)}".`);
      return record;
    });
  const articles = records('articles/', read.article, ENTRY_PATHS.article);
  for (const a of articles) {
    if (!originals.has(a.original_sha256)) refuse(`the article ${a.id} has no original in the file.`);
    if (sha256Hex(a.text) !== a.text_sha256) refuse(`the text of article ${a.id} does not match its SHA-256.`);
  }
  const webCaptures = under('web-captures/').map((p) => parseJson(entries, p, WebCaptureRecord));
  const articleIds = new Set(articles.map((a) => a.id));
  for (const w of webCaptures) {
    if (!articleIds.has(w.article_id)) refuse(`the web capture ${w.article_id} belongs to no article in the file.`);
    for (const sha of [w.warc_sha256, w.screenshot_sha256, w.pdf_sha256])
      if (sha && !originals.has(sha)) refuse(`the web capture ${w.article_id} has no ${sha} in the file.`);
  }
  return {
    manifest,
    sha256: sha256Hex(bytes),
    contents: {
      caseRecord,
      articles,
      originals,
      sources: records('sources/', read.source, ENTRY_PATHS.source),
      excerpts: records('excerpts/', read.excerpt, ENTRY_PATHS.excerpt),
      entities: records('entities/', read.entity, ENTRY_PATHS.entity),
      relationships: records('relationships/', read.relationship, ENTRY_PATHS.relationship),
      audit: parseJson(entries, ENTRY_PATHS.audit, AuditRecord.array()),
      webCaptures,
    },
  };
}
