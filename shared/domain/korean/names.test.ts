import { describe, expect, it } from 'vitest';
import { romaniseName, splitKoreanName } from './names';
import { proposedSpellings } from './spellings';

const name = (hangul: string) => splitKoreanName(hangul)!;

describe('Korean personal names', () => {
  it('splits surname and given name, with two-syllable surnames and the writer’s own space', () => {
    expect(splitKoreanName('김여정')!.surname.map((s) => s.text)).toEqual(['김']);
    expect(splitKoreanName('선우학원')!.surname.map((s) => s.text)).toEqual(['선', '우']);
    expect(splitKoreanName('동 방국')!.given.map((s) => s.text)).toEqual(['방', '국']);
    expect(splitKoreanName('Kim 여정')).toBeNull();
    expect(splitKoreanName('김정은2')).toBeNull();
    expect(splitKoreanName('金正恩')).toBeNull();
  });

  it('writes 김여정 and 김정은 in every system', () => {
    expect(romaniseName(name('김여정'), 'rr')).toBe('Gim Yeo-jeong');
    expect(romaniseName(name('김여정'), 'mr')).toBe('Kim Yŏ-jŏng');
    expect(romaniseName(name('김여정'), 'mr', { diacritics: false })).toBe('Kim Yo-jong');
    expect(romaniseName(name('김여정'), 'kp2002')).toBe('Kim Yŏ Jŏng');
    expect(romaniseName(name('김여정'), 'kp2002', { diacritics: false })).toBe('Kim Yo Jong');
    expect(romaniseName(name('김여정'), 'odni')).toBe('Kim Yo’-cho’ng');
    expect(romaniseName(name('김정은'), 'rr')).toBe('Gim Jeong-eun');
    expect(romaniseName(name('김정은'), 'mr')).toBe('Kim Chŏng-ŭn');
    expect(romaniseName(name('김정은'), 'kp2002', { diacritics: false })).toBe('Kim Jong Un');
  });

  it('follows each system’s rule for 이/리 and for initial ㄹ', () => {
    expect(romaniseName(name('리설주'), 'kp2002', { diacritics: false })).toBe('Ri Sol Ju');
    expect(romaniseName(name('리설주'), 'mr')).toBe('Yi Sŏl-chu');
    expect(romaniseName(name('최룡해'), 'kp2002', { diacritics: false })).toBe('Choe Ryong Hae');
    expect(romaniseName(name('박근혜'), 'rr')).toBe('Bak Geun-hye');
  });

  it('proposes each system’s forms and the customary English surname, without repeats or existing names', () => {
    const spellings = proposedSpellings('김여정', 'person', ['Kim Yo Jong']);
    expect(spellings.map((s) => `${s.system}:${s.text}`)).toEqual([
      'rr:Gim Yeo-jeong',
      'rr:Gim Yeojeong',
      'mr:Kim Yŏ-jŏng',
      'mr:Kim Yo-jong',
      'kp2002:Kim Yŏ Jŏng',
      'odni:Kim Yo’-cho’ng',
      'customary:Kim Yeo-jeong',
    ]);
    expect(
      proposedSpellings('박근혜', 'person')
        .filter((s) => s.system === 'customary')
        .map((s) => s.text),
    ).toEqual(['Park Kun Hye', 'Park Geun-hye']);
  });

  it('proposes place-name forms for places, and nothing for text without Hangul', () => {
    expect(proposedSpellings('혜산', 'location').map((s) => s.text)).toEqual(['Hyesan']);
    expect(proposedSpellings('압록강', 'location').map((s) => `${s.system}:${s.text}`)).toEqual([
      'rr:Amnokgang',
      'mr:Amnokkang',
      'kp2002:Amrokgang',
    ]);
    expect(proposedSpellings('Hyesan', 'location')).toEqual([]);
  });
});
