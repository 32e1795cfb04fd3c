import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CREDIBILITY,
  RELIABILITY,
  credibilityMachineTag,
  describeGrade,
  formatGrade,
  lettersAtLeast,
  meetsReliability,
  parseReliability,
  reliabilityMachineTag,
} from './admiralty';

const taxonomy = JSON.parse(
  fs.readFileSync(
    new URL('../../../shared/specs/misp-taxonomies/admiralty-scale/machinetag.json', import.meta.url),
    'utf8',
  ),
) as { namespace: string; values: { predicate: string; entry: { value: string; expanded: string }[] }[] };

describe('the Admiralty scale', () => {
  it('has the MISP taxonomy labels for every NATO letter and credibility value', () => {
    const reliability = taxonomy.values.find((v) => v.predicate === 'source-reliability')!.entry;
    for (const letter of ['A', 'B', 'C', 'D', 'E', 'F'] as const) {
      expect(RELIABILITY[letter].label).toBe(reliability.find((e) => e.value === letter.toLowerCase())!.expanded);
    }
    const credibility = taxonomy.values.find((v) => v.predicate === 'information-credibility')!.entry;
    for (const n of [1, 2, 3, 4, 5, 6] as const) {
      expect(CREDIBILITY[n].label).toBe(credibility.find((e) => e.value === String(n))!.expanded);
    }
  });

  it('spells machine tags exactly as the taxonomy defines them', () => {
    expect(reliabilityMachineTag('B')).toBe('admiralty-scale:source-reliability="b"');
    expect(credibilityMachineTag(3)).toBe('admiralty-scale:information-credibility="3"');
    expect(taxonomy.namespace).toBe('admiralty-scale');
  });

  it('parses letters leniently and refuses G with the reason', () => {
    expect(parseReliability(' b ')).toBe('B');
    expect(() => parseReliability('g')).toThrow(/not a NATO reliability letter/);
    expect(() => parseReliability('H')).toThrow(/use A, B, C, D, E or F/);
  });

  it('orders reliability with F (cannot be judged) outside the A–E order', () => {
    expect(meetsReliability('A', 'B')).toBe(true);
    expect(meetsReliability('C', 'B')).toBe(false);
    expect(meetsReliability('F', 'E')).toBe(false);
    expect(lettersAtLeast('B')).toEqual(['A', 'B']);
    expect(lettersAtLeast('F')).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('formats grades and says when the rating at recording differs', () => {
    expect(formatGrade('B', 3)).toBe('B3');
    expect(formatGrade(null, 3)).toBe('?3');
    expect(describeGrade('B', 'C', 3)).toBe('B3, recorded as C3');
    expect(describeGrade('B', 'B', 3)).toBe('B3');
  });
});
