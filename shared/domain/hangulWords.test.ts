import { describe, expect, it } from 'vitest';
import { koreanNameCanStartAt } from './hangulWords';

const at = (text: string, name: string) => koreanNameCanStartAt(text, text.indexOf(name), name);

describe('where a Korean name can start', () => {
  it('refuses a name inside an unrelated longer word', () => {
    expect(at('은혜산업이 문을 닫았다', '혜산')).toBe(false);
    expect(at('ABC혜산', '혜산')).toBe(false);
    expect(at('2020혜산', '혜산')).toBe(false);
  });

  it('accepts a name at a word start, whatever follows it (particles, compounds)', () => {
    expect(at('김여정이 말했다', '김여정')).toBe(true);
    expect(at('양강도 혜산세관에서', '혜산')).toBe(true);
    expect(at('혜산', '혜산')).toBe(true);
    expect(at('(혜산시)', '혜산')).toBe(true);
    expect(at('“김여정”', '김여정')).toBe(true);
  });

  it('leaves Han and Latin names alone (Chinese has no spaces between words)', () => {
    expect(at('中国海关总署', '海关')).toBe(true);
    expect(at('Kimbongsokyong', 'bong')).toBe(true);
  });

  it('judges a character outside the BMP before the name as a whole letter', () => {
    expect(at('𠀀혜산', '혜산')).toBe(false);
    expect(at('😀혜산', '혜산')).toBe(true);
  });
});
