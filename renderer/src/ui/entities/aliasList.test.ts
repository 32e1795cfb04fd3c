import { describe, expect, it } from 'vitest';
import { parseAliasList } from './aliasList';

describe('parseAliasList', () => {
  it('splits on commas and new lines, trims, and drops blanks and repeats', () => {
    expect(parseAliasList('Kim Yo-jong, 김여정\n\n  KIM Yo Jong ,Kim Yo-jong')).toEqual([
      'Kim Yo-jong',
      '김여정',
      'KIM Yo Jong',
    ]);
  });
  it('splits on CJK commas too', () => {
    expect(parseAliasList('金与正、김여정，キム・ヨジョン')).toEqual(['金与正', '김여정', 'キム・ヨジョン']);
  });
  it('normalises to NFC so a decomposed Hangul alias equals the composed one', () => {
    expect(parseAliasList('김여정'.normalize('NFD') + ',김여정')).toEqual(['김여정']);
  });
  it('gives nothing for an empty box', () => {
    expect(parseAliasList(' , \n')).toEqual([]);
  });
});
