// The article metadata form's values as typed, and their translation into a contract input with
// one readable error per field (the backend checks again; this only spares a round trip).
import type { Article } from '../../../../shared/contract/schemas';
import { formatPartialDate, parsePartialDate } from '../../../../shared/domain/partialDate';

export interface MetadataDraft {
  title: string;
  publisher: string;
  byline: string;
  /** As typed: 'March 2020', '2020-03-06', 'early February 2020' or empty. */
  published: string;
  language: string;
  textDirection: 'auto' | 'ltr' | 'rtl';
  translator: string;
  url: string;
}

export type MetadataErrors = Partial<Record<keyof MetadataDraft, string>>;

export const EMPTY_DRAFT: MetadataDraft = {
  title: '',
  publisher: '',
  byline: '',
  published: '',
  language: '',
  textDirection: 'auto',
  translator: '',
  url: '',
};

export function draftFromArticle(article: Article): MetadataDraft {
  return {
    title: article.title,
    publisher: article.publisherName,
    byline: article.byline,
    published: formatPartialDate(article.published),
    language: article.language,
    textDirection: article.textDirection === 'ltr' || article.textDirection === 'rtl' ? article.textDirection : 'auto',
    translator: article.translator,
    url: article.url,
  };
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export function parsePublished(text: string): { value: string; qualifier: string } | { error: string } {
  if (!text.trim()) return { value: '', qualifier: '' };
  try {
    return parsePartialDate(text);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export function draftToInput(draft: MetadataDraft) {
  const errors: MetadataErrors = {};
  const published = parsePublished(draft.published);
  if ('error' in published) errors.published = published.error;
  const language = draft.language.trim();
  if (language && !LANGUAGE_TAG.test(language))
    errors.language = 'Use a language tag such as en, ko, zh-Hant or pt-BR.';
  const url = draft.url.trim();
  if (url) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        errors.url = 'Only http(s) addresses can be recorded.';
    } catch {
      errors.url = 'This is not a web address (it should start with https://).';
    }
  }
  const input = {
    title: draft.title.trim(),
    publisher: draft.publisher.trim(),
    byline: draft.byline.trim(),
    published: 'error' in published ? { value: '', qualifier: '' } : published,
    language,
    textDirection: draft.textDirection,
    translator: draft.translator.trim(),
    url,
  };
  return { input, errors, ok: Object.keys(errors).length === 0 };
}
