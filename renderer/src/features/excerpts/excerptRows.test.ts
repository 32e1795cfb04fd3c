import { describe, expect, it } from 'vitest';
import { keywordInContext } from './excerptRows';

const QUOTE =
  'The company paid officials. On 6 March the Kimbongsokyong Trading Company smuggled in masks through Hyesan customs. Prices rose.';

describe('keywordInContext', () => {
  it('marks the first match of any query word in its sentence', () => {
    expect(keywordInContext(QUOTE, 'smuggl')).toEqual({
      before: 'On 6 March the Kimbongsokyong Trading Company ',
      match: 'smuggl',
      after: 'ed in masks through Hyesan customs.',
    });
    // Cut to the room either side, saying so.
    expect(keywordInContext(QUOTE, 'smuggl', 10)).toEqual({
      before: '…g Company ',
      match: 'smuggl',
      after: 'ed in mask…',
    });
    expect(keywordInContext(QUOTE, 'prices zzz', 200)).toEqual({ before: '', match: 'Prices', after: ' rose.' });
  });

  it('matches the start of a word only, ignoring case and accents, as search does', () => {
    expect(keywordInContext(QUOTE, 'COMP')).toEqual({ before: 'The ', match: 'comp', after: 'any paid officials.' });
    expect(keywordInContext(QUOTE, 'any')).toBeNull();
    expect(keywordInContext('Le café de Séoul', 'seoul')).toEqual({ before: 'Le café de ', match: 'Séoul', after: '' });
    expect(keywordInContext(QUOTE, 'ongsok')).toBeNull();
  });

  it('finds Korean and Chinese inside a run, and says when the quote itself has no match', () => {
    expect(keywordInContext('김여정이 혜산세관을 방문했다.', '세관')).toEqual({
      before: '김여정이 혜산',
      match: '세관',
      after: '을 방문했다.',
    });
    expect(keywordInContext(QUOTE, '"!!"')).toBeNull();
    expect(keywordInContext(QUOTE, 'Daily')).toBeNull();
  });
});
