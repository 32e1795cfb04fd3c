// The one method map. Every host (Electron utility process, browser host, tests, CLI) calls the
// backend through these names, and the backend validates every input against these schemas.
import { NOTED_KINDS, OBJECT_KINDS, type ObjectKind } from './objectKinds';
import { z } from 'zod';
import { HANGUL_SYSTEMS } from '../domain/spellingSystems';
import { ProposedSpelling, SpellingSystemSchema } from './schemas';
import {
  Article,
  ArticleListInput,
  ExcerptListInput,
  ArticleMetadataInput,
  ArticleRow,
  Case,
  CaseItemKind,
  CaptureMethod,
  CredibilitySchema,
  Entity,
  Timestamp,
  EntityType,
  Excerpt,
  ExcerptCreateInput,
  ExternalId,
  Id,
  ImportResult,
  Mention,
  MergedKind,
  PartialDateSchema,
  Rating,
  Relationship,
  RelationshipType,
  ReliabilitySchema,
  RichText,
  SavedSearch,
  SearchFilters,
  SearchResult,
  Source,
  SourceInput,
  SourceKind,
  Tags,
  TrashItem,
  WatchHit,
  WatchTerm,
  VerifyReport,
} from './schemas';
import { ReportLocale } from './reportLocale';
import { NetworkSetting, WebCapture, WebCaptureInput, WebCaptureResult } from './webCapture';
import {
  GraphBuildInput,
  GraphBuildOutput,
  GraphExportInput,
  GraphExportOutput,
  TimelineBuildInput,
  TimelineBuildOutput,
} from './network';
import { formatMegabytes, MAX_TEXT_BYTES, MAX_UPLOAD_BASE64_CHARS, MAX_UPLOAD_FILE_BYTES } from './limits';
import { AuditAnchor } from './schemas';
import {
  ChooseSaveTargetInput,
  ChooseSaveTargetOutput,
  RevealFileInput,
  SaveFileInput,
  SaveFileOutput,
  SaveTarget,
} from './saveFile';

const Empty = z.strictObject({});
const ById = z.strictObject({ id: Id });
const Done = z.object({ ok: z.literal(true) });
const Analyst = z.string().trim().min(1, 'must not be empty').max(200);

/** What `objects.show` gives for each kind: the API object, as the kind's own `get` method gives it. */
const SHOWN = {
  // A web capture's provenance (request, hops, status, headers, certificate, times) comes with it.
  article: Article.extend({ webCapture: WebCapture.nullable() }),
  source: Source,
  excerpt: Excerpt,
  entity: Entity,
  case: Case,
  relationship: Relationship,
  mention: Mention,
} satisfies { [K in ObjectKind]: z.ZodType };
type Shown = { [K in ObjectKind]: { kind: K; value: z.infer<(typeof SHOWN)[K]> } }[ObjectKind];
/** Any object with its kind; the kind says which shape the value has. */
export const ShownObject = z.union(
  OBJECT_KINDS.map((kind) => z.object({ kind: z.literal(kind), value: SHOWN[kind] })),
) as unknown as z.ZodType<Shown>;

/** Progress of a job, the same shape for every long-running method. */
export const JobProgress = z.object({
  done: z.number(),
  total: z.number(),
  current: z.string(),
  failures: z.number(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export const JobHandle = z.object({ jobId: z.string() });

export const LibraryInfo = z.object({
  path: z.string(),
  sizeBytes: z.number(),
  schemaVersion: z.number(),
  appVersion: z.string(),
  analyst: z.string().nullable(),
  counts: z.object({
    articles: z.number(),
    sources: z.number(),
    excerpts: z.number(),
    entities: z.number(),
    cases: z.number(),
  }),
  auditHead: z.string().nullable(),
  /**
   * The library was opened read-only (its file or folder cannot be written, the file is immutable,
   * or read-only was asked for): reading works, every change is refused with read_only.
   */
  readOnly: z.boolean(),
});

/** Base64 bytes of a file the renderer picked or the user dropped (the browser host has no paths). */
export const UploadedFile = z.strictObject({
  name: z.string().min(1).max(1000),
  bytesBase64: z
    .string()
    .max(MAX_UPLOAD_BASE64_CHARS, `the file is larger than ${formatMegabytes(MAX_UPLOAD_FILE_BYTES)}`),
});

const AuditHeadSchema = z.object({ seq: z.number(), hash: z.string(), at: z.string() });
const BackupInfo = z.object({
  path: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  sizeBytes: z.number(),
  head: AuditHeadSchema.nullable(),
});

const Paged = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number() });

const SavedSearchName = z.string().trim().min(1, 'must not be empty').max(200);

export const methods = {
  // library and settings
  'library.info': { input: Empty, output: LibraryInfo },
  'library.verify': {
    input: z.strictObject({ anchors: z.array(AuditAnchor).max(100_000).optional() }),
    output: VerifyReport,
  },
  /** Switch this backend to another library file (creating it when asked); recent ones are remembered. */
  'library.open': {
    input: z.strictObject({ path: z.string().trim().min(1).max(4096), create: z.boolean().default(false) }),
    output: LibraryInfo,
  },
  'library.recent': {
    input: Empty,
    output: z.object({ items: z.array(z.object({ path: z.string(), openedAt: Timestamp })) }),
  },
  'settings.setAnalyst': { input: z.strictObject({ name: Analyst }), output: Done },
  'objects.show': {
    input: ById,
    output: ShownObject,
  },

  // articles
  'articles.createFromText': {
    input: ArticleMetadataInput.extend({
      text: z.string().max(MAX_TEXT_BYTES, `a pasted article is at most ${formatMegabytes(MAX_TEXT_BYTES)} of text`),
      captureMethod: CaptureMethod.default('paste'),
      filename: z.string().max(1000).optional(),
    }),
    output: z.object({ article: Article, duplicateOf: Id.nullable() }),
  },
  'articles.get': { input: ById, output: Article },
  'articles.list': { input: ArticleListInput, output: Paged(ArticleRow) },
  'articles.updateMetadata': { input: ArticleMetadataInput.extend({ id: Id }), output: Article },
  'articles.original': {
    input: ById,
    output: z.object({ sha256: z.string(), mediaType: z.string(), filename: z.string(), bytesBase64: z.string() }),
  },
  /** The captured page made inert for viewing: sanitised HTML for web pages, null for other formats. */
  'articles.originalView': {
    input: ById,
    output: z.object({ mediaType: z.string(), html: z.string().nullable(), removedElements: z.number() }),
  },
  /** Moves articles (with their excerpts, mentions, case items and tags) to the Trash, in one change. */
  'articles.delete': {
    input: z.strictObject({ ids: z.array(Id).min(1).max(10_000) }),
    output: z.object({ items: z.array(TrashItem) }),
  },
  /** Puts trashed articles back exactly as they were; links to what was deleted meanwhile are listed. */
  'articles.restore': {
    input: z.strictObject({ ids: z.array(Id).min(1).max(10_000) }),
    output: z.object({ restored: z.array(Id), dropped: z.array(z.string()) }),
  },
  'trash.list': { input: Empty, output: z.object({ items: z.array(TrashItem) }) },
  /** Removes trashed articles for good (all, or the ones named), with every original nothing else needs. */
  'trash.empty': {
    input: z.strictObject({ ids: z.array(Id).max(10_000).optional() }),
    output: z.object({ emptied: z.array(Id), originalsRemoved: z.array(z.string()) }),
  },
  // watch terms (issue 15 item 7)
  'watch.list': { input: Empty, output: z.object({ items: z.array(WatchTerm) }) },
  'watch.add': {
    input: z.strictObject({ term: z.string().trim().min(1, 'must not be empty').max(500) }),
    /** The term, with the hits found in the articles already stored. When many articles may contain
     * it, `scanNeeded` is true and nothing was looked through yet: run the job watch.scan for it. */
    output: WatchTerm.extend({ scanNeeded: z.boolean() }),
  },
  /** Looks for a watch term in every article already stored (again), in batches, as a job. */
  'watch.scan': { input: ById, output: JobHandle },
  'watch.remove': { input: ById, output: Done },
  /** The notifications list: hits newest first, each in its sentence, and how many are unseen. */
  'watch.hits': {
    input: z
      .strictObject({
        unseenOnly: z.boolean().default(false),
        limit: z.number().int().min(1).max(5000).default(500),
      })
      .default({ unseenOnly: false, limit: 500 }),
    output: z.object({ items: z.array(WatchHit), unseen: z.number() }),
  },
  /** Marks hits seen: the ones named, or every unseen hit. */
  'watch.markSeen': {
    input: z.strictObject({ ids: z.array(Id).max(10_000).optional() }),
    output: z.object({ marked: z.number() }),
  },
  'articles.importFiles': {
    input: z
      .strictObject({
        paths: z.array(z.string().min(1)).max(100_000).default([]),
        files: z.array(UploadedFile).max(1000).default([]),
        metadata: ArticleMetadataInput.default({}),
      })
      .refine((v) => v.paths.length + v.files.length > 0, { message: 'give at least one file or folder' }),
    output: JobHandle,
  },

  // sources
  'sources.create': { input: SourceInput, output: Source },
  'sources.update': { input: SourceInput.partial().extend({ id: Id }), output: Source },
  'sources.delete': { input: ById, output: Done },
  'sources.get': { input: ById, output: Source },
  'sources.list': {
    input: z.strictObject({ kind: SourceKind.optional() }).default({}),
    output: z.object({ items: z.array(Source) }),
  },
  'sources.rate': {
    input: z.strictObject({
      id: Id,
      reliability: ReliabilitySchema,
      rationale: z.string().trim().min(1, 'say why: a rating needs a rationale').max(5000),
    }),
    output: Rating,
  },

  'sources.merge': {
    input: z.strictObject({ keepId: Id, mergeId: Id }),
    output: z.object({ mergeId: Id, source: Source }),
  },
  /** Undoes a merge (of sources) by the id `sources.merge` returned. */
  'merges.undo': { input: ById, output: Done },
  /** Excerpt counts per grade: reliability A–F (or unrated) × credibility 1–6 (or ungraded). */
  'reliability.matrix': {
    input: z.strictObject({ caseId: Id.optional() }).default({}),
    output: z.object({
      cells: z.array(
        z.object({
          reliability: ReliabilitySchema.nullable(),
          credibility: CredibilitySchema.nullable(),
          count: z.number(),
        }),
      ),
      total: z.number(),
    }),
  },

  // excerpts
  'excerpts.create': { input: ExcerptCreateInput, output: Excerpt },
  'excerpts.get': { input: ById, output: Excerpt },
  'excerpts.update': {
    input: z.strictObject({
      id: Id,
      sourceId: Id.nullable().optional(),
      credibility: CredibilitySchema.nullable().optional(),
      eventDate: PartialDateSchema.optional(),
      note: RichText.optional(),
      tags: Tags.optional(),
    }),
    output: Excerpt,
  },
  'excerpts.delete': { input: ById, output: Done },
  /** W3C Web Annotations (JSON-LD) for the excerpts of an article, or of every excerpt in a case. */
  'excerpts.exportAnnotations': {
    input: ById,
    output: z.object({ annotations: z.array(z.record(z.string(), z.unknown())) }),
  },
  'excerpts.list': {
    input: ExcerptListInput,
    output: Paged(Excerpt).extend({
      /** Every match; null when `withTotal` was false. */
      total: z.number().nullable(),
      /** Pass as `after` for the page that follows; null on the last page. */
      next: z.string().nullable(),
    }),
  },

  // entities, mentions, relationships
  'entities.create': {
    input: z.strictObject({
      name: z.string().trim().min(1).max(500),
      type: EntityType,
      aliases: z.array(z.string().trim().min(1).max(500)).max(200).optional(),
      description: RichText.optional(),
      externalIds: z.array(ExternalId).max(100).optional(),
      tags: Tags.optional(),
    }),
    output: Entity,
  },
  'entities.update': {
    input: z.strictObject({
      id: Id,
      name: z.string().trim().min(1).max(500).optional(),
      type: EntityType.optional(),
      description: RichText.optional(),
      externalIds: z.array(ExternalId).max(100).optional(),
      tags: Tags.optional(),
    }),
    output: Entity,
  },
  'entities.addAlias': {
    input: z.strictObject({ id: Id, text: z.string().trim().min(1).max(500), script: z.string().max(35).optional() }),
    output: Entity,
  },
  'entities.removeAlias': { input: z.strictObject({ id: Id, aliasId: Id }), output: Entity },
  'entities.get': { input: ById, output: Entity },
  'entities.list': {
    /** By name (then id). Without a limit, every match (pickers); the Entities screen asks a page at a time. */
    input: z
      .strictObject({
        type: EntityType.optional(),
        query: z.string().max(500).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(5000).optional(),
        /** The `next` of the previous page: continues after its last row (keyset). */
        after: z.string().max(2000).optional(),
      })
      .default({ offset: 0 }),
    output: z.object({
      items: z.array(Entity),
      total: z.number(),
      /** Pass as `after` for the page that follows; null on the last page (or without a limit). */
      next: z.string().nullable(),
    }),
  },
  /** Known entities' names and aliases found in the article (not yet accepted or dismissed), and likely new entities. */
  'entities.suggest': {
    input: z.strictObject({ articleId: Id }),
    output: z.object({
      suggestions: z.array(
        z.object({ entityId: Id, name: z.string(), text: z.string(), start: z.number(), end: z.number() }),
      ),
      /** One per distinct text (its first occurrence), with how often it occurs. */
      candidates: z.array(
        z.object({ text: z.string(), type: EntityType, start: z.number(), end: z.number(), count: z.number() }),
      ),
    }),
  },
  /** Finds every article where the entity's name or an alias occurs undecided (a job: large libraries take seconds). */
  'entities.scan': { input: ById, output: JobHandle },
  'entities.merge': {
    input: z.strictObject({ keepId: Id, mergeId: Id }),
    output: z.object({ mergeId: Id, entity: Entity }),
  },
  /** Makes one alias its own entity, taking the mentions written that way with it. */
  'entities.splitAlias': {
    input: z.strictObject({ id: Id, aliasId: Id }),
    output: z.object({ entity: Entity, from: Entity }),
  },
  'entities.page': {
    input: ById,
    output: z.object({
      entity: Entity,
      mentions: z.array(
        z.object({
          id: Id,
          articleId: Id,
          articleTitle: z.string(),
          start: z.number(),
          end: z.number(),
          exact: z.string(),
          published: PartialDateSchema,
          excerptId: Id.nullable(),
          grade: z.string().nullable(),
          eventDate: PartialDateSchema.nullable(),
          /** The sentence around the mention (keyword in context). */
          context: z.object({ before: z.string(), after: z.string() }),
        }),
      ),
      excerpts: z.array(Excerpt),
      sources: z.array(
        z.object({ id: Id, name: z.string(), reliability: z.string().nullable(), excerpts: z.number() }),
      ),
      coMentioned: z.array(z.object({ id: Id, name: z.string(), type: EntityType, articles: z.number() })),
      relationships: z.array(
        Relationship.extend({
          direction: z.enum(['outgoing', 'incoming']),
          other: z.object({ id: Id, name: z.string(), type: z.string() }),
          evidence: z.array(z.object({ id: Id, articleId: Id, exact: z.string(), grade: z.string() })),
        }),
      ),
      notes: z.array(
        z.object({
          kind: z.enum(NOTED_KINDS),
          id: Id,
          title: z.string(),
          snippet: z.string(),
          articleId: Id.nullable(),
        }),
      ),
    }),
  },
  // generated spellings of Hangul and Han names (issue 19)
  /** Spellings Casefile proposes for the entity's Hangul or Han names, less those accepted or dismissed. */
  'entities.spellings': { input: ById, output: z.object({ proposals: z.array(ProposedSpelling) }) },
  /** Stores proposed spellings as generated aliases; without `spellings`, accepts every proposal. */
  'entities.acceptSpellings': {
    input: z.strictObject({
      id: Id,
      spellings: z
        .array(z.strictObject({ text: z.string().trim().min(1).max(500), system: SpellingSystemSchema }))
        .min(1)
        .max(200)
        .optional(),
    }),
    output: Entity,
  },
  /** Remembers that these proposals are wrong for this entity, so they are not offered again. */
  'entities.dismissSpellings': {
    input: z.strictObject({
      id: Id,
      spellings: z
        .array(z.strictObject({ text: z.string().trim().min(1).max(500), system: SpellingSystemSchema }))
        .min(1)
        .max(200),
    }),
    output: Entity,
  },
  /** Hangul in one romanisation system, for scripting and previews; a personal name in ODNI's form. */
  'romanise.text': {
    input: z.strictObject({
      text: z.string().min(1).max(10_000),
      system: z.enum(HANGUL_SYSTEMS),
      diacritics: z.boolean().default(true),
    }),
    output: z.object({
      text: z.string(),
      system: z.enum(HANGUL_SYSTEMS),
      romanised: z.string(),
      kept: z.array(z.string()),
    }),
  },
  'mentions.create': {
    input: z.strictObject({
      entityId: Id,
      articleId: Id,
      excerptId: Id.nullable().optional(),
      quote: z.string().min(1).max(10_000).optional(),
      start: z.number().int().min(0).optional(),
      end: z.number().int().min(1).optional(),
    }),
    output: Mention,
  },
  'mentions.dismiss': {
    input: z.strictObject({
      entityId: Id,
      articleId: Id,
      start: z.number().int().min(0),
      end: z.number().int().min(1),
    }),
    output: Mention,
  },
  'mentions.acceptAll': {
    input: z.strictObject({ entityId: Id, articleId: Id }),
    output: z.object({ accepted: z.number() }),
  },
  /** Removes a mention; the removed mention is returned so the caller can offer undo (mentions.create). */
  'mentions.delete': { input: ById, output: Mention },
  'relationships.delete': { input: ById, output: Done },
  'mentions.list': {
    input: z.strictObject({ articleId: Id.optional(), entityId: Id.optional() }),
    output: z.object({ items: z.array(Mention) }),
  },
  'relationships.create': {
    input: z.strictObject({
      fromEntityId: Id,
      toEntityId: Id,
      type: RelationshipType,
      label: z.string().max(200).optional(),
      excerptIds: z.array(Id).max(1000).optional(),
    }),
    output: Relationship,
  },
  'relationships.list': { input: z.strictObject({ entityId: Id }), output: z.object({ items: z.array(Relationship) }) },

  // cases
  'cases.create': {
    input: z.strictObject({ title: z.string().trim().min(1).max(500), summary: RichText.optional() }),
    output: Case,
  },
  'cases.update': {
    input: z.strictObject({
      id: Id,
      title: z.string().trim().min(1).max(500).optional(),
      summary: RichText.optional(),
      archived: z.boolean().optional(),
    }),
    output: Case,
  },
  'cases.get': { input: ById, output: Case },
  'cases.list': {
    input: z.strictObject({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
    output: z.object({ items: z.array(Case) }),
  },
  'cases.addItems': { input: z.strictObject({ id: Id, itemIds: z.array(Id).min(1).max(10_000) }), output: Case },
  'cases.removeItems': { input: z.strictObject({ id: Id, itemIds: z.array(Id).min(1).max(10_000) }), output: Case },

  /** Writes the case file (a ZIP) to `path`, or returns its bytes when no path is given (browser host). */
  'cases.exportFile': {
    input: z.strictObject({ id: Id, path: z.string().min(1).max(4096).optional(), saveTarget: SaveTarget.optional() }),
    output: JobHandle,
  },
  /** Verifies and merges a case file given by path or as bytes; a refused file changes nothing. */
  'cases.importFile': {
    input: z
      .strictObject({
        path: z.string().min(1).max(4096).optional(),
        bytesBase64: z.string().max(700_000_000).optional(),
      })
      .refine((v) => Boolean(v.path) !== Boolean(v.bytesBase64), { message: 'give either a path or the file’s bytes' }),
    output: JobHandle,
  },
  /** The case as a STIX 2.1 bundle (report, identities with reliability, notes with confidence, entities, relationships). */
  'cases.exportStix': { input: ById, output: z.object({ bundle: z.record(z.string(), z.unknown()) }) },
  /** A readable report of the case: HTML (self-contained, no scripts, no remote resources). */
  'cases.report': {
    input: z.strictObject({ id: Id, groupBy: z.enum(['entity', 'date']).default('date'), ...ReportLocale }),
    output: z.object({ html: z.string() }),
  },
  /** A PDF of the report, printed by Chromium; written to `path`, or returned as bytes. */
  'cases.reportPdf': {
    input: z.strictObject({
      id: Id,
      groupBy: z.enum(['entity', 'date']).default('date'),
      path: z.string().min(1).max(4096).optional(),
      saveTarget: SaveTarget.optional(),
      ...ReportLocale,
    }),
    output: JobHandle,
  },
  /** CSV (UTF-8 with BOM, for spreadsheet programs) of the case's excerpts or entities. */
  'cases.exportCsv': {
    input: z.strictObject({ id: Id, what: z.enum(['excerpts', 'entities']) }),
    output: z.object({ csv: z.string() }),
  },
  'conflicts.list': {
    input: Empty,
    output: z.object({
      items: z.array(
        z.object({
          id: Id,
          objectKind: MergedKind,
          objectId: Id,
          local: z.record(z.string(), z.unknown()),
          remote: z.record(z.string(), z.unknown()),
          detectedAt: Timestamp,
        }),
      ),
    }),
  },
  'conflicts.resolve': { input: z.strictObject({ id: Id, keep: z.enum(['local', 'remote']) }), output: Done },

  // tags and search
  'tags.list': {
    input: Empty,
    output: z.object({ items: z.array(z.object({ name: z.string(), count: z.number() })) }),
  },
  'search.query': {
    input: SearchFilters.extend({
      query: z.string().max(1000),
      limit: z.number().int().min(1).max(1000).default(100),
    }),
    output: z.object({
      results: z.array(SearchResult),
      // 'recent': the query matched too much to rank by relevance in time, so the newest matches
      // come first (the screen says so); scanStopped: a filter left the page short after the
      // newest-first read stopped, so older matches may exist.
      ranking: z.enum(['relevance', 'recent']),
      scanStopped: z.boolean(),
      /** The query named an entity: its other spellings (any script) were searched for too. */
      aliases: z.array(z.object({ entityId: Id, name: z.string(), spellings: z.array(z.string()) })),
    }),
  },
  'search.reindex': { input: Empty, output: JobHandle },
  // saved searches (issue 14): a query and its filters under a name
  'savedSearches.list': { input: Empty, output: z.object({ items: z.array(SavedSearch) }) },
  'savedSearches.save': {
    input: z.strictObject({
      name: SavedSearchName,
      query: z.string().trim().min(1, 'must not be empty').max(1000),
      filters: SearchFilters.default({}),
    }),
    output: SavedSearch,
  },
  'savedSearches.rename': { input: z.strictObject({ id: Id, name: SavedSearchName }), output: SavedSearch },
  'savedSearches.delete': { input: ById, output: Done },

  // jobs
  'jobs.get': {
    input: z.strictObject({ jobId: z.string() }),
    output: z.object({
      jobId: z.string(),
      method: z.string(),
      status: z.enum(['running', 'done', 'failed', 'cancelled']),
      progress: JobProgress,
      result: z.unknown().optional(),
      error: z.object({ code: z.string(), message: z.string() }).optional(),
    }),
  },
  'jobs.cancel': { input: z.strictObject({ jobId: z.string() }), output: Done },

  // web capture (issue 16)
  /** Fetches each URL (through the library's network route) and stores it with its provenance and WARC; a job. */
  'web.capture': { input: WebCaptureInput, output: JobHandle },
  /** The provenance of an article captured from the web; null for other articles. */
  'web.getCapture': { input: z.strictObject({ articleId: Id }), output: WebCapture.nullable() },
  'web.getNetwork': { input: Empty, output: NetworkSetting },
  'web.setNetwork': { input: NetworkSetting, output: NetworkSetting },
  /** Whether captures can add a rendered snapshot here (a browser engine was found). */
  'web.snapshotEngine': { input: Empty, output: z.object({ available: z.boolean(), engine: z.string() }) },
  /** The WARC records of a case's (or one article's) web captures as one .warc.gz, written to `path` or returned. */
  'web.exportWarc': {
    input: z.strictObject({ id: Id, path: z.string().min(1).max(4096).optional(), saveTarget: SaveTarget.optional() }),
    output: z.object({
      path: z.string().nullable(),
      bytesBase64: z.string().nullable(),
      captures: z.number(),
      size: z.number(),
    }),
  },
  /** A stored snapshot (PNG screenshot or PDF print) of a web capture, by its SHA-256. */
  'web.snapshot': {
    input: z.strictObject({ articleId: Id, kind: z.enum(['screenshot', 'pdf', 'warc']) }),
    output: z.object({ sha256: z.string(), mediaType: z.string(), bytesBase64: z.string() }),
  },
  // link chart and library timeline (shared/contract/network.ts)
  /** Entities, relationships with their best backing grade, and co-mentions, for a case, an entity or the library. */
  'graph.build': { input: GraphBuildInput, output: GraphBuildOutput },
  /** The same graph as GraphML or GEXF for Gephi. */
  'graph.export': { input: GraphExportInput, output: GraphExportOutput },
  /** Dated excerpts (event lane) and dated articles (report lane) with their partial-date spans. */
  'timeline.build': { input: TimelineBuildInput, output: TimelineBuildOutput },
  // protecting the evidence (issue 13): the audit head to anchor outside the library
  'library.head': {
    input: Empty,
    output: z.object({ seq: z.number(), hash: z.string(), at: z.string() }).nullable(),
  },
  /** A verified copy of the library now (VACUUM INTO), kept by the retention rule. */
  'backups.create': { input: Empty, output: BackupInfo },
  'backups.list': { input: Empty, output: z.object({ items: z.array(BackupInfo) }) },
  // save and reveal (issue 18; shared/contract/saveFile.ts)
  /**
   * Saves an export where the analyst chooses: Electron's main process shows the save dialog and
   * the backend writes the bytes to the chosen path. Hosts without native dialogs download instead.
   */
  'files.save': { input: SaveFileInput, output: SaveFileOutput },
  /** Asks where a job's export goes (desktop only); the job then gets the answer's `target` as `saveTarget`. */
  'files.chooseSaveTarget': { input: ChooseSaveTargetInput, output: ChooseSaveTargetOutput },
  /** Shows a file this session saved in the system's file manager (hosts with `revealInFolder`). */
  'files.reveal': { input: RevealFileInput, output: Done },
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];

// ---- long-running work

/** The methods that return a JobHandle at once, and the result each job finishes with. */
export const jobResults = {
  'articles.importFiles': ImportResult,
  'search.reindex': z.object({ indexed: z.number() }),
  'cases.exportFile': z.object({
    path: z.string().nullable(),
    bytesBase64: z.string().nullable(),
    entries: z.number(),
    size: z.number(),
  }),
  'cases.importFile': z.object({
    caseId: Id,
    title: z.string(),
    created: z.record(z.string(), z.number()),
    updated: z.number(),
    conflicts: z.array(z.object({ id: Id, objectKind: z.string(), objectId: Id })),
    reanchored: z.array(Id),
    orphaned: z.array(Id),
  }),
  'cases.reportPdf': z.object({ path: z.string().nullable(), bytesBase64: z.string().nullable(), size: z.number() }),
  'entities.scan': z.object({
    articles: z.array(
      z.object({
        articleId: Id,
        title: z.string(),
        occurrences: z.number(),
        /** The first undecided occurrence in its sentence. */
        context: z.object({ before: z.string(), match: z.string(), after: z.string() }),
      }),
    ),
    occurrences: z.number(),
  }),
  'web.capture': WebCaptureResult,
  'watch.scan': z.object({ termId: Id, articles: z.number(), hits: z.number() }),
} as const satisfies Partial<Record<MethodName, z.ZodType>>;
export type JobMethod = keyof typeof jobResults;
export type JobResult<M extends JobMethod> = z.infer<(typeof jobResults)[M]>;

export { CaseItemKind };
