// Saved pages are read on linkedom, not jsdom (issue 14: jsdom's parse was the whole cost of an
// .html import). This proves the switch changes nothing an analyst sees: on every page of the
// readability test corpus, the import's extraction gives the same title, byline, date, language,
// direction, site, description, canonical URL and text as the jsdom pipeline it replaced (kept
// below as the reference, exactly as it was). And linkedom, like jsdom as we used it, runs none of
// a hostile page's scripts and fetches none of its resources.
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guessDirection, guessLanguage, type DetectedMetadata } from '../../../shared/domain/detectMetadata';
import { parsePartialDate } from '../../../shared/domain/partialDate';
import { extractHtml, HTML_EXTRACTOR } from './html';
import { htmlNodeToText } from './htmlToText';

const CORPUS = path.resolve(import.meta.dirname, '../../../../shared/corpus/web-pages');
const PAGES = fs
  .readdirSync(CORPUS)
  .filter((n) => fs.existsSync(path.join(CORPUS, n, 'source.html')))
  .sort();

/** The page's text (every page of the corpus is UTF-8; a stray byte would fail here, not mislead). */
function source(name: string): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(CORPUS, name, 'source.html')));
}

/** The extraction as it was on jsdom before linkedom: a clone for Readability, its HTML re-parsed. */
function onJsdom(html: string): { text: string; detected: DetectedMetadata } {
  const withoutStyles = html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
  const dom = new JSDOM(withoutStyles, { url: 'https://casefile.invalid/', virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    const meta = (...selectors: string[]) => {
      for (const selector of selectors) {
        const element = document.querySelector(selector);
        const value = element?.getAttribute('content') ?? element?.getAttribute('href');
        if (value?.trim()) return value.trim();
      }
      return undefined;
    };
    let canonicalUrl: string | undefined;
    try {
      const url = new URL(meta('link[rel="canonical"]', 'meta[property="og:url"]') ?? '');
      if (url.protocol === 'http:' || url.protocol === 'https:') canonicalUrl = url.href;
    } catch {
      // no usable canonical URL
    }
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
    const detected: DetectedMetadata = {};
    const title = article?.title?.trim() || document.title.trim();
    if (title) detected.title = title;
    if (article?.byline?.trim()) detected.byline = article.byline.trim();
    if (article?.siteName?.trim()) detected.siteName = article.siteName.trim();
    const day = article?.publishedTime?.match(/^(\d{4}-\d{2}-\d{2})/)?.[1];
    if (day) detected.published = parsePartialDate(day);
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

const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('saved pages on linkedom read as they did on jsdom', () => {
  it('covers the whole corpus', () => {
    expect(PAGES).toHaveLength(30);
    expect(HTML_EXTRACTOR).toMatch(/^@mozilla\/readability \d+\.\d+\.\d+ \(linkedom \d+\.\d+\.\d+\)$/);
  });

  it.each(PAGES)(
    '%s: same title, byline, date, language, direction, site, description, canonical URL and text',
    (name) => {
      const html = source(name);
      const ours = extractHtml(html, name);
      const reference = onJsdom(html);
      const fields = (d: DetectedMetadata) => ({
        title: d.title,
        byline: d.byline,
        published: d.published?.value,
        language: d.language,
        textDirection: d.textDirection,
        siteName: d.siteName,
        description: d.description,
        canonicalUrl: d.canonicalUrl,
      });
      expect(fields(ours.detected)).toEqual(fields(reference.detected));
      expect(ours.text.length).toBeGreaterThan(0);
      expect(normalised(ours.text)).toBe(normalised(reference.text));
    },
    300_000,
  );
});

describe('a hostile page on linkedom', () => {
  let server: http.Server;
  let origin = '';
  const requests: string[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('/* fetched */');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('runs none of its scripts and fetches none of its resources', async () => {
    const marker = `__casefileRan${Date.now()}`;
    const page = `<!doctype html><html lang="en"><head>
      <base href="${origin}/base/"><meta http-equiv="refresh" content="0;url=${origin}/refresh">
      <link rel="stylesheet" href="${origin}/style.css"><link rel="preload" href="${origin}/preload" as="fetch">
      <script>globalThis.${marker} = 'inline'; fetch('${origin}/inline-fetch');</script>
      <script src="${origin}/script.js"></script>
      <style>@import url("${origin}/import.css"); body { background: url(${origin}/bg.png) }</style>
      <title>Customs report</title></head>
      <body onload="globalThis.${marker} = 'onload'"><article><h1>Customs report</h1>
      <p>Smuggling through Hyesan continued in March, according to a source in Ryanggang Province.</p>
      <img src="${origin}/pixel.gif" onerror="globalThis.${marker} = 'onerror'" srcset="${origin}/2x.gif 2x">
      <iframe src="${origin}/frame"></iframe><object data="${origin}/object"></object>
      <video poster="${origin}/poster.png"><source src="${origin}/video.mp4"></video>
      <svg><image href="${origin}/svg-image.png"/></svg>
      <p>Traders said the customs office at the border inspected fewer trucks than in previous months.</p>
      </article></body></html>`;
    const { text, detected } = extractHtml(page, 'hostile.html');
    expect(text).toContain('Smuggling through Hyesan continued in March');
    expect(text).not.toContain(marker);
    expect(detected.title).toBe('Customs report');
    // A request of our own after the extraction: anything the page had set off is queued before it.
    expect(await (await fetch(`${origin}/sentinel`)).text()).toBe('/* fetched */');
    expect(requests).toEqual(['/sentinel']);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });
});
