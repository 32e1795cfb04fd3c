import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeAlias } from './aliases';
import { findCandidates, groupCandidates, guessEntityType, stripKoreanParticle } from './candidates';

const seed = fs.readFileSync(new URL('../../../shared/corpus/seed/000_7b2b4f9a55c89497.txt', import.meta.url), 'utf8');
const typeOf = (text: string, name: string) => findCandidates(text).find((c) => c.text === name)?.type;

describe('candidates without noise', () => {
  it('lists Daily NK once for the seed, with its count, and never a known name or alias', () => {
    const grouped = groupCandidates(
      findCandidates(seed),
      ['Kim Jong Un', 'kimbongsokyong trading company'],
      normalizeAlias,
    );
    const daily = grouped.filter((c) => c.text === 'Daily NK');
    expect(daily).toHaveLength(1);
    expect(daily[0]!.count).toBeGreaterThanOrEqual(5);
    expect(daily[0]!.type).toBe('other');
    expect(grouped.some((c) => c.text === 'Kim Jong Un' || c.text === 'Kimbongsokyong Trading Company')).toBe(false);
    expect(new Set(grouped.map((c) => normalizeAlias(c.text))).size).toBe(grouped.length);
  });

  it('keeps a body’s name whole across "and", and splits two names joined by "and"', () => {
    const names = findCandidates(seed).map((c) => c.text);
    expect(names).toContain('Propaganda and Agitation Department');
    expect(names).not.toContain('WPK’s Propaganda and Agitation Department');
    expect(names).toEqual(expect.arrayContaining(['Kimjongsuk County', 'Kimghyongjik County']));
    expect(findCandidates('Yesterday Kim Jong Un and Kim Yo Jong met officials.').map((c) => c.text)).toEqual([
      'Kim Jong Un',
      'Kim Yo Jong',
    ]);
  });

  it('drops a leading "By" and sentence-initial common words', () => {
    const text =
      'By Violet Kim\nNobody Knows the cost. Earlier Chinese traders went home. Nobody paid. Earlier, nothing moved.';
    const names = findCandidates(text).map((c) => c.text);
    expect(names).toContain('Violet Kim');
    expect(names.some((n) => /^(By|Nobody|Earlier)\b/.test(n))).toBe(false);
  });

  it('types people from cues: said, titles, "sister of", Korean name patterns', () => {
    expect(typeOf('Choe Ryong Hae said the plan was final.', 'Choe Ryong Hae')).toBe('person');
    expect(typeOf('He met Chairman Mao Zedong yesterday.', 'Mao Zedong')).toBe('person');
    expect(typeOf('The order came from the sister of Kim Jong Un herself.', 'Kim Jong Un')).toBe('person');
    expect(typeOf('Reports named Ri Sol-ju at the event.', 'Ri Sol-ju')).toBe('person');
  });

  it('types organisations, places and facilities from their words', () => {
    expect(typeOf(seed, 'Ministry of People’s Armed Forces')).toBe('organization');
    expect(typeOf(seed, 'Yalu River')).toBe('location');
    expect(typeOf(seed, 'Hyesan customs office')).toBe('facility');
    expect(typeOf('Ships left Nampho port at dawn, sailing to Dandong.', 'Nampho port')).toBe('facility');
  });

  it('offers Korean nouns only, with particles stripped', () => {
    const found = findCandidates('양강도 혜산시에서 김여정이 지시했다. 혜산세관을 거쳐 밀수했다.').map((c) => [
      c.text,
      c.type,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['양강도', 'location'],
        ['혜산시', 'location'],
        ['김여정', 'person'],
        ['혜산세관', 'facility'],
      ]),
    );
    expect(found.some(([text]) => /(?:에서|이|을|했다)$/.test(text!))).toBe(false);
    expect(stripKoreanParticle('김여정이')).toBe('김여정');
    expect(stripKoreanParticle('혜산시에서')).toBe('혜산시');
  });
});

describe('guessEntityType', () => {
  it('reads the type from the name’s own words', () => {
    expect(guessEntityType('Ministry of People’s Armed Forces')).toBe('organization');
    expect(guessEntityType('Ryanggang Province')).toBe('location');
    expect(guessEntityType('Hyesan customs office')).toBe('facility');
    expect(guessEntityType('Kim Yo Jong')).toBe('person');
    expect(guessEntityType('양강도')).toBe('location');
    expect(guessEntityType('masks')).toBeNull();
  });
});
