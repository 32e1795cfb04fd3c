import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPlainTextMetadata, findEmails, guessDirection, guessLanguage, STOPWORDS } from './detectMetadata';

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

  it('guesses language and direction exactly as the plain patterns do, on real and random text', () => {
    // The patterns the faster scans replaced: every \p{L}+ run a word, a script letter anywhere.
    const plainLanguage = (text: string): string | undefined => {
      const sample = text.slice(0, 20_000);
      const count = (re: RegExp) => (sample.match(re) ?? []).length;
      if (/(?!\p{Script=Latin})\p{L}/u.test(sample)) {
        const letters = count(/\p{L}/gu) || 1;
        if (count(/\p{Script=Hangul}/gu) / letters > 0.3) return 'ko';
        if (count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) / letters > 0.1) return 'ja';
        if (count(/\p{Script=Han}/gu) / letters > 0.3) return 'zh';
        if (count(/\p{Script=Arabic}/gu) / letters > 0.3) return 'ar';
        if (count(/\p{Script=Hebrew}/gu) / letters > 0.3) return 'he';
        if (count(/\p{Script=Cyrillic}/gu) / letters > 0.3) return 'ru';
      }
      const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
      if (words.length < 20) return undefined;
      const scores = Object.entries(STOPWORDS).map(
        ([lang, list]) => [lang, words.filter((w) => new Set(list).has(w)).length / words.length] as const,
      );
      scores.sort((a, b) => b[1] - a[1]);
      return scores[0]![1] > 0.08 && scores[0]![1] > scores[1]![1] * 1.3 ? scores[0]![0] : undefined;
    };
    const plainDirection = (text: string) => {
      const sample = text.slice(0, 5000);
      const rtl = (sample.match(/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/gu) ?? [])
        .length;
      return rtl / ((sample.match(/\p{L}/gu) ?? []).length || 1) > 0.3 ? 'rtl' : 'ltr';
    };
    // Random text drawn from ASCII, Latin with accents, stopwords and letters of other scripts,
    // astral letters and symbols, combining marks and lone surrogates (a fixed seed: repeatable).
    let state = 14;
    const random = (n: number) => {
      // mulberry32
      state = (state + 0x6d2b79f5) | 0;
      let x = Math.imul(state ^ (state >>> 15), 1 | state);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return Math.floor((((x ^ (x >>> 14)) >>> 0) / 2 ** 32) * n);
    };
    const latin = [...'abcdefghijklmnopqrstuvwxyz ÀÉÎÕÜßàéîõüçÑñŽžĞğİıŁł', 'word', 'Mask', 'Hyesan'];
    const other = [
      ...[' ', '. ', '\n', '’', '“', '—', '\u00a0', '\u0301', 'µ', 'ª', 'ǅ', 'ﬁ', 'Ⅻ', '١٢٣', 'ǈ', 'ܫܠܡܐ', 'ދިވެހި'],
      ...['Γειά', '𝐀𝐁', '𠀀', '😀', '\ud800', '\udc00', 'x\ud83d', '\ude00y'],
    ];
    const favourites = [
      ...Object.values(STOPWORDS),
      ['혜산', '양강도'],
      ['北朝鮮', '朝鲜'],
      ['ひらがな', 'カタカナ'],
      ['Привет', 'мир'],
      ['שלום', 'עולם'],
      ['مرحبا', 'عالم'],
    ];
    // The last word decides these two: 3 of 25 words (0.12) passes the 0.08 threshold, 2 do not.
    const filler = 'Grenze Händler Regel Streit Behörden Anfang Fluss Nacht Ware '.repeat(3).split(' ').slice(0, 22);
    const texts = [
      seed,
      seed.toUpperCase(),
      `${seed}\n혜산 ${'양강도 '.repeat(40)}`,
      '',
      [...filler, 'der', 'die', 'nicht'].join(' '),
      [...filler.slice(0, 21), 'der', 'die', 'nicht', 'Ufer'].join(' '),
    ];
    for (let t = 0; t < 600; t++) {
      const parts: string[] = [];
      const n = random(4) === 0 ? random(40) : 20 + random(400);
      // Each text leans on one language's common words or one script, so that each can win.
      const favourite = favourites[random(favourites.length)]!;
      for (let i = 0; i < n; i++) {
        const roll = random(20);
        const from = roll < 8 ? favourite : roll < 17 ? latin : other;
        parts.push(from[random(from.length)]!, random(3) ? ' ' : '');
      }
      texts.push(parts.join(''));
    }
    for (const text of texts) {
      expect(guessLanguage(text), JSON.stringify(text.slice(0, 80))).toBe(plainLanguage(text));
      expect(guessDirection(text), JSON.stringify(text.slice(0, 80))).toBe(plainDirection(text));
    }
    // The random texts reach every outcome, so the comparison is not only of "unsure".
    const outcomes = new Set(texts.map(guessLanguage));
    for (const lang of ['en', 'es', 'fr', 'pt', 'de', 'cs', 'ko', 'ja', 'zh', 'ru', 'he', 'ar', undefined])
      expect(outcomes).toContain(lang);
    expect(new Set(texts.map(guessDirection))).toEqual(new Set(['ltr', 'rtl']));
  });
});
