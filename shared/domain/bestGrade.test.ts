import { describe, expect, it } from 'vitest';
import { bestGrade, compareGrades } from './bestGrade';

describe('bestGrade', () => {
  it('prefers the more reliable source, then the more credible information', () => {
    expect(
      bestGrade([
        { reliability: 'C', credibility: 1 },
        { reliability: 'B', credibility: 3 },
      ])?.text,
    ).toBe('B3');
    expect(
      bestGrade([
        { reliability: 'B', credibility: 3 },
        { reliability: 'B', credibility: 2 },
      ])?.text,
    ).toBe('B2');
  });

  it('ranks "cannot be judged" below judged values but above nothing', () => {
    expect(
      bestGrade([
        { reliability: 'F', credibility: 1 },
        { reliability: 'E', credibility: 5 },
      ])?.text,
    ).toBe('E5');
    expect(
      bestGrade([
        { reliability: null, credibility: 1 },
        { reliability: 'F', credibility: 6 },
      ])?.text,
    ).toBe('F6');
    expect(compareGrades({ reliability: 'B', credibility: 6 }, { reliability: 'B', credibility: null })).toBeLessThan(
      0,
    );
  });

  it('is null when no excerpt is rated or graded', () => {
    expect(bestGrade([])).toBeNull();
    expect(bestGrade([{ reliability: null, credibility: null }])).toBeNull();
    expect(bestGrade([{ reliability: null, credibility: 4 }])?.text).toBe('?4');
  });
});
