import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPlainTextMetadata, findEmails, guessDirection, guessLanguage } from './detectMetadata';

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

  it('finds e-mail addresses exactly as the plain pattern does, from the first "@" on', () => {
    const plain = (text: string) => text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [];
    for (const text of [
      seed,
      'no address here, only words and dots. And a lone @ sign.',
      'Write to desk@example.org or to tips+dprk@news.example.co.kr.',
      'x@y.z+w@q.r and a@b (no dot) then first.last@example.com',
      '@start@example.org, ..a-b@c-d.e_f, mail:@@x.y',
      `${'word '.repeat(2000)}reach us at tips@example.net`,
    ]) {
      expect(findEmails(text), text.slice(-60)).toEqual(plain(text));
    }
    expect(findEmails('Write to desk@example.org or tips+dprk@news.example.co.kr.')).toEqual([
      'desk@example.org',
      'tips+dprk@news.example.co.kr',
    ]);
  });

  it('counts common words per language as before: ties and thresholds unchanged', () => {
    // Portuguese and Spanish share "de", "que", "en"/"em": the language with more of its own wins.
    expect(
      guessLanguage(
        'O governo disse que a fronteira não foi aberta para os comerciantes do norte e que uma nova regra vale em todo o país desde março, para os dois lados.',
      ),
    ).toBe('pt');
    expect(
      guessLanguage(
        'Der Händler sagte, dass die Grenze nicht geöffnet ist und die neue Regel mit den Behörden von Anfang an zu einem Streit führte, der noch andauert.',
      ),
    ).toBe('de');
    // Only shared words: no language wins by the 1.3 margin, so none is guessed.
    expect(guessLanguage(Array.from({ length: 30 }, () => 'de que').join(' '))).toBeUndefined();
  });
});
