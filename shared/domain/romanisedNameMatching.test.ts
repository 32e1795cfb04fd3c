import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAliasOccurrences } from './entityMatching';
import type { AliasTarget } from './entityMatching';
import {
  findRomanisedNames,
  foldRomanised,
  otherSpellingsOf,
  romanisedKeysByEntity,
  romanisedKey,
  spellingsForTargets,
  spellingsOf,
} from './romanisedNameMatching';

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

/** findRomanisedNames' definition: every key of every entity searched for in the whole text. */
function findRomanisedNamesReference(text: string, targets: readonly AliasTarget[]) {
  const fold = foldRomanised(text);
  const hits: { entityId: string; name: string; from: number; to: number }[] = [];
  for (const [entityId, { name, keys }] of romanisedKeysByEntity(targets)) {
    for (const key of keys) {
      for (let at = fold.folded.indexOf(key); at >= 0; at = fold.folded.indexOf(key, at + 1)) {
        const from = fold.start[at]!;
        const to = fold.end[at + key.length - 1]!;
        const before = text[from - 1];
        const after = text[to];
        if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
        hits.push({ entityId, name, from, to });
      }
    }
  }
  return hits;
}

/** Every (Hangul, romanisation) pair the published examples give, in every system. */
function publishedPairs(): [string, string][] {
  const vectors = JSON.parse(
    fs.readFileSync(new URL('../../../shared/specs/korean-romanization/test-vectors.json', import.meta.url), 'utf8'),
  ) as { systems: Record<string, { tests: [string, string][] }> };
  return Object.values(vectors.systems).flatMap((system) => system.tests);
}

describe('finding romanised names in one pass', () => {
  it('finds exactly what searching for every key finds, for every published place name in every system', () => {
    const pairs = publishedPairs();
    const targets: AliasTarget[] = pairs.map(([hangul], i) => ({ entityId: `e${i}`, name: hangul, alias: hangul }));
    targets.push({ entityId: 'kyj', name: 'Kim Yo Jong', alias: '김여정' });
    // Every published spelling in running text, with words around them, twice over.
    const text = [...pairs.map(([, latin]) => `near ${latin}, `), 'Kim Yo-jong and Gim Yeo-jeong; Kim Yo Jongil.']
      .join('')
      .repeat(2);
    const hits = findRomanisedNames(text, targets);
    expect(hits.length).toBeGreaterThan(pairs.length);
    const order = (h: { from: number; to: number; entityId: string }[]) =>
      [...h].sort((a, b) => a.from - b.from || a.to - b.to || a.entityId.localeCompare(b.entityId));
    expect(order(hits)).toEqual(order(findRomanisedNamesReference(text, targets)));
  });
});

/** otherSpellingsOf's definition: every Korean or Chinese entity asked in turn whether the query names it. */
function otherSpellingsOfReference(query: string, targets: readonly AliasTarget[]): string[] {
  const q = query.normalize('NFC').replace(/"/g, '').trim();
  if (!q) return [];
  const out = new Set<string>();
  if (/\p{Script=Hangul}/u.test(q)) for (const s of spellingsOf(q)) out.add(s);
  for (const [entityId, { keys }] of romanisedKeysByEntity(targets)) {
    const own = targets.filter((t) => t.entityId === entityId);
    if (!keys.has(romanisedKey(q)) && !own.some((t) => t.alias.normalize('NFC').trim() === q)) continue;
    for (const t of own) out.add(t.alias);
    for (const s of spellingsForTargets(own)) out.add(s);
  }
  out.delete(q);
  return [...out];
}

describe('other spellings of a searched name', () => {
  it('are exactly what asking every entity finds, for every published name and spelling', () => {
    const pairs = publishedPairs();
    const targets: AliasTarget[] = pairs.flatMap(([hangul, latin], i) => [
      { entityId: `e${i}`, name: hangul, alias: hangul },
      { entityId: `e${i}`, name: hangul, alias: latin },
    ]);
    targets.push(
      { entityId: 'kyj', name: 'Kim Yo Jong', alias: 'Kim Yo Jong' },
      { entityId: 'kyj', name: 'Kim Yo Jong', alias: '김여정' },
      { entityId: 'kyj2', name: '김여정', alias: '김여정' },
      { entityId: 'plain', name: 'Acme Trading', alias: 'Acme Trading' },
    );
    const queries = [
      ...pairs.flatMap(([hangul, latin]) => [hangul, latin, latin.toUpperCase(), ` ${latin} `]),
      'Kim Yo-jong',
      '"Gim Yeo-jeong"',
      '김여정',
      'Acme Trading',
      'the',
      '',
    ];
    let found = 0;
    for (const query of queries) {
      const want = otherSpellingsOfReference(query, targets);
      expect(otherSpellingsOf(query, targets), query).toEqual(want);
      if (want.length) found++;
    }
    expect(found).toBeGreaterThan(pairs.length);
  });
});

/** foldRomanised's definition, character by character through the regular expressions alone. */
function foldRomanisedReference(text: string) {
  const units: { c: string; s: number; e: number }[] = [];
  let i = 0;
  for (const ch of text) {
    const at = i;
    i += ch.length;
    if (/['’‘`´ʼ]/u.test(ch) || /[ \t\u00a0\r\n\-‐‑‒–—_]/u.test(ch)) continue;
    const folded = /[\p{Script=Han}\p{Script=Hangul}]/u.test(ch)
      ? ch
      : ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    for (const c of folded) units.push({ c, s: at, e: i });
  }
  const out = { folded: '', start: [] as number[], end: [] as number[] };
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    const next = units[k + 1];
    if (u.c === 'e' && next && (next.c === 'o' || next.c === 'u')) {
      out.folded += next.c;
      out.start.push(u.s);
      out.end.push(next.e);
      k++;
      continue;
    }
    out.folded += u.c;
    out.start.push(u.s);
    out.end.push(u.e);
  }
  return out;
}

describe('folding for romanised names', () => {
  it('folds exactly as the regular expressions do, ASCII by table included', () => {
    const tricky = "Kim Yŏ-jŏng's KIM YEOJEONG\t\r\n Gim_Yeo–jeong `x´ 김여정 鸭绿江 😀 ﬁ EO eu e\u00a0o O\u0308 ...";
    expect(foldRomanised(tricky)).toEqual(foldRomanisedReference(tricky));
    for (const name of ['aktualne', 'hukumusume', 'qq', 'rtl-1', 'bbc-1']) {
      const page = new URL(`../../../shared/corpus/web-pages/${name}/source.html`, import.meta.url);
      const text = fs.readFileSync(page, 'utf8').slice(0, 12_000);
      expect(foldRomanised(text), name).toEqual(foldRomanisedReference(text));
    }
  });
});
