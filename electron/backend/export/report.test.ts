// The case report (HTML and PDF) and the CSV exports.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../browser/findChromium';
import { openTestBackend, SEED_TEXT, tempDir } from '../testing/tempLibrary';

async function reportCase() {
  const backend = openTestBackend();
  const { article } = await backend.call('articles.createFromText', {
    text: SEED_TEXT,
    title: 'Kimbongsokyong <smuggling>',
    publisher: 'Daily NK',
  });
  await backend.call('sources.rate', { id: article.publisherSourceId!, reliability: 'B', rationale: 'long record' });
  const a = await backend.call('excerpts.create', {
    articleId: article.id,
    quote: 'smuggled South Korean masks through a customs office in Sinuiju in early February',
    sourceId: article.publisherSourceId!,
    credibility: 2,
    eventDate: { value: '2020-02', qualifier: 'early' },
  });
  const b = await backend.call('excerpts.create', {
    articleId: article.id,
    quote: 'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks',
    credibility: 3,
    eventDate: { value: '2020-03-06', qualifier: '' },
    tags: ['=HYPERLINK("x")'],
  });
  const kim = await backend.call('entities.create', { name: 'Kim Yo Jong', type: 'person', aliases: ['김여정'] });
  await backend.call('mentions.create', { entityId: kim.id, articleId: article.id });
  const summary = JSON.stringify({
    root: {
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Bold claim', format: 1 },
            { type: 'entity-mention', name: 'Kim Yo Jong', entityId: kim.id },
          ],
        },
        {
          type: 'list',
          listType: 'bullet',
          children: [{ type: 'listitem', children: [{ type: 'text', text: '<script>alert(1)</script>' }] }],
        },
      ],
    },
  });
  const theCase = await backend.call('cases.create', {
    title: 'Border smuggling',
    summary: { json: summary, text: 'Bold claim Kim Yo Jong <script>alert(1)</script>' },
  });
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

  it('reads as an editor expects: words, plurals, local times, grouped sources, whole words', async () => {
    const { backend, theCase, article } = await reportCase();
    const author = (await backend.call('articles.get', { id: article.id })).authors;
    const human = await backend.call('sources.create', {
      name: 'a Daily NK source in Ryanggang Province',
      kind: 'human-source',
      parentId: article.publisherSourceId!,
    });
    const korean = await backend.call('articles.createFromText', {
      text: '양강도 혜산시에서 밀수가 계속되고 있다. 김여정이 관련되었다는 소문이 있다.',
      title: '혜산 밀수',
      language: 'ko',
      publisher: 'Asia Press',
      byline: 'Ishimaru Jiro',
    });
    const long =
      'According to sources, the Kimbongsokyong Trading Company also coordinated the illicit import of Japanese-made air conditioners, washing machines, and drinks refrigerators';
    const noted = await backend.call('excerpts.create', {
      articleId: article.id,
      quote: long,
      sourceId: human.id,
      eventDate: { value: '2020-03', qualifier: 'late' },
      note: { json: '', text: 'Second sighting of the company.' },
    });
    await backend.call('cases.addItems', { id: theCase.id, itemIds: [korean.article.id, noted.id] });
    const { html } = await backend.call('cases.report', {
      id: theCase.id,
      groupBy: 'date',
      locale: 'en-GB',
      timeZone: 'Asia/Seoul',
    });
    const text = html
      .replace(/<\/?span[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    // Counts name every source the case rests on (publishers, authors, human sources), in the right number.
    const authors = (await backend.call('articles.get', { id: korean.article.id })).authors.length + author.length;
    expect(text).toContain(`2 articles, 3 excerpts, ${3 + authors} sources, 1 entity`);
    expect(text).not.toMatch(/\b1 (articles|excerpts|sources|entities)\b/);
    // Source kinds in words, human sources under their publication, publications by name.
    expect(text).toContain('Human source');
    expect(text).not.toMatch(/\bhuman-source\b/);
    const order = ['Asia Press', 'Daily NK', 'a Daily NK source in Ryanggang Province'].map((name) =>
      text.indexOf(name, text.indexOf('Sources and their reliability')),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).toMatch(/<tr class="child"><td>↳ a Daily NK source in Ryanggang Province/);
    // Times in the analyst's zone and locale.
    expect(text).toContain('(Asia/Seoul)');
    expect(text).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} \(Asia\/Seoul\)/);
    // The analyst's note is labelled as such; "late March" is drawn as the last third of March.
    expect(text).toContain('Analyst’s note Second sighting of the company.');
    expect(text).toContain('2020-03-21 – 2020-03-31 (the late part of 2020-03-01 – 2020-03-31)');
    expect(text).toContain('2020-02-01 – 2020-02-09 (the early part of 2020-02-01 – 2020-02-29)');
    // The timeline shortens a long quote at a word boundary, never mid-word.
    const cell = html.match(/<td>(According to sources[^<]*)<\/td>/)![1]!;
    expect(cell.endsWith('…')).toBe(true);
    expect(long.startsWith(cell.slice(0, -1))).toBe(true);
    expect(long[cell.length - 1]).toMatch(/[\s,]/);
    // Korean and Chinese lines break between words, not inside them.
    expect(html).toMatch(/word-break:keep-all/);
  });

  it('refuses a locale or time zone that does not exist, saying what to give', async () => {
    const { backend, theCase } = await reportCase();
    const bad = await backend.dispatch('cases.report', { id: theCase.id, timeZone: 'Mars/Olympus' });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/IANA time zone/) },
    });
    expect(await backend.dispatch('cases.report', { id: theCase.id, locale: 'not a locale!' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it.skipIf(!findChromium())(
    'prints a PDF through Chromium',
    async () => {
      const { backend, theCase } = await reportCase();
      const out = path.join(tempDir(), 'report.pdf');
      const { jobId } = await backend.call('cases.reportPdf', { id: theCase.id, groupBy: 'date', path: out });
      const state = await backend.jobs.wait(jobId);
      expect(state.status, state.error?.message).toBe('done');
      const pdf = fs.readFileSync(out);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      let extracted: string;
      try {
        extracted = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return; // poppler-utils not installed: nothing more to check
        throw error;
      }
      // The text can be selected and searched: the title, a quote and the analyst's words come out.
      expect(extracted).toContain('Border smuggling');
      expect(extracted.replace(/\s+/g, ' ')).toContain('Kimbongsokyong Trading Company smuggled in masks');
      // Latin text is set in embedded TrueType fonts, not Type 3 glyph procedures (which some
      // readers cannot select or search); this case has no CJK text.
      const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((line) => /Type 3/.test(line))).toEqual([]);
      expect(fonts.every((line) => / yes /.test(line))).toBe(true); // embedded
    },
    90_000,
  );
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
