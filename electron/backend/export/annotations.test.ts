// Exported annotations satisfy every MUST assertion of the W3C Web Annotation test suite.
import Ajv from 'ajv-draft-04';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { ImportResult } from '../../../shared/contract/schemas';
import { makePdf } from '../testing/makePdf';
import { openTestBackend, SEED_TEXT, tempDir } from '../testing/tempLibrary';

const SPEC = path.resolve(import.meta.dirname, '../../../../shared/specs/w3c-web-annotation');
const WEB_PAGE = path.resolve(import.meta.dirname, '../../../../shared/corpus/web-pages/aclu/source.html');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(SPEC, file), 'utf8'));

/** Every assertion named by annotations/annotationMusts.test, compiled against the definitions. */
function mustAssertions(): { file: string; validate: (value: unknown) => boolean }[] {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  for (const file of fs.readdirSync(path.join(SPEC, 'definitions')).filter((f) => f.endsWith('.json')))
    ajv.addSchema(readJson(`definitions/${file}`));
  const musts = readJson('annotations/annotationMusts.test') as { assertions: string[] };
  return musts.assertions.map((file) => {
    const schema = readJson(file);
    expect(schema.expectedResult, file).toBe('valid');
    const validate = ajv.compile(schema);
    return { file, validate: (value: unknown) => validate(value) as boolean };
  });
}

describe('W3C Web Annotation export', () => {
  const assertions = mustAssertions();

  it('the checker rejects the suite’s own incorrect samples (so it can fail)', () => {
    const incorrect = fs.readdirSync(path.join(SPEC, 'tools/samples/incorrect'));
    const rejected = incorrect.filter((f) => {
      let sample: unknown;
      try {
        sample = readJson(`tools/samples/incorrect/${f}`);
      } catch {
        return true; // some incorrect samples are not even JSON
      }
      return assertions.some((a) => !a.validate(sample));
    });
    expect(rejected.length).toBeGreaterThan(incorrect.length / 2);
    // Correct samples that are single annotations pass every assertion, except anno11–13, whose
    // Composite/List/Independents targets the suite's own schemas do not recognise (a known gap).
    const gaps = ['anno11.json', 'anno12.json', 'anno13.json'];
    const singles = fs
      .readdirSync(path.join(SPEC, 'tools/samples/correct'))
      .filter((f) => f.startsWith('anno') && !gaps.includes(f));
    expect(singles.length).toBeGreaterThan(30);
    for (const f of singles) {
      const failed = assertions.filter((a) => !a.validate(readJson(`tools/samples/correct/${f}`))).map((a) => a.file);
      expect(failed, f).toEqual([]);
    }
  });

  it('every exported annotation meets every MUST assertion', async () => {
    const backend = openTestBackend();
    const { article } = await backend.call('articles.createFromText', {
      text: SEED_TEXT,
      title: 'Seed',
      publisher: 'Daily NK',
      url: 'https://www.dailynk.com/english/example/',
    });
    await backend.call('sources.rate', { id: article.publisherSourceId!, reliability: 'B', rationale: 'record' });
    await backend.call('excerpts.create', {
      articleId: article.id,
      quote: 'magnesia clinker',
      sourceId: article.publisherSourceId!,
      credibility: 3,
      note: { json: '', text: 'Night crossings.' },
      tags: ['minerals'],
    });
    await backend.call('excerpts.create', { articleId: article.id, quote: 'cash payments (USD and CNY)' });
    const { annotations } = await backend.call('excerpts.exportAnnotations', { id: article.id });
    expect(annotations).toHaveLength(2);
    for (const annotation of annotations) {
      const failed = assertions.filter((a) => !a.validate(annotation)).map((a) => a.file);
      expect(failed).toEqual([]);
    }
    const first = annotations[0] as {
      target: { source: Record<string, unknown>; selector: { type: string; start?: number }[] };
      body: { purpose: string; value: string }[];
    };
    expect(first.target.source).toMatchObject({
      id: `urn:sha256:${article.textSha256}`,
      format: 'text/plain',
      via: [`urn:sha256:${article.originalSha256}`, 'https://www.dailynk.com/english/example/'],
    });
    expect(first.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(first.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: 'commenting', value: 'Night crossings.' }),
        expect.objectContaining({ purpose: 'classifying', value: 'B3' }),
        expect.objectContaining({ purpose: 'tagging', value: 'admiralty-scale:information-credibility="3"' }),
      ]),
    );
  });

  it('names the text its selectors count in, so every selector of an HTML or PDF article resolves to its quote', async () => {
    const backend = openTestBackend();
    const pdfPath = path.join(tempDir(), 'report.pdf');
    fs.writeFileSync(
      pdfPath,
      makePdf(
        [['Hyesan customs office report', 'Masks arrived on Mar. 6'], ['Second page: magnesia clinker at night']],
        { title: 'Border report' },
      ),
    );
    const { jobId } = await backend.call('articles.importFiles', { paths: [WEB_PAGE, pdfPath] });
    const imported = ((await backend.jobs.wait(jobId)).result as ImportResult).imported;
    expect(imported).toHaveLength(2);
    const texts = new Map<string, string>();
    for (const { id } of imported) {
      const article = await backend.call('articles.get', { id });
      expect(article.mediaType).toMatch(/^(text\/html|application\/pdf)$/);
      texts.set(`urn:sha256:${article.textSha256}`, article.text);
      // A quote from late in the text, far past where an HTML head would end, and one early.
      const chars = Array.from(article.text);
      for (const at of [Math.floor(chars.length * 0.8), Math.floor(chars.length * 0.1)]) {
        const quote = chars
          .slice(at, at + 30)
          .join('')
          .trim();
        if (quote.length < 8) continue;
        await backend.dispatch('excerpts.create', { articleId: id, quote });
      }
      const { annotations } = await backend.call('excerpts.exportAnnotations', { id });
      expect(annotations.length).toBeGreaterThan(0);
      const original = await backend.call('articles.original', { id });
      for (const annotation of annotations as {
        target: {
          source: { id: string; format: string };
          scope: { id: string; format: string };
          selector: Record<string, string & number>[];
        };
      }[]) {
        const { source, scope, selector } = annotation.target;
        // The resource the selectors apply to is the extracted text, by its own hash…
        const text = texts.get(source.id)!;
        expect(text, source.id).toBeDefined();
        expect(`urn:sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`).toBe(source.id);
        expect(source.format).toBe('text/plain');
        // …and the scope is the original as captured.
        expect(scope).toMatchObject({ id: `urn:sha256:${article.originalSha256}`, format: article.mediaType });
        expect(createHash('sha256').update(Buffer.from(original.bytesBase64, 'base64')).digest('hex')).toBe(
          article.originalSha256,
        );
        const quote = selector.find((s) => s.type === 'TextQuoteSelector')!;
        const position = selector.find((s) => s.type === 'TextPositionSelector')!;
        expect(Array.from(text).slice(position.start, position.end).join('')).toBe(quote.exact);
        expect(text).toContain(`${quote.prefix}${quote.exact}${quote.suffix}`);
        for (const a of assertions) expect(a.validate(annotation), a.file).toBe(true);
      }
    }
  });

  it('exports a case’s excerpts across articles, and refuses other kinds', async () => {
    const backend = openTestBackend();
    const { article } = await backend.call('articles.createFromText', { text: SEED_TEXT });
    const excerpt = await backend.call('excerpts.create', { articleId: article.id, quote: 'Yalu River' });
    const theCase = await backend.call('cases.create', { title: 'c' });
    await backend.call('cases.addItems', { id: theCase.id, itemIds: [excerpt.id] });
    expect((await backend.call('excerpts.exportAnnotations', { id: theCase.id })).annotations).toHaveLength(1);
    expect(await backend.dispatch('excerpts.exportAnnotations', { id: excerpt.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
