import { describe, expect, it } from 'vitest';
import { sentenceContext, sentenceContextAt } from './kwic';

const TEXT = 'Masks were scarce. On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks. Nobody paid duty.';

describe('sentenceContext', () => {
  it('returns the sentence around the match, with the match apart', () => {
    const start = TEXT.indexOf('Kimbongsokyong');
    const k = sentenceContext(TEXT, start, start + 'Kimbongsokyong Trading Company'.length);
    expect(k.match).toBe('Kimbongsokyong Trading Company');
    expect(k.before).toBe('On Mar. 6 the ');
    expect(k.after).toBe(' smuggled in masks.');
  });
  it('stops at line breaks and CJK full stops', () => {
    const text = '첫 문장입니다。혜산 세관에서 밀수했다。\n다음 줄';
    const start = text.indexOf('혜산');
    const k = sentenceContext(text, start, start + 2);
    expect(k.before).toBe('');
    expect(k.after).toBe(' 세관에서 밀수했다。');
  });
  it('cuts a very long sentence at a word boundary and marks the cut', () => {
    const long = `${'word '.repeat(100)}TARGET ${'more '.repeat(100)}`;
    const start = long.indexOf('TARGET');
    const k = sentenceContext(long, start, start + 6, 40);
    expect(k.before.startsWith('…')).toBe(true);
    expect(k.after.endsWith('…')).toBe(true);
    expect(k.before.length).toBeLessThanOrEqual(42);
    expect(k.after.length).toBeLessThanOrEqual(42);
  });
  it('takes a span in code points, so text after an astral character is cut in the right place', () => {
    const text = 'A note: 𝐀 met 김여정 today. Another sentence.';
    const start = [...text.slice(0, text.indexOf('김여정'))].length;
    expect(sentenceContextAt(text, start, start + 3)).toEqual({
      before: 'A note: 𝐀 met ',
      match: '김여정',
      after: ' today.',
    });
  });
});
