import { describe, expect, it } from 'vitest';
import { findAliasOccurrences } from './entityMatching';
import { romanisedKey } from './romanisedNameMatching';

const found = (text: string, aliases: { entityId: string; name: string; alias: string }[]) =>
  findAliasOccurrences(text, aliases).map((o) => [o.entityId, o.text]);

describe('Korean names across romanisation systems', () => {
  it('folds only what differs in typography between systems', () => {
    const key = romanisedKey('Kim Jong Un');
    for (const spelling of [
      'Kim Jong-un',
      'KIM JONG UN',
      'Kim Jongun',
      'Kim Jŏng Ŭn',
      'Kim Jeong-eun',
      'Kim Jŏng-ŭn',
    ]) {
      expect(romanisedKey(spelling), spelling).toBe(key);
    }
    expect(romanisedKey('Kim Jong Il')).not.toBe(key);
    expect(romanisedKey('Kim Jong Nam')).not.toBe(key);
  });

  it('finds 김정은 as Kim Jong Un, Kim Jong-un, Kim Chŏng-ŭn and Gim Jeong-eun, but not Kim Jong Il or Kim Jong Nam', () => {
    const text = [
      'Kim Jong Un spoke.',
      'Kim Jong-un answered.',
      'Kim Chŏng-ŭn (MR).',
      'Gim Jeong-eun (RR).',
      '김정은 위원장.',
      'His father Kim Jong Il and brother Kim Jong Nam.',
    ].join(' ');
    const hits = found(text, [{ entityId: 'kju', name: '김정은', alias: '김정은' }]);
    expect(hits).toEqual([
      ['kju', 'Kim Jong Un'],
      ['kju', 'Kim Jong-un'],
      ['kju', 'Kim Chŏng-ŭn'],
      ['kju', 'Gim Jeong-eun'],
      ['kju', '김정은'],
    ]);
  });

  it('keeps three Kims apart when each is known by its Hangul', () => {
    const text = 'Kim Jong Il, Kim Jong Nam and Kim Jong-un met.';
    const hits = found(text, [
      { entityId: 'un', name: '김정은', alias: '김정은' },
      { entityId: 'il', name: '김정일', alias: '김정일' },
      { entityId: 'nam', name: '김정남', alias: '김정남' },
    ]);
    expect(hits).toEqual([
      ['il', 'Kim Jong Il'],
      ['nam', 'Kim Jong Nam'],
      ['un', 'Kim Jong-un'],
    ]);
  });

  it('matches the Kim Yo Jong entity, given only 김여정, in every spelling, on word boundaries', () => {
    const text =
      'Kim Yo-jong said. Then Kim Yo Jong wrote; Kim Yŏ-jŏng (MR); Kim Yo’-cho’ng (ODNI); Gim Yeo-jeong. Not Kim Yo Jongil.';
    const hits = found(text, [{ entityId: 'kyj', name: 'Kim Yo Jong', alias: '김여정' }]);
    expect(hits.map(([, t]) => t)).toEqual([
      'Kim Yo-jong',
      'Kim Yo Jong',
      'Kim Yŏ-jŏng',
      'Kim Yo’-cho’ng',
      'Gim Yeo-jeong',
    ]);
  });

  it('matches Korean places in every system (혜산, 압록강) and leaves entities without Hangul alone', () => {
    const text = 'From Hyesan to the Amnok-kang, also written Amrokgang or Amnokgang.';
    expect(
      found(text, [
        { entityId: 'h', name: '혜산', alias: '혜산' },
        { entityId: 'y', name: 'Yalu River', alias: '압록강' },
      ]),
    ).toEqual([
      ['h', 'Hyesan'],
      ['y', 'Amnok-kang'],
      ['y', 'Amrokgang'],
      ['y', 'Amnokgang'],
    ]);
    // No Hangul: "Kim Yeo Jong" is not folded onto "Kim Yo Jong" for an entity with Latin names only.
    expect(found('Kim Yeo Jong', [{ entityId: 'x', name: 'Kim Yo Jong', alias: 'Kim Yo Jong' }])).toEqual([]);
  });

  it('does not turn one-syllable names into matches on ordinary words', () => {
    expect(found('O and Oh and Im', [{ entityId: 'o', name: '오', alias: '오' }])).toEqual([]);
  });
});
