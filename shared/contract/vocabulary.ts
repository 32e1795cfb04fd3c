// The contract's closed vocabularies as plain lists, without zod: the renderer's start-up code
// (type icons, sort menus, route parsing) reads them without building the contract's schemas, and
// schemas.ts builds its enums from them.
export const SOURCE_KINDS = ['publication', 'author', 'human-source', 'organization', 'document', 'other'] as const;
export const ENTITY_TYPES = [
  'person',
  'organization',
  'location',
  'facility',
  'commodity',
  'event',
  'vehicle',
  'other',
] as const;
export const MENTION_STATUSES = ['suggested', 'accepted', 'dismissed'] as const;
export const RELATIONSHIP_TYPES = [
  'affiliated-with',
  'located-in',
  'controls',
  'supplies',
  'transports',
  'pays',
  'member-of',
  'other',
] as const;
export const CAPTURE_METHODS = [
  'paste',
  'file-text',
  'file-markdown',
  'file-html',
  'file-pdf',
  'case-file',
  'web',
] as const;
export const ARTICLE_SORT_KEYS = ['captured', 'title', 'publisher', 'published', 'language', 'excerpts'] as const;
/** The Excerpts screen's sorts; each pages along its own index (migration 010). */
export const EXCERPT_SORT_KEYS = ['article', 'quote', 'source', 'grade', 'date', 'created'] as const;
export type ExcerptSortKey = (typeof EXCERPT_SORT_KEYS)[number];
