// The case report (HTML and PDF) and the CSV exports.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../browser/findChromium';
import { openTestBackend, SEED_TEXT, tempDir } from '../testing/tempLibrary';
import { REPORT_CJK_FAMILIES } from './reportFonts';

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

// The seed case (resources/sample: the seed article worked through, with 김여정 and 혜산 as aliases),
// plus a Korean article whose excerpt is long enough to wrap and a name only Chinese fonts draw.
const SAMPLE_CASE = path.resolve(import.meta.dirname, '../../../resources/sample/seed-walkthrough.casefile.zip');
const KOREAN_QUOTE =
  '양강도 혜산시의 김봉석영무역회사가 3월 6일 혜산세관을 통해 마스크와 일본산 전자제품을 밀수입했다고 현지 소식통이 전했다. 소식통에 따르면 이 회사는 2월 초에도 신의주 세관을 거쳐 한국산 마스크를 들여왔으며, 당국은 이를 알고도 묵인하고 있는 것으로 알려졌다.';
const CHINESE_NAME = '中朝边境走私'; // 边 is simplified: Noto Sans KR has no glyph for it, SC does
const CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

async function seedCaseWithCjk() {
  const backend = openTestBackend();
  const imported = await backend.jobs.wait((await backend.call('cases.importFile', { path: SAMPLE_CASE })).jobId);
  expect(imported.status, imported.error?.message).toBe('done');
  const { caseId } = imported.result as { caseId: string };
  const { article } = await backend.call('articles.createFromText', {
    text: `${KOREAN_QUOTE} 자세한 내용은 확인되지 않았다.`,
    title: '혜산 밀수',
    language: 'ko',
    publisher: 'Daily NK',
  });
  const excerpt = await backend.call('excerpts.create', { articleId: article.id, quote: KOREAN_QUOTE, credibility: 3 });
  const company = await backend.call('entities.create', { name: '김봉석영무역회사', type: 'organization' });
  await backend.call('mentions.create', { entityId: company.id, articleId: article.id, quote: '김봉석영무역회사' });
  const event = await backend.call('entities.create', { name: CHINESE_NAME, type: 'event' });
  await backend.call('cases.addItems', { id: caseId, itemIds: [article.id, excerpt.id, company.id, event.id] });
  return { backend, caseId };
}

function codePointIn(unicodeRange: string, cp: number): boolean {
  return unicodeRange.split(',').some((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return cp >= parseInt(from!, 16) && cp <= parseInt(to!, 16);
  });
}

describe('CJK text in the report', () => {
  it('carries TrueType Noto Sans KR/SC inline, only the slices and weights its text uses, with the licence', async () => {
    const { backend, caseId } = await seedCaseWithCjk();
    const { html } = await backend.call('cases.report', { id: caseId, groupBy: 'entity' });
    const body = html.slice(html.indexOf('<body>'));
    expect(body).toContain('Kim Yo-jong, 김여정');
    const faces = [
      ...html.matchAll(
        /@font-face\{font-family:"([^"]+)";font-style:normal;font-weight:(\d+);[^}]*src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\) format\("woff2"\);unicode-range:([^}]+)\}/g,
      ),
    ].map(([, family, weight, data, range]) => ({ family, weight, font: Buffer.from(data!, 'base64'), range: range! }));
    expect(new Set(faces.map((f) => f.family))).toEqual(new Set(REPORT_CJK_FAMILIES));
    for (const face of faces) {
      // WOFF2 whose flavour is 0x00010000: TrueType (glyf) outlines, which Chromium embeds as real fonts.
      expect(face.font.subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(face.font.readUInt32BE(4)).toBe(0x00010000);
      // Only slices the report needs: each draws at least one of its characters, in both weights.
      expect([...body].some((ch) => codePointIn(face.range, ch.codePointAt(0)!))).toBe(true);
      expect(faces.filter((f) => f.family === face.family && f.range === face.range).map((f) => f.weight)).toEqual([
        '400',
        '700',
      ]);
    }
    // Every CJK character of the report is drawn by one of them.
    for (const ch of new Set([...body].filter((c) => CJK.test(c))))
      expect(
        faces.some((f) => codePointIn(f.range, ch.codePointAt(0)!)),
        `${ch} has a font`,
      ).toBe(true);
    // The fonts' licence travels with them; nothing is fetched; CJK still breaks between words only.
    expect(html).toContain('SIL Open Font License, Version 1.1');
    expect(html).toContain('font-src data:');
    expect(html).not.toMatch(/url\((?!data:)/);
    expect(html).not.toMatch(/<script|<img|<link|src=|href=/i);
    expect(html).toMatch(/body\{[^}]*word-break:keep-all/);
    expect(html.indexOf(`"${REPORT_CJK_FAMILIES[0]}"`)).toBeLessThan(html.indexOf('NanumGothic'));
  });

  it('carries no font when the report has no CJK text', async () => {
    const { backend, theCase } = await reportCase();
    const { html } = await backend.call('cases.report', { id: theCase.id, groupBy: 'date' });
    expect(html).not.toMatch(CJK);
    expect(html).not.toContain('@font-face');
    expect(html.length).toBeLessThan(20_000);
  });

  it.skipIf(!findChromium())(
    'prints the seed case with its Korean and Chinese text in embedded TrueType fonts, selectable and searchable',
    async () => {
      const { backend, caseId } = await seedCaseWithCjk();
      const out = path.join(tempDir(), 'seed-report.pdf');
      const { jobId } = await backend.call('cases.reportPdf', { id: caseId, groupBy: 'entity', path: out });
      const state = await backend.jobs.wait(jobId);
      expect(state.status, state.error?.message).toBe('done');
      const bytes = fs.readFileSync(out);
      // Skia writes font dictionaries as plain objects (no object streams), so they can be read as text.
      const raw = bytes.toString('latin1');
      expect(/\/Type\s*\/ObjStm/.test(raw), 'no object streams').toBe(false);
      // Each font dictionary's /Subtype, read up to its first nested dictionary or its end.
      const subtypes = [...raw.matchAll(/<<\/Type\s*\/Font\b((?:(?!>>|<<)[\s\S])*)/g)].map(
        (m) => /\/Subtype\s*\/(\w+)/.exec(m[1]!)?.[1],
      );
      expect(subtypes).toContain('CIDFontType2');
      expect(subtypes).not.toContain('Type3');
      const baseFonts = [...raw.matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]!);
      expect(
        baseFonts.some((name) => name.startsWith('NotoSansKR')),
        baseFonts.join(' '),
      ).toBe(true);
      expect(
        baseFonts.some((name) => name.startsWith('NotoSansSC')),
        baseFonts.join(' '),
      ).toBe(true);

      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const document = await pdfjs.getDocument({
        data: new Uint8Array(bytes),
        isEvalSupported: false,
        disableFontFace: true,
        useSystemFonts: false,
        verbosity: 0,
      }).promise;
      let text = '';
      const cjkFonts = new Set<string>();
      for (let n = 1; n <= document.numPages; n++) {
        const page = await document.getPage(n);
        await page.getOperatorList(); // loads the page's fonts into commonObjs
        const content = await page.getTextContent();
        for (const item of content.items) {
          if (!('str' in item)) continue;
          text += item.str + (item.hasEOL ? '\n' : '');
          if (!CJK.test(item.str)) continue;
          const font = page.commonObjs.get(item.fontName) as { name: string; isType3Font: boolean };
          expect(font.isType3Font, `${item.str} is not in a Type 3 font`).toBe(false);
          cjkFonts.add(font.name.replace(/^[A-Z]{6}\+/, '').replace(/(KR|SC).*/, '$1'));
        }
        text += '\n';
      }
      expect([...cjkFonts].sort()).toEqual(['NotoSansKR', 'NotoSansSC']);
      // The Hangul comes out as the text it is, in a line of its own heading.
      const lines = text.split('\n').map((line) => line.trim());
      expect(lines).toContain('Kim Yo Jong person · Kim Yo-jong, 김여정');
      expect(lines).toContain('Hyesan location · 혜산');
      expect(lines.some((line) => line.startsWith(`${CHINESE_NAME} event`))).toBe(true);
      // keep-all in print: the long Korean quote wraps, and only where it has a space.
      const wrapped = new RegExp(
        KOREAN_QUOTE.split(' ')
          .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('\\s+'),
      ).exec(text);
      expect(wrapped, 'the Korean quote, wrapped only where it has a space').not.toBeNull();
      expect(wrapped![0]).toContain('\n');
    },
    180_000,
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
