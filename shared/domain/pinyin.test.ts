import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAliasOccurrences } from './entityMatching';
import { pinyinSpellings } from './pinyin';

const seed = fs.readFileSync(new URL('../../../shared/corpus/seed/000_7b2b4f9a55c89497.txt', import.meta.url), 'utf8');

describe('Hanyu Pinyin for Han names', () => {
  it('spells the seed’s Chinese places with and without tones', () => {
    expect(pinyinSpellings('长白', 'location').map((s) => s.text)).toEqual(['Chángbái', 'Changbai']);
    expect(pinyinSpellings('鸭绿江', 'location').map((s) => `${s.system}:${s.text}`)).toEqual([
      'pinyin:Yālù Jiāng',
      'pinyin:Yalu Jiang',
      'pinyin:Yalujiang',
      'customary:Yalu River',
    ]);
  });

  it('writes people surname first and marks syllable breaks before a vowel', () => {
    expect(pinyinSpellings('习近平', 'person').map((s) => s.text)).toEqual(['Xí Jìnpíng', 'Xi Jinping']);
    expect(pinyinSpellings('西安', 'location').map((s) => s.text)).toEqual(["Xī'ān", "Xi'an"]);
  });

  it('gives nothing for mixed or non-Han text', () => {
    expect(pinyinSpellings('鸭绿江 River', 'location')).toEqual([]);
    expect(pinyinSpellings('김정은', 'person')).toEqual([]);
    expect(pinyinSpellings('', 'location')).toEqual([]);
  });

  it('finds the seed’s Changbai and Yalu River for entities known only by 长白 and 鸭绿江', () => {
    const found = findAliasOccurrences(seed, [
      { entityId: 'changbai', name: '长白', alias: '长白' },
      { entityId: 'yalu', name: '鸭绿江', alias: '鸭绿江' },
    ]);
    expect(found.map((f) => [f.entityId, f.text])).toEqual([
      ['yalu', 'Yalu River'],
      ['changbai', 'Changbai'],
    ]);
  });

  it('takes Han beside Hangul for Hanja, not Chinese', () => {
    const found = findAliasOccurrences('Jin Zhengen', [
      { entityId: 'kju', name: '김정은', alias: '김정은' },
      { entityId: 'kju', name: '김정은', alias: '金正恩' },
    ]);
    expect(found).toEqual([]);
  });
});
