import { describe, expect, it } from 'vitest';
import { qualifiedDateSpan } from './qualifiedDateSpan';
import { countOf, shortenAtWord } from './reportText';

describe('report wording', () => {
  it('counts with the right noun', () => {
    expect(countOf(1, 'article')).toBe('1 article');
    expect(countOf(0, 'article')).toBe('0 articles');
    expect(countOf(2, 'entity', 'entities')).toBe('2 entities');
    expect(countOf(1, 'entity', 'entities')).toBe('1 entity');
  });

  it('shortens at a word boundary, in English, Korean and Chinese', () => {
    const english = 'smuggled South Korean masks through a customs office in Sinuiju';
    const short = shortenAtWord(english, 30);
    expect(short).toBe('smuggled South Korean masks…');
    expect(english.startsWith(short.slice(0, -1))).toBe(true);
    expect(shortenAtWord('short', 30)).toBe('short');
    const korean = shortenAtWord('김여정이 관련되었다는 소문이 있다', 12);
    expect(korean).toBe('김여정이 관련되었다는…');
    const chinese = shortenAtWord('中国海关总署表示边境贸易仍在继续', 8);
    expect(chinese.endsWith('…')).toBe(true);
    expect('中国海关总署表示边境贸易仍在继续'.startsWith(chinese.slice(0, -1))).toBe(true);
    expect(shortenAtWord('Kimbongsokyongtradingcompany', 10)).toBe('Kimbongso…');
  });
});

describe('qualified partial dates', () => {
  it('draws early, mid and late as thirds of the unit and others as the whole', () => {
    expect(qualifiedDateSpan({ value: '2020-02', qualifier: 'early' })).toEqual({
      start: '2020-02-01',
      end: '2020-02-09',
    });
    expect(qualifiedDateSpan({ value: '2020-02', qualifier: 'mid' })).toEqual({
      start: '2020-02-10',
      end: '2020-02-19',
    });
    expect(qualifiedDateSpan({ value: '2020-02', qualifier: 'late' })).toEqual({
      start: '2020-02-20',
      end: '2020-02-29',
    });
    expect(qualifiedDateSpan({ value: '2020', qualifier: 'early' })).toEqual({
      start: '2020-01-01',
      end: '2020-05-01',
    });
    expect(qualifiedDateSpan({ value: '2020-02', qualifier: 'about' })).toEqual({
      start: '2020-02-01',
      end: '2020-02-29',
    });
    expect(qualifiedDateSpan({ value: '2020-02-06', qualifier: 'early' })).toEqual({
      start: '2020-02-06',
      end: '2020-02-06',
    });
  });
});
