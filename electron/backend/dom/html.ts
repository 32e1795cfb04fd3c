// Saved web pages: Mozilla Readability on jsdom finds the article and its metadata. jsdom runs no
// script and fetches nothing unless asked, and we never ask. (This folder is its own TypeScript
// project with the DOM's types, so they stay out of the rest of the backend.)
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { createRequire } from 'node:module';
import type { DetectedMetadata } from '../../../shared/domain/detectMetadata';
import { guessDirection, guessLanguage } from '../../../shared/domain/detectMetadata';
import { parsePartialDate } from '../../../shared/domain/partialDate';
import { ContractError } from '../../../shared/contract/errors';
import { htmlNodeToText } from './htmlToText';

const require = createRequire(import.meta.url);
export const READABILITY_VERSION: string = (require('@mozilla/readability/package.json') as { version: string })
  .version;

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

/** Reads an already-decoded page. */
export function extractHtml(html: string, name: string): HtmlExtraction {
  if (!/<(html|head|body|p|div|article|h1|title)[\s>]/i.test(html.slice(0, 100_000))) {
    throw new ContractError(
      'unsupported_format',
      `${name} does not look like a web page (no HTML elements in it). If it is plain text, rename it to .txt.`,
    );
  }
  // Stylesheets say nothing about the article and are slow to parse; drop them before jsdom does.
  const withoutStyles = html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
  // A fixed, meaningless base URL: relative links resolve somewhere harmless, nothing is fetched.
  // The page's console output is the page's business, not ours: a silent virtual console.
  const dom = new JSDOM(withoutStyles, { url: 'https://casefile.invalid/', virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    const canonicalUrl = httpUrl(meta(document, 'link[rel="canonical"]', 'meta[property="og:url"]'));
    const htmlLang = document.documentElement.getAttribute('lang')?.trim() || undefined;
    const article = new Readability(document.cloneNode(true) as Document).parse();
    let text: string;
    if (article?.content) {
      const container = document.createElement('div');
      container.innerHTML = article.content;
      text = htmlNodeToText(container as never);
    } else {
      text = htmlNodeToText(document.body as never);
    }
    if (!text.trim()) {
      throw new ContractError(
        'invalid_input',
        `${name} has no readable text (the page may be empty or built entirely by scripts, which Casefile never runs).`,
      );
    }
    const detected: DetectedMetadata = {};
    const title = article?.title?.trim() || document.title.trim();
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
  } finally {
    dom.window.close();
  }
}
