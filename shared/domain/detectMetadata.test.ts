import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPlainTextMetadata, guessDirection, guessLanguage } from './detectMetadata';

const seed = fs.readFileSync(new URL('../../../shared/corpus/seed/000_7b2b4f9a55c89497.txt', import.meta.url), 'utf8');

describe('metadata detected in plain text', () => {
  it('finds the seed article’s translator, contact and Korean edition, and no made-up title', () => {
    const detected = detectPlainTextMetadata(seed);
    expect(detected.translator).toBe('Violet Kim');
    expect(detected.emails).toEqual(['dailynkenglish@uni-media.net']);
    expect(detected.otherEditions).toEqual(['Korean']);
    expect(detected.language).toBe('en');
    expect(detected.textDirection).toBe('ltr');
    expect(detected.title).toBeUndefined();
  });

  it('finds a leading title, a byline and a date line', () => {
    const text =
      'Smugglers switch to night crossings\nBy Jane Roe and John Doe\nMarch 6, 2020\n\nThe trading company has been moving quartz across the river at night, sources said on Friday.';
    expect(detectPlainTextMetadata(text)).toMatchObject({
      title: 'Smugglers switch to night crossings',
      byline: 'Jane Roe and John Doe',
      published: { value: '2020-03-06', qualifier: '' },
    });
  });

  it('guesses scripts and common languages, and says nothing when unsure', () => {
    expect(guessLanguage('양강도 혜산시에서 밀수가 계속되고 있다고 소식통이 전했다.')).toBe('ko');
    expect(guessLanguage('北朝鮮の貿易会社が密輸を続けている。')).toBe('ja');
    expect(guessLanguage('朝鲜贸易公司继续走私口罩和电器。')).toBe('zh');
    expect(
      guessLanguage(
        'La empresa de comercio de Corea del Norte sigue con el contrabando de mascarillas y de los aparatos que llegan por la frontera con China, según las fuentes.',
      ),
    ).toBe('es');
    expect(guessLanguage('Kim')).toBeUndefined();
    expect(guessDirection('שלום עולם, זה טקסט בעברית')).toBe('rtl');
  });
});
