import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from './anchoring';
import { APOSTROPHES, foldLetters, HAN_OR_HANGUL, normalizeAlias, SEPARATORS } from './aliases';
import { koreanNameCanStartAt } from './hangulWords';
import { findRomanisedNames } from './romanisedNameMatching';
import { findAliasOccurrences, findCandidates, foldText, type AliasTarget, type FoldedText } from './entityMatching';

const seed = fs.readFileSync(new URL('../../../shared/corpus/seed/000_7b2b4f9a55c89497.txt', import.meta.url), 'utf8');
const kim = { entityId: 'kyj', name: 'Kim Yo Jong' };

describe('finding known entities', () => {
  it('matches romanised variants on word boundaries, case- and hyphen-insensitively', () => {
    const text = 'KIM Yo-jong met Kim Yo Jong’s staff; kim yo jong again. Not Kim Yo Jongil or AKim Yo Jong.';
    const found = findAliasOccurrences(text, [{ ...kim, alias: 'Kim Yo Jong' }]);
    expect(found.map((f) => f.text)).toEqual(['KIM Yo-jong', 'Kim Yo Jong', 'kim yo jong']);
    for (const f of found) expect(sliceCodePoints(text, f.start, f.end)).toBe(f.text);
  });

  it('keeps a joined spelling apart from a spaced one', () => {
    const text = 'Kim Bong Sok Yong and Kimbongsokyong';
    expect(
      findAliasOccurrences(text, [{ entityId: 'c', name: 'Kimbongsokyong', alias: 'Kimbongsokyong' }]).map(
        (f) => f.text,
      ),
    ).toEqual(['Kimbongsokyong']);
  });

  it('folds diacritics and apostrophes', () => {
    const text = 'Sinŭiju and Sinuiju; O’Brien and OBrien';
    expect(
      findAliasOccurrences(text, [{ entityId: 's', name: 'Sinuiju', alias: 'Sinuiju' }]).map((f) => f.text),
    ).toEqual(['Sinŭiju', 'Sinuiju']);
    expect(
      findAliasOccurrences(text, [{ entityId: 'o', name: "O'Brien", alias: "O'Brien" }]).map((f) => f.text),
    ).toEqual(['O’Brien', 'OBrien']);
  });

  it('matches Hangul and Han exactly, with particles attached', () => {
    const text = '김여정이 말했다. 김여정의 지시. 金与正 visited. 김 여정';
    const found = findAliasOccurrences(text, [
      { ...kim, alias: '김여정' },
      { ...kim, alias: '金与正' },
    ]);
    expect(found.map((f) => f.text)).toEqual(['김여정', '김여정', '金与正']);
  });

  it('matches a Hangul name at word starts only, so 혜산 is not found inside 은혜산업', () => {
    const hyesan = { entityId: 'h', name: 'Hyesan', alias: '혜산' };
    const text = '은혜산업 대표가 혜산세관을 거쳐 혜산에 갔다.';
    const found = findAliasOccurrences(text, [hyesan]);
    expect(found.map((f) => [f.text, f.start])).toEqual([
      ['혜산', 9],
      ['혜산', 18],
    ]);
  });

  it('counts offsets in code points after emoji and in right-to-left text', () => {
    const text = '😀 ذكرت كيم يو جونغ اليوم';
    const [hit] = findAliasOccurrences(text, [{ ...kim, alias: 'كيم يو جونغ' }]);
    expect(hit && sliceCodePoints(text, hit.start, hit.end)).toBe('كيم يو جونغ');
  });

  it('prefers the longer of two overlapping names', () => {
    const text = 'North Korean leader Kim Jong Un’s sister';
    const found = findAliasOccurrences(text, [
      { entityId: 'kju', name: 'Kim Jong Un', alias: 'Kim Jong Un' },
      { entityId: 'kj', name: 'Kim Jong', alias: 'Kim Jong' },
    ]);
    expect(found.map((f) => f.entityId)).toEqual(['kju']);
  });
});

describe('candidates for new entities', () => {
  it('offers the seed article’s organisations, places and facilities with a type', () => {
    const candidates = findCandidates(seed);
    const byText = new Map(candidates.map((c) => [c.text, c.type]));
    expect(byText.get('Kimbongsokyong Trading Company')).toBe('organization');
    expect(byText.get('Ministry of People’s Armed Forces')).toBe('organization');
    expect(byText.get('MPAF')).toBe('organization');
    expect(byText.get('Ryanggang Province')).toBe('location');
    expect(byText.get('North Pyongan Province')).toBe('location');
    expect(byText.get('Kimjongsuk County')).toBe('location');
    expect(byText.get('Yalu River')).toBe('location');
    expect(byText.get('Hyesan customs office')).toBe('facility');
    expect(byText.has('Changbai')).toBe(true);
    expect(byText.has('The')).toBe(false);
  });

  it('offers Hangul names and places, and leaves out what is already known', () => {
    const text = '양강도 혜산시에서 김여정이 지시했다.';
    const candidates = findCandidates(text);
    expect(candidates.map((c) => [c.text, c.type])).toEqual(
      expect.arrayContaining([
        ['양강도', 'location'],
        ['김여정', 'person'],
      ]),
    );
    const known = findAliasOccurrences(text, [{ ...kim, alias: '김여정' }]);
    expect(findCandidates(text, known).some((c) => c.text === '김여정')).toBe(false);
  });
});

/** foldText's definition, character by character through the regular expressions alone. */
function foldTextReference(text: string): FoldedText {
  const apostrophe = new RegExp(APOSTROPHES.source, 'u');
  const separator = new RegExp(SEPARATORS.source, 'u');
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    if (apostrophe.test(ch)) {
      // dropped
    } else if (separator.test(ch)) {
      if (!folded.endsWith(' ')) {
        folded += ' ';
        map.push(i);
      }
    } else {
      const units = foldLetters(ch);
      folded += units;
      for (let k = 0; k < units.length; k++) map.push(i);
    }
    i += ch.length;
  }
  map.push(text.length);
  return { folded, map };
}

describe('folding an article', () => {
  it('folds exactly as the regular expressions do, ASCII by table included', () => {
    const tricky = 'Kim Yo-jong’s  visit\t\n—to Hyesan. A_B `x´ ¨ Ü é 김여정이 “Ŝ”\u00a0\u2028 😀 O\u0308 ...--';
    expect(foldText(tricky)).toEqual(foldTextReference(tricky));
    // Saved pages in Czech, Portuguese, French, Japanese, Chinese, Hebrew and English, markup and all.
    for (const name of ['aktualne', 'folha', 'lemonde-1', 'hukumusume', 'qq', 'rtl-1', 'bbc-1']) {
      const page = new URL(`../../../shared/corpus/web-pages/${name}/source.html`, import.meta.url);
      const text = fs.readFileSync(page, 'utf8').slice(0, 12_000);
      expect(foldText(text), name).toEqual(foldTextReference(text));
    }
    expect(foldText(seed)).toEqual(foldTextReference(seed));
  });
});

/** findAliasOccurrences' definition: every alias searched for in the whole text, one after another. */
function findAliasOccurrencesReference(text: string, targets: readonly AliasTarget[]) {
  const folded = foldText(text);
  const word = /[\p{L}\p{N}]/u;
  const all = (haystack: string, needle: string) => {
    const out: number[] = [];
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) out.push(at);
    return out;
  };
  const hits: { entityId: string; name: string; from: number; to: number }[] = [];
  for (const target of targets) {
    const normalized = normalizeAlias(target.alias);
    if (!normalized) continue;
    if (HAN_OR_HANGUL.test(normalized)) {
      for (const at of all(text, normalized))
        if (koreanNameCanStartAt(text, at, normalized))
          hits.push({ entityId: target.entityId, name: target.name, from: at, to: at + normalized.length });
      continue;
    }
    for (const at of all(folded.folded, normalized)) {
      const from = folded.map[at]!;
      const lastUnit = folded.map[at + normalized.length - 1]!;
      const to = lastUnit + String.fromCodePoint(text.codePointAt(lastUnit)!).length;
      const before = text[from - 1];
      const after = text[to];
      if ((before && word.test(before)) || (after && word.test(after))) continue;
      hits.push({ entityId: target.entityId, name: target.name, from, to });
    }
  }
  hits.push(...findRomanisedNames(text, targets));
  hits.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: typeof hits = [];
  for (const hit of hits) {
    const overlapping = kept.find(
      (k) => k.entityId !== hit.entityId && k.from <= hit.from && k.to >= hit.to && k.to - k.from > hit.to - hit.from,
    );
    if (overlapping) continue;
    if (kept.some((k) => k.entityId === hit.entityId && k.from === hit.from && k.to === hit.to)) continue;
    kept.push(hit);
  }
  return kept.map((h) => [h.entityId, text.slice(h.from, h.to)]);
}

describe('finding every alias in one pass', () => {
  it('finds what searching for each alias in turn finds, on the seed article with its own names', () => {
    // Every candidate name in the seed as an entity, some twice under two entities, with short,
    // Hangul and overlapping aliases beside them.
    const names = [...new Set(findCandidates(seed, []).map((c) => c.text))];
    expect(names.length).toBeGreaterThan(10);
    const targets: AliasTarget[] = names.flatMap((name, i) => [
      { entityId: `e${i}`, name, alias: name },
      ...(i % 3 === 0 ? [{ entityId: `f${i}`, name: `${name} (again)`, alias: name }] : []),
      ...(i % 4 === 0 ? [{ entityId: `e${i}`, name, alias: name.split(' ')[0]! }] : []),
    ]);
    targets.push(
      { entityId: 'kyj', name: 'Kim Yo Jong', alias: '김여정' },
      { entityId: 'nk', name: 'North Korea', alias: 'NK' },
      { entityId: 'nk', name: 'North Korea', alias: 'North' },
      { entityId: 'un', name: 'United Nations', alias: 'UN' },
      { entityId: 'ry', name: 'Ryanggang', alias: 'Ryanggang Province' },
      { entityId: 'hs', name: 'Hyesan', alias: 'Hyesan' },
    );
    const found = findAliasOccurrences(seed, targets).map((o) => [o.entityId, o.text]);
    expect(found.length).toBeGreaterThan(names.length);
    expect(found).toEqual(findAliasOccurrencesReference(seed, targets));
    const korean = 'Reports say KIM Yo-jong visited. 김여정이 지시했다. Kim Yo Jongil, N.K. and the UN’s NK desk.';
    expect(findAliasOccurrences(korean, targets).map((o) => [o.entityId, o.text])).toEqual(
      findAliasOccurrencesReference(korean, targets),
    );
  });
});
