import { describe, expect, it } from 'vitest';
import { ratingLetterFromKey, type KeyLike } from './ratingHotkey';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  targetTag: 'BODY',
  targetEditable: false,
  ...extra,
});

describe('ratingLetterFromKey', () => {
  it('turns a bare a–f (either case) into a letter', () => {
    expect(ratingLetterFromKey(key('b'))).toBe('B');
    expect(ratingLetterFromKey(key('F'))).toBe('F');
  });

  it('ignores other keys, including G (not a NATO letter)', () => {
    for (const k of ['g', '1', 'Enter', 'ArrowDown', 'F5']) expect(ratingLetterFromKey(key(k))).toBeNull();
  });

  it('leaves shortcuts with modifiers alone', () => {
    expect(ratingLetterFromKey(key('a', { ctrlKey: true }))).toBeNull();
    expect(ratingLetterFromKey(key('f', { metaKey: true }))).toBeNull();
    expect(ratingLetterFromKey(key('c', { altKey: true }))).toBeNull();
  });

  it('does not steal typing in fields or rich-text editors', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT'])
      expect(ratingLetterFromKey(key('a', { targetTag: tag }))).toBeNull();
    expect(ratingLetterFromKey(key('a', { targetTag: 'DIV', targetEditable: true }))).toBeNull();
  });
});
