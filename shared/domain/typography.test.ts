import { describe, expect, it } from 'vitest';
import { sameButForTypography, typographyTolerantPattern } from './typography';

const finds = (text: string, quote: string) => text.match(new RegExp(typographyTolerantPattern(quote), 'u'))?.[0];

describe('typography-tolerant quotes', () => {
  it('treats straight and curly quotes and apostrophes alike', () => {
    expect(finds('the country’s military, “sterilized immediately”', 'country\'s military, "sterilized')).toBe(
      'country’s military, “sterilized',
    );
    expect(finds('he said "yes"', 'he said “yes”')).toBe('he said "yes"');
  });

  it('treats hyphens, en and em dashes alike', () => {
    expect(finds('Company – a state-run entity', 'Company - a state‑run entity')).toBe('Company – a state-run entity');
    expect(finds('1990—2000', '1990-2000')).toBe('1990—2000');
  });

  it('treats non-breaking, repeated spaces and line breaks alike', () => {
    expect(finds('20-ton\u00a0containers,\nand they', '20-ton  containers, and   they')).toBe(
      '20-ton\u00a0containers,\nand they',
    );
  });

  it('keeps everything else exact, regular-expression characters included', () => {
    expect(finds('cash payments (USD and CNY)', 'cash payments (USD and CNY)')).toBe('cash payments (USD and CNY)');
    expect(finds('cash payments (USD and CNY)', 'cash payment (USD')).toBeUndefined();
    expect(finds('a.b', 'a*b')).toBeUndefined();
    expect(sameButForTypography('Kim Jong Un’s sister', "Kim Jong Un's sister")).toBe(true);
    expect(sameButForTypography('Kim Jong Un’s sister', 'Kim Jong Un sister')).toBe(false);
  });
});
