import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorFromRange, locateQuote, utf16ToCodePoint } from './anchoring';
import { reanchor } from './reanchor';

const seed = fs.readFileSync(new URL('../../../shared/corpus/seed/000_7b2b4f9a55c89497.txt', import.meta.url), 'utf8');

function anchorOf(text: string, quote: string) {
  const found = locateQuote(text, quote);
  if (found.kind !== 'found') throw new Error(`fixture: ${quote} is ${found.kind}`);
  return found.anchor;
}

describe('re-anchoring excerpts in a different copy of the text', () => {
  const quote = 'the Kimbongsokyong Trading Company smuggled in masks and Japanese-made electronic appliances';
  const stored = anchorOf(seed, quote);

  it('keeps an anchor whose position still holds', () => {
    expect(reanchor(seed, stored)).toMatchObject({ status: 'exact', anchor: { start: stored.start } });
  });

  it('follows the quote when text was added before it', () => {
    const longer = `Editor's note: updated with new figures.\n\n${seed}`;
    const result = reanchor(longer, stored);
    expect(result.status).toBe('moved');
    if (result.status === 'moved') expect(result.anchor.exact).toBe(quote);
  });

  it('finds the quote when a teammate’s copy differs slightly (typography, a typo)', () => {
    const variant = seed
      .replace('Japanese-made', 'Japanese made')
      .replace('“On Mar. 6', '"On Mar. 6')
      .replace('electronic appliances', 'electronic appliance');
    const result = reanchor(variant, stored);
    expect(result.status).toBe('fuzzy');
    if (result.status === 'fuzzy') {
      expect(result.anchor.exact).toContain('Japanese made electronic appliance');
      expect(result.score).toBeGreaterThan(0.85);
    }
  });

  it('chooses the occurrence whose context agrees when the quote repeats', () => {
    const text = 'Alpha said: the company smuggled masks. Later, Beta said: the company smuggled masks.';
    const second = text.lastIndexOf('the company');
    const anchor = anchorFromRange(
      text,
      utf16ToCodePoint(text, second),
      utf16ToCodePoint(text, second + 'the company smuggled masks'.length),
    );
    const shifted = `Intro. ${text}`;
    const result = reanchor(shifted, anchor);
    expect(result.status).toBe('moved');
    if (result.status === 'moved') expect(result.anchor.prefix).toContain('Beta said: ');
  });

  it('works in Korean and with emoji before the quote', () => {
    const text = '양강도 혜산시에서 밀수가 계속되고 있다. 김여정이 관련되었다는 소문이 있다.';
    const anchor = anchorOf(text, '김여정이 관련되었다는');
    const result = reanchor(`😀😀 ${text.replace('계속되고', '계속 되고')}`, anchor);
    expect(result.status).toBe('moved');
    if (result.status === 'moved') expect(result.anchor.exact).toBe('김여정이 관련되었다는');
  });

  it('fails honestly when the passage is gone', () => {
    const result = reanchor('An unrelated article about fishing boats in Sinpo.', stored);
    expect(result.status).toBe('failed');
  });
});
