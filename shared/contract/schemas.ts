// The records that cross the contract. Inputs are strict (unknown keys are an error, so a typo in
// a field name never silently does nothing); outputs describe what the backend returns.
import { z } from 'zod';
import { CREDIBILITY_VALUES, RELIABILITY_LETTERS } from '../domain/admiralty';
import { isPartialDateValue } from '../domain/partialDate';
import { SPELLING_SYSTEMS } from '../domain/spellingSystems';
import { CASE_ITEM_KINDS, MERGED_KINDS, OBJECT_KINDS } from './objectKinds';
import {
  ARTICLE_SORT_KEYS,
  CAPTURE_METHODS,
  ENTITY_TYPES,
  EXCERPT_SORT_KEYS,
  MENTION_STATUSES,
  RELATIONSHIP_TYPES,
  SOURCE_KINDS,
} from './vocabulary';

export const Id = z.uuid({ message: 'must be a Casefile id (a UUID)' });
export const Timestamp = z.string(); // ISO 8601, UTC
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256');

export const ReliabilitySchema = z.enum(RELIABILITY_LETTERS);
export const CredibilitySchema = z.union(
  CREDIBILITY_VALUES.map((v) => z.literal(v)) as [
    z.ZodLiteral<1>,
    z.ZodLiteral<2>,
    z.ZodLiteral<3>,
    z.ZodLiteral<4>,
    z.ZodLiteral<5>,
    z.ZodLiteral<6>,
  ],
);

export const PartialDateValue = z
  .string()
  .refine((v) => v === '' || isPartialDateValue(v), 'must be YYYY, YYYY-MM or YYYY-MM-DD (or empty)');
export const PartialDateSchema = z.strictObject({
  value: PartialDateValue,
  qualifier: z.string().max(40).default(''),
});

const Name = z.string().trim().min(1, 'must not be empty').max(500);
const ShortText = z.string().max(2000);
const LongText = z.string().max(200_000);

export const SourceKind = z.enum(SOURCE_KINDS);
export const EntityType = z.enum(ENTITY_TYPES);
export const RelationshipType = z.enum(RELATIONSHIP_TYPES);
export const CaptureMethod = z.enum(CAPTURE_METHODS);
export { OBJECT_KINDS, CASE_ITEM_KINDS };
export const ObjectKind = z.enum(OBJECT_KINDS);
export const CaseItemKind = z.enum(CASE_ITEM_KINDS);
export const MergedKind = z.enum(MERGED_KINDS);

/** A rich-text note: the Lexical editor state as JSON, plus its plain text for search. */
export const RichText = z.strictObject({
  json: z.string().max(2_000_000),
  text: LongText,
});
export const EMPTY_RICH_TEXT = { json: '', text: '' };

// ---- articles

export const ArticleMetadataInput = z.strictObject({
  title: z.string().trim().max(1000).optional(),
  publisher: z.string().trim().max(500).optional(),
  publisherSourceId: Id.nullable().optional(),
  byline: z.string().trim().max(1000).optional(),
  published: PartialDateSchema.optional(),
  language: z
    .string()
    .trim()
    .max(35)
    .regex(/^$|^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as en, ko or pt-BR')
    .optional(),
  textDirection: z.enum(['ltr', 'rtl', 'auto']).optional(),
  translator: z.string().trim().max(500).optional(),
  url: z.union([z.literal(''), z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' })]).optional(),
  description: ShortText.optional(),
});

/** What an extractor found in a captured document; offered to the analyst, kept with the article. */
export const DetectedMetadataSchema = z.object({
  title: z.string().optional(),
  byline: z.string().optional(),
  translator: z.string().optional(),
  published: z.object({ value: z.string(), qualifier: z.string() }).optional(),
  language: z.string().optional(),
  textDirection: z.enum(['ltr', 'rtl']).optional(),
  siteName: z.string().optional(),
  url: z.string().optional(),
  canonicalUrl: z.string().optional(),
  description: z.string().optional(),
  emails: z.array(z.string()).optional(),
  otherEditions: z.array(z.string()).optional(),
});

export const Article = z.object({
  id: Id,
  title: z.string(),
  publisherSourceId: Id.nullable(),
  publisherName: z.string(),
  publisherReliability: ReliabilitySchema.nullable(),
  byline: z.string(),
  /** The byline's people as sources (kind author), in byline order. */
  authors: z.array(z.object({ id: Id, name: z.string(), reliability: ReliabilitySchema.nullable() })),
  published: PartialDateSchema,
  language: z.string(),
  textDirection: z.string(),
  translator: z.string(),
  url: z.string(),
  canonicalUrl: z.string(),
  siteName: z.string(),
  description: z.string(),
  originalSha256: Sha256,
  originalSize: z.number(),
  mediaType: z.string(),
  originalFilename: z.string(),
  textSha256: Sha256,
  text: z.string(),
  captureMethod: CaptureMethod,
  capturedAt: Timestamp,
  capturedBy: z.string(),
  extractor: z.string(),
  charset: z.string(),
  detected: DetectedMetadataSchema,
  /** Code-point offsets where each page of a PDF starts; empty for other formats. */
  pageStarts: z.array(z.number()),
  updatedAt: Timestamp,
  excerptCount: z.number(),
});
export type Article = z.infer<typeof Article>;

export const ArticleRow = Article.omit({ text: true }).extend({
  bestGrade: z.string().nullable(),
  worstGrade: z.string().nullable(),
  /** Occurrences of watch terms found when it came in (0: none). */
  watchHits: z.number(),
});
export type ArticleRow = z.infer<typeof ArticleRow>;

/** An article in the Trash: what it was, when and by whom it was deleted, and what went with it. */
export const TrashItem = z.object({
  articleId: Id,
  title: z.string(),
  trashedAt: Timestamp,
  trashedBy: z.string(),
  capturedAt: Timestamp,
  mediaType: z.string(),
  excerpts: z.number(),
  mentions: z.number(),
  caseItems: z.number(),
  /** The SHA-256 of every original kept for it until the Trash is emptied. */
  originals: z.array(z.string()),
});
export type TrashItem = z.infer<typeof TrashItem>;

/** A name, alias or phrase the analyst watches for in new evidence. */
export const WatchTerm = z.object({
  id: Id,
  term: z.string(),
  createdAt: Timestamp,
  createdBy: z.string(),
  /** Hits recorded for it so far. */
  hits: z.number(),
});
export type WatchTerm = z.infer<typeof WatchTerm>;

/** One occurrence of a watch term in a captured or imported article, in its sentence. */
export const WatchHit = z.object({
  id: Id,
  termId: Id,
  term: z.string(),
  articleId: Id,
  articleTitle: z.string(),
  language: z.string(),
  start: z.number(),
  end: z.number(),
  foundAt: Timestamp,
  seen: z.boolean(),
  context: z.object({ before: z.string(), match: z.string(), after: z.string() }),
});
export type WatchHit = z.infer<typeof WatchHit>;

export const ArticleListInput = z.strictObject({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
  sort: z.enum(ARTICLE_SORT_KEYS).default('captured'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  text: z.string().max(500).default(''),
  publisher: z.string().max(500).default(''),
  language: z.string().max(35).default(''),
  publishedFrom: z.string().max(10).default(''),
  publishedTo: z.string().max(10).default(''),
  minReliability: ReliabilitySchema.or(z.literal('unrated')).optional(),
});

export const ExcerptListInput = z
  .strictObject({
    articleId: Id.optional(),
    sourceId: Id.optional(),
    caseId: Id.optional(),
    minReliability: ReliabilitySchema.or(z.literal('unrated')).optional(),
    /** Exactly this current letter (a matrix cell), or only unrated sources. */
    reliability: ReliabilitySchema.or(z.literal('unrated')).optional(),
    credibility: CredibilitySchema.or(z.literal('ungraded')).optional(),
    /** Words (as prefixes) in the quote or note, or in the article's title, or part of the source's name. */
    text: z.string().max(500).default(''),
    tag: z.string().trim().min(1).max(100).optional(),
    /** Event-date bounds in stored form; a partial date is kept when any day it may mean is inside. */
    eventFrom: PartialDateValue.default(''),
    eventTo: PartialDateValue.default(''),
    sort: z.enum(EXCERPT_SORT_KEYS).default('article'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    /** The `next` of the previous page: continues after its last row without counting past the rows before (keyset). */
    after: z.string().max(2000).optional(),
    limit: z.number().int().min(1).max(5000).default(500),
    /** Whether to count every match (a later page of the same list can skip it). */
    withTotal: z.boolean().default(true),
  })
  .default({
    text: '',
    eventFrom: '',
    eventTo: '',
    sort: 'article',
    direction: 'asc',
    offset: 0,
    limit: 500,
    withTotal: true,
  });

export const ImportResult = z.object({
  imported: z.array(z.object({ id: Id, sha256: Sha256, title: z.string() })),
  duplicates: z.array(z.object({ id: Id, sha256: Sha256, path: z.string(), title: z.string() })),
  failed: z.array(z.object({ path: z.string(), error: z.string() })),
});
export type ImportResult = z.infer<typeof ImportResult>;

// ---- sources and ratings

export const Rating = z.object({
  id: Id,
  sourceId: Id,
  reliability: ReliabilitySchema,
  rationale: z.string(),
  analyst: z.string(),
  ratedAt: Timestamp,
});
export type Rating = z.infer<typeof Rating>;

export const Source = z.object({
  id: Id,
  kind: SourceKind,
  name: z.string(),
  parentId: Id.nullable(),
  url: z.string(),
  description: z.string(),
  aliases: z.array(z.string()),
  reliability: ReliabilitySchema.nullable(),
  /** The current rating as a MISP admiralty-scale machine tag; empty when unrated. */
  machineTags: z.array(z.string()),
  lastRatedAt: Timestamp.nullable(),
  ratings: z.array(Rating),
  articleCount: z.number(),
  excerptCount: z.number(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Source = z.infer<typeof Source>;

export const SourceInput = z.strictObject({
  name: Name,
  kind: SourceKind,
  parentId: Id.nullable().optional(),
  url: z.string().max(2000).optional(),
  description: ShortText.optional(),
  aliases: z.array(Name).max(100).optional(),
});

// ---- excerpts

export const Excerpt = z.object({
  id: Id,
  articleId: Id,
  articleTitle: z.string(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number(),
  end: z.number(),
  sourceId: Id.nullable(),
  sourceName: z.string(),
  reliability: ReliabilitySchema.nullable(),
  reliabilityAtRecord: ReliabilitySchema.nullable(),
  credibility: CredibilitySchema.nullable(),
  grade: z.string(),
  /** MISP admiralty-scale machine tags for the source's current rating and this credibility. */
  machineTags: z.array(z.string()),
  eventDate: PartialDateSchema,
  note: RichText,
  tags: z.array(z.string()),
  /** 'reanchored' or 'orphaned' when it came from a teammate's different copy of the article. */
  anchorStatus: z.enum(['ok', 'reanchored', 'orphaned']),
  createdAt: Timestamp,
  createdBy: z.string(),
  updatedAt: Timestamp,
});
export type Excerpt = z.infer<typeof Excerpt>;

export const Tags = z.array(z.string().trim().min(1).max(100)).max(100);

export const ExcerptCreateInput = z
  .strictObject({
    articleId: Id,
    quote: z.string().min(1).max(100_000).optional(),
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(1).optional(),
    sourceId: Id.nullable().optional(),
    credibility: CredibilitySchema.nullable().optional(),
    eventDate: PartialDateSchema.optional(),
    note: RichText.optional(),
    tags: Tags.optional(),
  })
  .refine((v) => v.quote !== undefined || (v.start !== undefined && v.end !== undefined), {
    message: 'give either a quote or a start and end position',
  });

// ---- entities

export const SpellingSystemSchema = z.enum(SPELLING_SYSTEMS);
/** `system` is '' for an alias the analyst typed; a generated alias names the system that spelled it. */
export const Alias = z.object({
  id: Id,
  text: z.string(),
  script: z.string(),
  system: SpellingSystemSchema.or(z.literal('')),
  generated: z.boolean(),
});
/** A spelling proposed for an entity's Hangul or Han name (`from`), not yet accepted or dismissed. */
export const ProposedSpelling = z.object({ text: z.string(), system: SpellingSystemSchema, from: z.string() });
export type ProposedSpelling = z.infer<typeof ProposedSpelling>;
export const ExternalId = z.strictObject({
  key: z.string().trim().min(1).max(100),
  value: z.string().trim().min(1).max(500),
});

export const Mention = z.object({
  id: Id,
  entityId: Id,
  articleId: Id,
  excerptId: Id.nullable(),
  start: z.number(),
  end: z.number(),
  exact: z.string(),
  status: z.enum(MENTION_STATUSES),
});
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  id: Id,
  type: EntityType,
  name: z.string(),
  description: RichText,
  aliases: z.array(Alias),
  externalIds: z.array(ExternalId),
  tags: z.array(z.string()),
  mentionCount: z.number(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Entity = z.infer<typeof Entity>;

export const Relationship = z.object({
  id: Id,
  fromEntityId: Id,
  toEntityId: Id,
  type: RelationshipType,
  label: z.string(),
  excerptIds: z.array(Id),
  createdAt: Timestamp,
});
export type Relationship = z.infer<typeof Relationship>;

// ---- cases

export const CaseItem = z.object({ itemId: Id, kind: CaseItemKind, title: z.string(), addedAt: Timestamp });
export const Case = z.object({
  id: Id,
  title: z.string(),
  summary: RichText,
  archived: z.boolean(),
  items: z.array(CaseItem),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Case = z.infer<typeof Case>;

// ---- search

/** A day or a part of one ('2020', '2020-03', '2020-03-06'); a range's ends include the whole period. */
const RangeEnd = z.string().refine(isPartialDateValue, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD').optional();
export const DateRange = z
  .strictObject({ from: RangeEnd, to: RangeEnd })
  .refine((r) => !r.from || !r.to || r.from.slice(0, r.to.length) <= r.to, {
    message: 'the range ends before it starts: swap "from" and "to"',
  });
export type DateRange = z.infer<typeof DateRange>;

/**
 * What a search may be narrowed to. Each filter keeps only the kinds it applies to: a grade,
 * language or date filter keeps articles and excerpts (sources too for reliability), an entity
 * filter keeps the articles and excerpts that mention it, a case filter the case's own items.
 */
export const SearchFilters = z.strictObject({
  kinds: z.array(ObjectKind).max(OBJECT_KINDS.length).optional(),
  /** this reliability letter or better (of the publisher, the excerpt's source, the source), or only unrated */
  minReliability: ReliabilitySchema.or(z.literal('unrated')).optional(),
  /** excerpts graded this credibility or better (1 is best), or only ungraded ones */
  minCredibility: CredibilitySchema.or(z.literal('ungraded')).optional(),
  entityId: Id.optional(),
  caseId: Id.optional(),
  /** the article's language code as stored ('en', 'ko') */
  language: z.string().trim().min(1).max(35).optional(),
  /** when the article was captured (its excerpts go with it) */
  captured: DateRange.optional(),
  /** when the article was published; a partial date counts when its period overlaps the range */
  published: DateRange.optional(),
});
export type SearchFilters = z.infer<typeof SearchFilters>;

export const SavedSearch = z.object({
  id: Id,
  name: z.string(),
  query: z.string(),
  filters: SearchFilters,
  createdAt: Timestamp,
  createdBy: z.string(),
  updatedAt: Timestamp,
});
export type SavedSearch = z.infer<typeof SavedSearch>;

export const SearchResult = z.object({
  kind: ObjectKind,
  id: Id,
  title: z.string(),
  snippet: z.string(),
  highlights: z.array(z.object({ start: z.number(), end: z.number() })),
  grade: z.string().optional(),
  /** Found only by other spellings of an entity the query named (its aliases), not by what was typed. */
  matchedAliases: z.array(z.string()).optional(),
});
export type SearchResult = z.infer<typeof SearchResult>;

// ---- verification

export const VerifyReport = z.object({
  ok: z.boolean(),
  checks: z.array(
    z.object({
      name: z.string(),
      ok: z.boolean(),
      problems: z.array(z.string()),
      /** What a check could not prove, without failing it (e.g. history older than schema 2). */
      notes: z.array(z.string()).optional(),
    }),
  ),
  /** The audit head verified: write it somewhere else to anchor it. */
  head: z.object({ seq: z.number(), hash: z.string(), at: z.string() }).nullable().optional(),
});
/** An audit head anchored outside the library (anchor file line, case file, report, backup). */
export const AuditAnchor = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  seq: z.number().int().min(1).optional(),
});
export type VerifyReport = z.infer<typeof VerifyReport>;
