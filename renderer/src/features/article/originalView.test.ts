// The pure parts of the Original view and the provenance panel.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../shared/contract/schemas';
import { safeFileName } from '../../../../shared/domain/fileNames';
import { externalHttpUrl } from '../../ui/externalUrl';
import { detectedOffers } from './detectedOffers';
import { splitPages } from './pages';

describe('splitPages', () => {
  it('cuts at code-point offsets, so characters outside the BMP do not shift later pages', () => {
    const text = 'a😀b\fsecond 𝐁\fthird';
    // Code points: a, 😀, b, \f = 4 → page 2 starts at 4; "second 𝐁\f" is 9 more → 13.
    expect(splitPages(text, [0, 4, 13])).toEqual([
      { number: 1, text: 'a😀b\f' },
      { number: 2, text: 'second 𝐁\f' },
      { number: 3, text: 'third' },
    ]);
  });

  it('treats an article without page starts as one page', () => {
    expect(splitPages('just text', [])).toEqual([{ number: 1, text: 'just text' }]);
  });
});

const BASE = {
  title: 'Current title',
  byline: '',
  translator: '',
  description: '',
  publisherName: '',
  language: 'en',
  textDirection: 'auto',
  url: '',
  published: { value: '', qualifier: '' },
  detected: {},
} as unknown as Article;

describe('detectedOffers', () => {
  it('offers each detected value that differs, as the contract input that applies it', () => {
    const offers = detectedOffers({
      ...BASE,
      detected: {
        title: 'Current title',
        byline: 'Jeffrey Gettleman',
        siteName: 'Daily NK',
        language: 'ko',
        textDirection: 'rtl',
        published: { value: '2020-03-06', qualifier: '' },
        url: 'https://example.com/a',
        canonicalUrl: 'https://example.com/canonical',
      },
    });
    expect(offers.map((o) => [o.field, o.input])).toEqual([
      ['byline', { byline: 'Jeffrey Gettleman' }],
      ['publisher', { publisher: 'Daily NK' }],
      ['published', { published: { value: '2020-03-06', qualifier: '' } }],
      ['language', { language: 'ko' }],
      ['textDirection', { textDirection: 'rtl' }],
      ['url', { url: 'https://example.com/a' }],
      ['url', { url: 'https://example.com/canonical' }],
    ]);
  });

  it('does not offer left-to-right for text already shown with automatic direction', () => {
    expect(detectedOffers({ ...BASE, detected: { textDirection: 'ltr' } })).toEqual([]);
  });

  it('offers nothing the backend would refuse: non-http URLs, malformed language tags', () => {
    const offers = detectedOffers({
      ...BASE,
      detected: { url: 'javascript:alert(1)', canonicalUrl: 'file:///etc/passwd', language: 'not a tag' },
    });
    expect(offers).toEqual([]);
  });
});

describe('safeFileName', () => {
  it('keeps only the last path segment and drops what file systems refuse', () => {
    expect(safeFileName('../../etc/passwd', 'x')).toBe('passwd');
    expect(safeFileName('C:\\evil\\a<b>.html', 'x')).toBe('a_b_.html');
    expect(safeFileName('...', 'fallback.html')).toBe('fallback.html');
  });
});

describe('externalHttpUrl', () => {
  it('allows plain http(s) only', () => {
    expect(externalHttpUrl('https://www.dailynk.com/english/x')).toBe('https://www.dailynk.com/english/x');
    expect(externalHttpUrl('javascript:alert(1)')).toBeNull();
    expect(externalHttpUrl('https://bank.example@evil.example/')).toBeNull();
    expect(externalHttpUrl('file:///etc/passwd')).toBeNull();
    expect(externalHttpUrl('not a url')).toBeNull();
  });
});
