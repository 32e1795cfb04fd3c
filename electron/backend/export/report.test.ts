// The case report (HTML and PDF) and the CSV exports.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../browser/findChromium';
import { openTestBackend, SEED_TEXT, tempDir } from '../testing/tempLibrary';

async function reportCase() {
  const backend = openTestBackend();
  const { article } = await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Kimbongsokyong <smuggling>', publisher: 'Daily NK' });
  await backend.call('sources.rate', { id: article.publisherSourceId!, reliability: 'B', rationale: 'long record' });
  const a = await backend.call('excerpts.create', { articleId: article.id, quote: 'smuggled South Korean masks through a customs office in Sinuiju in early February', sourceId: article.publisherSourceId!, credibility: 2, eventDate: { value: '2020-02', qualifier: 'early' } });
  const b = await backend.call('excerpts.create', { articleId: article.id, quote: 'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks', credibility: 3, eventDate: { value: '2020-03-06', qualifier: '' }, tags: ['=HYPERLINK("x")'] });
  const kim = await backend.call('entities.create', { name: 'Kim Yo Jong', type: 'person', aliases: ['김여정'] });
  await backend.call('mentions.create', { entityId: kim.id, articleId: article.id });
  const summary = JSON.stringify({ root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Bold claim', format: 1 }, { type: 'entity-mention', name: 'Kim Yo Jong', entityId: kim.id }] }, { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [{ type: 'text', text: '<script>alert(1)</script>' }] }] }] } });
  const theCase = await backend.call('cases.create', { title: 'Border smuggling', summary: { json: summary, text: 'Bold claim Kim Yo Jong <script>alert(1)</script>' } });
  await backend.call('cases.addItems', { id: theCase.id, itemIds: [article.id, a.id, b.id, kim.id] });
  return { backend, theCase, article };
}

describe('case report', () => {
  it('holds the summary, sources, excerpts with grades, an honest timeline and the hashes, and nothing active', async () => {
    const { backend, theCase, article } = await reportCase();
    const { html } = await backend.call('cases.report', { id: theCase.id, groupBy: 'date' });
    expect(html).toContain('<strong>Bold claim</strong>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img|<link|src=|href=/i);
    expect(html).toContain('Kimbongsokyong &lt;smuggling&gt;');
    expect(html).toMatch(/<span class="grade"[^>]*>B2<\/span>/);
    expect(html).toContain('early February 2020');
    expect(html).toContain('2020-02-01 – 2020-02-29');
    expect(html).toContain(article.originalSha256);
    expect(html).toContain((await backend.call('library.info', {})).auditHead!);
    expect(html.indexOf('early February 2020')).toBeLessThan(html.indexOf('6 March 2020'));
    const byEntity = (await backend.call('cases.report', { id: theCase.id, groupBy: 'entity' })).html;
    expect(byEntity).toContain('<h3>Kim Yo Jong');
  });

  it.skipIf(!findChromium())('prints a PDF through Chromium', async () => {
    const { backend, theCase } = await reportCase();
    const out = path.join(tempDir(), 'report.pdf');
    const { jobId } = await backend.call('cases.reportPdf', { id: theCase.id, groupBy: 'date', path: out });
    const state = await backend.jobs.wait(jobId);
    expect(state.status, state.error?.message).toBe('done');
    const pdf = fs.readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    try {
      expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('Border smuggling');
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') throw error;
    }
  }, 90_000);
});

describe('CSV exports', () => {
  it('quotes fields, keeps a BOM for spreadsheets and defuses formulas', async () => {
    const { backend, theCase } = await reportCase();
    const { csv } = await backend.call('cases.exportCsv', { id: theCase.id, what: 'excerpts' });
    expect(csv.startsWith('\uFEFFid,article,quote')).toBe(true);
    expect(csv).toContain('"\'=HYPERLINK(""x"")"');
    expect(csv.split('\r\n')).toHaveLength(4);
    const entities = (await backend.call('cases.exportCsv', { id: theCase.id, what: 'entities' })).csv;
    expect(entities).toContain('Kim Yo Jong,김여정');
  });
});
