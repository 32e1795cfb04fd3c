// Saved web pages: Mozilla Readability finds the article and its metadata, on linkedom's DOM.
// linkedom (htmlparser2 under a linked-list DOM) parses about ten times faster than jsdom and gives
// Readability the same title, byline, date, language and text on every page of the readability test
// corpus (html.test.ts compares the two on all of them). It has no script engine, no resource
// loader and no network code: a page's scripts are inert elements and nothing is fetched. The page
// is parsed once; Readability works on that document and hands back its article element itself
// (no serialising and re-parsing). The Original view is sanitised elsewhere (sanitize.ts), with
// DOMPurify on jsdom, whose spec-exact HTML parser the sanitiser's safety depends on.
// (This folder is its own TypeScript project with the DOM's types, so they stay out of the rest of
// the backend.)
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createRequire } from 'node:module';
import type { DetectedMetadata } from '../../../shared/domain/detectMetadata';
import { guessDirection, guessLanguage } from '../../../shared/domain/detectMetadata';
import { parsePartialDate } from '../../../shared/domain/partialDate';
import { ContractError } from '../../../shared/contract/errors';
import { htmlNodeToText } from './htmlToText';

const require = createRequire(import.meta.url);
const versionOf = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
export const READABILITY_VERSION: string = versionOf('@mozilla/readability');
export const LINKEDOM_VERSION: string = versionOf('linkedom');
/** What an article's `extractor` says of a page read here: Readability and the DOM it ran on. */
export const HTML_EXTRACTOR = `@mozilla/readability ${READABILITY_VERSION} (linkedom ${LINKEDOM_VERSION})`;

export interface HtmlExtraction {
  text: string;
  detected: DetectedMetadata;
}

/** A partial date from an ISO timestamp such as 2017-04-19T20:22:11Z (the day in its own zone). */
function dateOf(timestamp: string | null | undefined) {
  const day = timestamp?.match(/^(\d{4}-\d{2}-\d{2})/)?.[1];
  if (!day) return undefined;
  try {
    return parsePartialDate(day);
  } catch {
    return undefined;
  }
}

function meta(document: Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value = element?.getAttribute('content') ?? element?.getAttribute('href');
    if (value?.trim()) return value.trim();
  }
  return undefined;
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page as a document: stylesheets dropped first (they say nothing about the article). */
export function parsePage(html: string): Document {
  const withoutStyles = html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
  return parseHTML(withoutStyles).document as unknown as Document;
}

/** Refuses what is not a page before any parser sees it. */
export function checkLooksLikeHtml(html: string, name: string): void {
  if (!/<(html|head|body|p|div|article|h1|title)[\s>]/i.test(html.slice(0, 100_000))) {
    throw new ContractError(
      'unsupported_format',
      `${name} does not look like a web page (no HTML elements in it). If it is plain text, rename it to .txt.`,
    );
  }
}

/**
 * The article and metadata of a parsed page. Readability changes the document it reads, so what
 * is read from the page itself (canonical URL, language, title) is read first; `reparse` gives a
 * fresh copy for the rare page where Readability finds no article text, whose whole body is then the text.
 */
export function extractFromDocument(document: Document, name: string, reparse: () => Document): HtmlExtraction {
  const canonicalUrl = httpUrl(meta(document, 'link[rel="canonical"]', 'meta[property="og:url"]'));
  const htmlLang = document.documentElement?.getAttribute('lang')?.trim() || undefined;
  const pageTitle = (document.title ?? '').trim();
  // The article element itself rather than its HTML: no serialising and re-parsing.
  const article = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  let text = article?.content ? htmlNodeToText(article.content as never) : '';
  if (!text.trim()) {
    const body = reparse().body as Element | null;
    text = body ? htmlNodeToText(body as never) : '';
  }
  if (!text.trim()) {
    throw new ContractError(
      'invalid_input',
      `${name} has no readable text (the page may be empty or built entirely by scripts, which Casefile never runs).`,
    );
  }
  const detected: DetectedMetadata = {};
  const title = article?.title?.trim() || pageTitle;
  if (title) detected.title = title;
  if (article?.byline?.trim()) detected.byline = article.byline.trim();
  if (article?.siteName?.trim()) detected.siteName = article.siteName.trim();
  const published = dateOf(article?.publishedTime);
  if (published) detected.published = published;
  const language = article?.lang?.trim() || htmlLang || guessLanguage(text);
  if (language) detected.language = language;
  detected.textDirection = article?.dir === 'rtl' || article?.dir === 'ltr' ? article.dir : guessDirection(text);
  if (canonicalUrl) detected.canonicalUrl = detected.url = canonicalUrl;
  if (article?.excerpt?.trim()) detected.description = article.excerpt.trim();
  return { text, detected };
}

/** Reads an already-decoded page. */
export function extractHtml(html: string, name: string): HtmlExtraction {
  checkLooksLikeHtml(html, name);
  return extractFromDocument(parsePage(html), name, () => parsePage(html));
}
