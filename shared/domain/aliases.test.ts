import { describe, expect, it } from 'vitest';
import { detectScript, normalizeAlias } from './aliases';

describe('alias normalisation', () => {
  it('makes romanised variants equal', () => {
    const forms = ['Kim Yo Jong', 'Kim Yo-jong', 'KIM Yo-jong', 'Kim Yo‑jong', 'kim yo jong'];
    expect(new Set(forms.map(normalizeAlias)).size).toBe(1);
  });

  it('keeps a joined spelling apart from a spaced one', () => {
    expect(normalizeAlias('Kimbongsokyong')).not.toBe(normalizeAlias('Kim Bong Sok Yong'));
  });

  it('folds diacritics and apostrophes', () => {
    expect(normalizeAlias('Ryanggang’s')).toBe(normalizeAlias("Ryanggang's"));
    expect(normalizeAlias('Sinŭiju')).toBe(normalizeAlias('Sinuiju'));
  });

  it('keeps Hangul and Han exact', () => {
    expect(normalizeAlias('김여정')).toBe('김여정');
    expect(normalizeAlias('김여정')).not.toBe(normalizeAlias('김 여정'));
    expect(normalizeAlias('金与正')).toBe('金与正');
  });

  it('names the script', () => {
    expect(detectScript('김여정')).toBe('Hang');
    expect(detectScript('金与正')).toBe('Hani');
    expect(detectScript('كيم يو جونغ')).toBe('Arab');
    expect(detectScript('Kim Yo Jong')).toBe('Latn');
  });
});
