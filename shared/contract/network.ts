// The link chart's and the library timeline's data: what `graph.build` and `timeline.build` take
// and return. The chart, the timeline and `casefile export-graph` all read these shapes, so what an
// analyst sees and what Gephi opens are the same graph.
import { z } from 'zod';
import {
  CredibilitySchema,
  EntityType,
  Id,
  PartialDateSchema,
  PartialDateValue,
  RelationshipType,
  ReliabilitySchema,
} from './schemas';

/** The excerpt-backed grade an edge carries: its best backing excerpt's (see shared/domain/bestGrade). */
export const EdgeGrade = z.object({
  reliability: ReliabilitySchema.nullable(),
  credibility: CredibilitySchema.nullable(),
  /** "B3"; "?3" for an unrated source */
  text: z.string(),
});
export type EdgeGrade = z.infer<typeof EdgeGrade>;

export const GraphNode = z.object({
  id: Id,
  name: z.string(),
  type: EntityType,
  aliases: z.array(z.string()),
  /** accepted mentions in the articles in scope */
  mentions: z.number(),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('relationship'),
    id: Id,
    source: Id,
    target: Id,
    type: RelationshipType,
    label: z.string(),
    /** null when no backing excerpt (left after the filters) is graded */
    grade: EdgeGrade.nullable(),
    excerptIds: z.array(Id),
  }),
  z.object({
    kind: z.literal('co-mention'),
    /** 'co:<smaller id>:<larger id>': co-mentions are undirected */
    id: z.string(),
    source: Id,
    target: Id,
    /** articles in scope where both entities have an accepted mention */
    articles: z.number(),
  }),
]);
export type GraphEdge = z.infer<typeof GraphEdge>;

const DateBound = PartialDateValue.refine((v) => v !== '', 'must not be empty');

export const GraphFilters = z.strictObject({
  /** Only this case's entities (its entity items and the entities its articles mention). */
  caseId: Id.optional(),
  /** Only this entity and its direct neighbours (relationships and co-mentions). */
  entityId: Id.optional(),
  entityTypes: z.array(EntityType).max(20).optional(),
  relationshipTypes: z.array(RelationshipType).max(20).optional(),
  /** Relationship edges need a backing excerpt from a source rated at least this. */
  minReliability: ReliabilitySchema.optional(),
  /** …and graded at least this credibility (1 best). */
  maxCredibility: CredibilitySchema.optional(),
  /** Keep edges whose evidence is dated inside the range (excerpt event date, else the article's date). */
  from: DateBound.optional(),
  to: DateBound.optional(),
  coMentions: z.boolean().default(true),
});
export const GraphBuildInput = GraphFilters.default({ coMentions: true });

/** The same graph as a file for Gephi: GraphML or GEXF 1.3. */
export const GraphExportInput = GraphFilters.extend({ format: z.enum(['graphml', 'gexf']) });
export const GraphExportOutput = z.object({ xml: z.string(), nodes: z.number(), edges: z.number() });

export const GraphBuildOutput = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
});
export type GraphData = z.infer<typeof GraphBuildOutput>;

export const TIMELINE_LANES = ['event', 'report'] as const;

export const TimelineItem = z.object({
  /** the excerpt's id (event lane) or the article's (report lane) */
  id: Id,
  kind: z.enum(['excerpt', 'article']),
  /** 'event': when the excerpt says it happened; 'report': when the article was published */
  lane: z.enum(TIMELINE_LANES),
  articleId: Id,
  title: z.string(),
  /** the excerpt's quote; '' for an article */
  text: z.string(),
  date: PartialDateSchema,
  /** every day the partial date can mean: first and last day, inclusive, YYYY-MM-DD */
  start: z.string(),
  end: z.string(),
  grade: z.string().nullable(),
  reliability: ReliabilitySchema.nullable(),
  sourceName: z.string(),
});
export type TimelineItem = z.infer<typeof TimelineItem>;

export const TimelineBuildInput = z
  .strictObject({
    caseId: Id.optional(),
    entityId: Id.optional(),
    sourceId: Id.optional(),
    minReliability: ReliabilitySchema.optional(),
    from: DateBound.optional(),
    to: DateBound.optional(),
  })
  .default({});

export const TimelineBuildOutput = z.object({ items: z.array(TimelineItem) });
