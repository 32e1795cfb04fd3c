// Excerpts as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/). The selectors
// (TextQuote, and TextPosition in code points) count in the article's *extracted text*, not in the
// captured HTML or PDF, so the target's `source` is that text, named by its own SHA-256 with its
// media type; the text's `via` and the target's `scope` lead back to the original (its hash, URL
// and media type), from which the text was derived. The note is a commenting TextualBody, the
// grade a classifying one, tags tagging ones.
import { ContractError } from '../../../shared/contract/errors';
import type { Excerpt } from '../../../shared/contract/schemas';
import { getArticle } from '../services/articles';
import type { Ctx } from '../services/context';
import { listExcerpts } from '../services/excerpts';
import { ExcerptListInput } from '../../../shared/contract/schemas';
import { kindOf } from '../services/objectKinds';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type WebAnnotation = Record<string, unknown>;

function body(excerpt: Excerpt): WebAnnotation[] {
  const bodies: WebAnnotation[] = [];
  if (excerpt.note.text.trim()) {
    bodies.push({ type: 'TextualBody', value: excerpt.note.text, format: 'text/plain', purpose: 'commenting' });
  }
  if (excerpt.reliability || excerpt.credibility) {
    bodies.push({ type: 'TextualBody', value: excerpt.grade, format: 'text/plain', purpose: 'classifying' });
  }
  for (const tag of [...excerpt.tags, ...excerpt.machineTags])
    bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return bodies;
}

/** The media type of an article's extracted text, which the selectors count in. */
export const EXTRACTED_TEXT_FORMAT = 'text/plain';

export interface AnnotatedArticle {
  originalSha256: string;
  textSha256: string;
  mediaType: string;
  url: string;
  canonicalUrl: string;
  language: string;
}

export function excerptAnnotation(excerpt: Excerpt, article: AnnotatedArticle): WebAnnotation {
  const bodies = body(excerpt);
  const original = `urn:sha256:${article.originalSha256}`;
  const url = article.canonicalUrl || article.url;
  const text: WebAnnotation = {
    id: `urn:sha256:${article.textSha256}`,
    type: 'Text',
    format: EXTRACTED_TEXT_FORMAT,
    ...(article.language ? { language: article.language } : {}),
    via: url ? [original, url] : original,
  };
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${excerpt.id}`,
    type: 'Annotation',
    motivation: excerpt.note.text.trim() ? 'commenting' : 'highlighting',
    created: excerpt.createdAt,
    modified: excerpt.updatedAt,
    creator: { type: 'Person', name: excerpt.createdBy },
    generator: { type: 'Software', name: 'Casefile' },
    ...(bodies.length ? { body: bodies.length === 1 ? bodies[0] : bodies } : {}),
    target: {
      type: 'SpecificResource',
      source: text,
      scope: { id: original, format: article.mediaType, ...(url ? { via: url } : {}) },
      selector: [
        { type: 'TextQuoteSelector', exact: excerpt.exact, prefix: excerpt.prefix, suffix: excerpt.suffix },
        { type: 'TextPositionSelector', start: excerpt.start, end: excerpt.end },
      ],
    },
  };
}

/** The annotations of one article's excerpts, or of every excerpt in a case. */
export function exportAnnotations(ctx: Ctx, id: string): WebAnnotation[] {
  const kind = kindOf(ctx, id);
  if (kind !== 'article' && kind !== 'case') {
    throw new ContractError(
      kind ? 'invalid_input' : 'not_found',
      kind
        ? `Annotations are exported for an article or a case, not a ${kind}.`
        : `Nothing in this library has the id ${id}.`,
    );
  }
  const excerpts: Excerpt[] = [];
  for (let after: string | undefined; ;) {
    const page = listExcerpts(
      ctx,
      ExcerptListInput.parse({
        ...(kind === 'article' ? { articleId: id } : { caseId: id }),
        ...(after ? { after } : {}),
        limit: 5000,
        withTotal: false,
      }),
    );
    excerpts.push(...page.items);
    if (!page.next) break;
    after = page.next;
  }
  const articles = new Map<string, ReturnType<typeof getArticle>>();
  return excerpts.map((excerpt) => {
    if (!articles.has(excerpt.articleId)) articles.set(excerpt.articleId, getArticle(ctx, excerpt.articleId));
    return excerptAnnotation(excerpt, articles.get(excerpt.articleId)!);
  });
}
