// Everything an entity page shows, in one read: where the entity is mentioned (with the grades of
// the excerpts that carry those mentions), which sources speak about it, which entities appear
// beside it, its relationships with their backing excerpts, and the notes that @-mention it.
import type { NotedKind } from '../../../shared/contract/objectKinds';
import type { MethodOutput } from '../../../shared/contract/methods';
import { sentenceContext } from '../../../shared/domain/kwic';
import type { Ctx } from './context';
import { getEntity, listRelationships } from './entities';
import { getExcerpt } from './excerpts';

type EntityPage = MethodOutput<'entities.page'>;

export function entityPage(ctx: Ctx, id: string): EntityPage {
  const entity = getEntity(ctx, id);
  const mentions = ctx.db
    .prepare(
      `SELECT m.id, m.article_id AS articleId, a.title AS articleTitle, m.start, m."end" AS "end", m.exact,
         a.published, a.published_qualifier AS publishedQualifier,
         (SELECT e.id FROM excerpts e WHERE e.article_id = m.article_id AND (e.id = m.excerpt_id OR (e.start <= m.start AND e."end" >= m."end"))
          ORDER BY e.id = m.excerpt_id DESC, e."end" - e.start LIMIT 1) AS excerptId
       FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.entity_id = ? AND m.status = 'accepted' ORDER BY a.published DESC, a.title, m.start`,
    )
    .all(id) as {
    id: string;
    articleId: string;
    articleTitle: string;
    start: number;
    end: number;
    exact: string;
    published: string;
    publishedQualifier: string;
    excerptId: string | null;
  }[];
  const excerptIds = [...new Set(mentions.map((m) => m.excerptId).filter((x): x is string => !!x))];
  const excerpts = excerptIds.map((excerptId) => getExcerpt(ctx, excerptId));
  const grades = new Map(excerpts.map((e) => [e.id, e]));

  const sources = new Map<string, { id: string; name: string; reliability: string | null; excerpts: number }>();
  for (const e of excerpts) {
    if (!e.sourceId) continue;
    const s = sources.get(e.sourceId) ?? {
      id: e.sourceId,
      name: e.sourceName,
      reliability: e.reliability,
      excerpts: 0,
    };
    s.excerpts++;
    sources.set(e.sourceId, s);
  }

  const coMentioned = ctx.db
    .prepare(
      `SELECT o.id, o.name, o.type, count(DISTINCT other.article_id) AS articles
       FROM mentions mine JOIN mentions other ON other.article_id = mine.article_id AND other.entity_id <> mine.entity_id AND other.status = 'accepted'
       JOIN entities o ON o.id = other.entity_id
       WHERE mine.entity_id = ? AND mine.status = 'accepted'
       GROUP BY o.id ORDER BY articles DESC, o.name LIMIT 50`,
    )
    .all(id) as EntityPage['coMentioned'];

  const relationships = listRelationships(ctx, id).map((r) => {
    const otherId = r.fromEntityId === id ? r.toEntityId : r.fromEntityId;
    const other = ctx.db.prepare('SELECT id, name, type FROM entities WHERE id = ?').get(otherId) as {
      id: string;
      name: string;
      type: string;
    };
    return {
      ...r,
      direction: r.fromEntityId === id ? ('outgoing' as const) : ('incoming' as const),
      other,
      evidence: r.excerptIds.map((excerptId) => {
        const e = getExcerpt(ctx, excerptId);
        return { id: e.id, articleId: e.articleId, exact: e.exact, grade: e.grade };
      }),
    };
  });

  // Notes store the mention node's entity id in their JSON, so a LIKE on the id finds them.
  const like = `%${id}%`;
  const notes = ctx.db
    .prepare(
      `SELECT 'excerpt' AS kind, e.id, a.title AS title, e.note_text AS text, e.article_id AS articleId FROM excerpts e JOIN articles a ON a.id = e.article_id WHERE e.note_json LIKE @like
       UNION ALL SELECT 'case', c.id, c.title, c.summary_text, NULL FROM cases c WHERE c.summary_json LIKE @like
       UNION ALL SELECT 'entity', n.id, n.name, n.description_text, NULL FROM entities n WHERE n.id <> @id AND n.description_json LIKE @like`,
    )
    .all({ like, id }) as {
    kind: NotedKind;
    id: string;
    title: string;
    text: string;
    articleId: string | null;
  }[];

  // Each mention's sentence (keyword in context): every article's text is read once.
  const texts = new Map<string, string>();
  const textOf = (articleId: string) => {
    if (!texts.has(articleId))
      texts.set(
        articleId,
        (ctx.db.prepare('SELECT text FROM articles WHERE id = ?').get(articleId) as { text: string }).text,
      );
    return texts.get(articleId)!;
  };

  return {
    entity,
    mentions: mentions.map((m) => {
      const e = m.excerptId ? grades.get(m.excerptId) : undefined;
      const { before, after } = sentenceContext(textOf(m.articleId), m.start, m.end);
      return {
        context: { before, after },
        id: m.id,
        articleId: m.articleId,
        articleTitle: m.articleTitle,
        start: m.start,
        end: m.end,
        exact: m.exact,
        published: { value: m.published, qualifier: m.publishedQualifier },
        excerptId: m.excerptId,
        grade: e?.grade ?? null,
        eventDate: e?.eventDate ?? null,
      };
    }),
    excerpts,
    sources: [...sources.values()].sort((a, b) => b.excerpts - a.excerpts || a.name.localeCompare(b.name)),
    coMentioned,
    relationships,
    notes: notes.map((n) => ({
      kind: n.kind,
      id: n.id,
      title: n.title,
      snippet: n.text.slice(0, 200),
      articleId: n.articleId,
    })),
  };
}
