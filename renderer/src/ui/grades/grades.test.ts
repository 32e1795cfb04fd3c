import { describe, expect, it } from 'vitest';
import { gradeColor, reliabilityTitle } from './grades';
import { parseReliabilityFilter, toMinReliability } from './reliabilityFilter';

describe('gradeColor', () => {
  it('colours by the reliability letter of a letter or a grade', () => {
    expect(gradeColor('A')).toBe('green');
    expect(gradeColor('B3')).toBe('teal');
    expect(gradeColor('e5')).toBe('red');
  });
  it('is neutral for F, unrated and anything unknown', () => {
    expect(gradeColor('F6')).toBe('gray');
    expect(gradeColor('?3')).toBe('gray');
    expect(gradeColor(null)).toBe('gray');
    expect(gradeColor('G')).toBe('gray');
  });
  it('titles a letter with its standard label', () => {
    expect(reliabilityTitle('B')).toBe('B – Usually reliable');
    expect(reliabilityTitle(null)).toBe('Not rated yet');
  });
});

describe('reliability filter', () => {
  it('maps choices to the contract’s minReliability', () => {
    expect(toMinReliability('any')).toBeUndefined();
    expect(toMinReliability('B')).toBe('B');
    expect(toMinReliability('unrated')).toBe('unrated');
  });
  it('reads select values back safely', () => {
    expect(parseReliabilityFilter('C')).toBe('C');
    expect(parseReliabilityFilter('unrated')).toBe('unrated');
    expect(parseReliabilityFilter(null)).toBe('any');
    expect(parseReliabilityFilter('G')).toBe('any');
  });
});
