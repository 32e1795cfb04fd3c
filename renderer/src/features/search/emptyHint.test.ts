import { describe, expect, it } from 'vitest';
import { emptyHint } from './emptyHint';

describe('the hint when a search finds nothing', () => {
  it('says that words before the last are matched whole', () => {
    expect(emptyHint('cust smuggled', false)).toBe(
      'Try fewer words, another spelling or an alias. Only the last word may be the start of a longer word: “cust” must be whole.',
    );
    expect(emptyHint('cust "Hyesan"', true)).toBe('Try removing a filter, or fewer words.');
  });

  it('says nothing of it for one word, a phrase or a last single letter', () => {
    expect(emptyHint('smuggled', false)).toBe('Try fewer words, another spelling or an alias.');
    expect(emptyHint('"Kim Yo-jong"', false)).toBe('Try fewer words, another spelling or an alias.');
    expect(emptyHint('Kim J', false)).toBe('Try fewer words, another spelling or an alias.');
  });
});
