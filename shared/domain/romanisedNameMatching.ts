// Matching Korean (and Chinese) names across romanisation systems. An entity with a Hangul name
// or alias (김정은) is found under every system's spelling of it (Gim Jeong-eun, Kim Chŏng-ŭn,
// Kim Jong Un), whether or not the analyst has accepted those spellings as aliases yet, and each
// spelling is compared by a key that drops what differs between systems only in typography:
// ŏ/o/eo, ŭ/u/eu, apostrophes, and hyphen/space/nothing between syllables. Distinct names keep
// distinct keys (Kim Jong Il ≠ Kim Jong Un).
// Han names of entities without Hangul get the same treatment with Hanyu Pinyin (鸭绿江 → Yalu
// Jiang, Yalu River); Han beside Hangul is taken for Hanja and left to match as written.
// entityMatching.ts and search call into this file; nothing here knows about the database.
import { APOSTROPHES, HAN_OR_HANGUL } from './aliases';
import type { AliasTarget } from './entityMatching';
import { hasHangul } from './korean/romanise';
import { matchingSpellings } from './korean/spellings';
import { pinyinSpellings } from './pinyin';

/** Text folded for cross-system comparison, with the UTF-16 span in the source of every folded unit. */
export interface RomanisedFold {
  folded: string;
  start: number[];
  end: number[];
}

const DROPPED = /[ \t\u00a0\r\n\-‐‑‒–—_]/u;

/** ASCII characters folded away: apostrophes (' `) and DROPPED's space, tab, CR, LF, - and _. */
const ASCII_DROPPED = new Set([0x27, 0x60, 0x20, 0x09, 0x0d, 0x0a, 0x2d, 0x5f]);

/**
 * The text folded for cross-system comparison. ASCII, most of most articles, is folded by table
 * (the same answers as the regular expressions and Unicode normalisation it skips); every article
 * opened is folded to look for every Korean and Chinese entity in it.
 */
export function foldRomanised(text: string): RomanisedFold {
  // The folded units (code points), each with the UTF-16 span of the character it came from.
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const at = i;
    i += ch.length;
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      if (ASCII_DROPPED.has(code)) continue;
      units.push(code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : ch);
      starts.push(at);
      ends.push(i);
      continue;
    }
    APOSTROPHES.lastIndex = 0;
    if (APOSTROPHES.test(ch) || DROPPED.test(ch)) continue;
    const folded = HAN_OR_HANGUL.test(ch) ? ch : ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    for (const c of folded) {
      units.push(c);
      starts.push(at);
      ends.push(i);
    }
  }
  const out: RomanisedFold = { folded: '', start: [], end: [] };
  for (let k = 0; k < units.length; k++) {
    const c = units[k]!;
    const next = units[k + 1];
    // RR writes ㅓ and ㅡ as eo and eu where MR writes ŏ and ŭ (folded above to o and u).
    if (c === 'e' && (next === 'o' || next === 'u')) {
      out.folded += next;
      out.start.push(starts[k]!);
      out.end.push(ends[k + 1]!);
      k++;
      continue;
    }
    out.folded += c;
    out.start.push(starts[k]!);
    out.end.push(ends[k]!);
  }
  return out;
}

/** The cross-system key of one spelling: Kim Yŏ-jŏng, Kim Yo Jong and KIM YEOJEONG share one. */
export function romanisedKey(spelling: string): string {
  return foldRomanised(spelling).folded;
}

const spellingCache = new Map<string, string[]>();

/** Every spelling of a Hangul (or Han) alias the matcher recognises (memoised: entities are matched often). */
export function spellingsOf(hangul: string): string[] {
  let found = spellingCache.get(hangul);
  if (!found) {
    found = hasHangul(hangul)
      ? matchingSpellings(hangul)
      : [...pinyinSpellings(hangul, 'location'), ...pinyinSpellings(hangul, 'person')].map((s) => s.text);
    if (spellingCache.size > 5000) spellingCache.clear();
    spellingCache.set(hangul, found);
  }
  return found;
}

/** Keys shorter than this (O, Oh, Im) would match ordinary words; such names match only as typed. */
const MIN_KEY_LENGTH = 4;

/**
 * For each entity that has a Hangul name or alias of two syllables or more (or, failing that, a Han
 * one): the cross-system keys of its romanised spellings and of its own romanised aliases.
 */
/** Computed once per targets list: a caller that keeps its list (search, per library state) pays once. */
const keysCache = new WeakMap<readonly AliasTarget[], Map<string, { name: string; keys: Set<string> }>>();

export function romanisedKeysByEntity(
  targets: readonly AliasTarget[],
): Map<string, { name: string; keys: Set<string> }> {
  let known = keysCache.get(targets);
  if (!known) keysCache.set(targets, (known = computeKeysByEntity(targets)));
  return known;
}

function computeKeysByEntity(targets: readonly AliasTarget[]): Map<string, { name: string; keys: Set<string> }> {
  const byEntity = groupByEntity(targets);
  const result = new Map<string, { name: string; keys: Set<string> }>();
  for (const [entityId, own] of byEntity) {
    const aliases = own.map((t) => t.alias.normalize('NFC').trim());
    const twoOrMore = (a: string) => Array.from(a.replace(/\s/g, '')).length >= 2;
    let hangul = aliases.filter((a) => hasHangul(a) && twoOrMore(a));
    if (!hangul.length && !aliases.some(hasHangul))
      hangul = aliases.filter((a) => /^\p{Script=Han}+$/u.test(a) && twoOrMore(a));
    if (!hangul.length) continue;
    const spellings = [
      ...hangul.flatMap(spellingsOf),
      ...own.map((t) => t.alias).filter((a) => !HAN_OR_HANGUL.test(a)),
    ];
    const keys = new Set(
      spellings.map(romanisedKey).filter((k) => k.length >= MIN_KEY_LENGTH && !HAN_OR_HANGUL.test(k)),
    );
    if (keys.size) result.set(entityId, { name: own[0]!.name, keys });
  }
  return result;
}

function groupByEntity(targets: readonly AliasTarget[]): Map<string, AliasTarget[]> {
  const byEntity = new Map<string, AliasTarget[]>();
  for (const t of targets) {
    const own = byEntity.get(t.entityId);
    if (own) own.push(t);
    else byEntity.set(t.entityId, [t]);
  }
  return byEntity;
}

const WORD = /[\p{L}\p{N}]/u;

export interface RomanisedHit {
  entityId: string;
  name: string;
  /** UTF-16 span in the text. */
  from: number;
  to: number;
}

/** Every key by its first MIN_KEY_LENGTH units, in entity order, with its entity. */
type KeyIndex = Map<string, { entityId: string; name: string; key: string }[]>;
const keyIndexCache = new WeakMap<readonly AliasTarget[], KeyIndex>();

function keyIndexOf(targets: readonly AliasTarget[]): KeyIndex {
  let index = keyIndexCache.get(targets);
  if (index) return index;
  index = new Map();
  for (const [entityId, { name, keys }] of romanisedKeysByEntity(targets)) {
    for (const key of keys) {
      const head = key.slice(0, MIN_KEY_LENGTH);
      const list = index.get(head);
      if (list) list.push({ entityId, name, key });
      else index.set(head, [{ entityId, name, key }]);
    }
  }
  keyIndexCache.set(targets, index);
  return index;
}

/**
 * Where the romanised spellings of Korean and Chinese entities occur in `text`, on word boundaries.
 * One pass over the folded text, looking each position's first units up among the keys, rather
 * than one search of the whole text per key: with 10,000 entities that is tens of thousands of
 * searches of every article opened.
 */
export function findRomanisedNames(text: string, targets: readonly AliasTarget[]): RomanisedHit[] {
  const index = keyIndexOf(targets);
  if (!index.size) return [];
  const { folded, start, end } = foldRomanised(text);
  const hits: RomanisedHit[] = [];
  for (let at = 0; at + MIN_KEY_LENGTH <= folded.length; at++) {
    const candidates = index.get(folded.slice(at, at + MIN_KEY_LENGTH));
    if (!candidates) continue;
    for (const { entityId, name, key } of candidates) {
      if (!folded.startsWith(key, at)) continue;
      const from = start[at]!;
      const to = end[at + key.length - 1]!;
      const before = text[from - 1];
      const after = text[to];
      if ((before && WORD.test(before)) || (after && WORD.test(after))) continue;
      hits.push({ entityId, name, from, to });
    }
  }
  return hits;
}

/** Every spelling the matcher would recognise for these targets' Hangul and Han names (for index look-ups). */
export function spellingsForTargets(targets: readonly AliasTarget[]): string[] {
  const out = new Set<string>();
  for (const t of targets) {
    const alias = t.alias.normalize('NFC').trim();
    if (hasHangul(alias) || /^\p{Script=Han}+$/u.test(alias)) for (const s of spellingsOf(alias)) out.add(s);
  }
  return [...out];
}

/**
 * Other spellings of what the analyst searched for: when the query is a Korean or Chinese entity's
 * name in any spelling (or its Hangul), every name, alias and generated spelling of that entity;
 * when it is Hangul, also its own romanisations. Empty when the query names nothing Korean.
 */
export function otherSpellingsOf(query: string, targets: readonly AliasTarget[]): string[] {
  const q = query.normalize('NFC').replace(/"/g, '').trim();
  if (!q) return [];
  const out = new Set<string>();
  if (hasHangul(q)) for (const s of spellingsOf(q)) out.add(s);
  const lookup = spellingLookupOf(targets);
  const named = new Set([...(lookup.byKey.get(romanisedKey(q)) ?? []), ...(lookup.byAlias.get(q) ?? [])]);
  for (const entityId of [...named].sort((a, b) => lookup.order.get(a)! - lookup.order.get(b)!)) {
    const own = lookup.grouped.get(entityId) ?? [];
    for (const t of own) out.add(t.alias);
    for (const s of spellingsForTargets(own)) out.add(s);
  }
  out.delete(q);
  return [...out];
}

/**
 * The Korean and Chinese entities (those with romanised keys) by each key and by each of their
 * aliases as written, so a search finds the entities its query names by lookup, not by a walk of
 * every name in the library; `order` keeps their order in `romanisedKeysByEntity`.
 */
interface SpellingLookup {
  grouped: Map<string, AliasTarget[]>;
  byKey: Map<string, string[]>;
  byAlias: Map<string, string[]>;
  order: Map<string, number>;
}
const lookupCache = new WeakMap<readonly AliasTarget[], SpellingLookup>();

function spellingLookupOf(targets: readonly AliasTarget[]): SpellingLookup {
  const cached = lookupCache.get(targets);
  if (cached) return cached;
  const lookup: SpellingLookup = {
    grouped: groupByEntity(targets),
    byKey: new Map(),
    byAlias: new Map(),
    order: new Map(),
  };
  const add = (map: Map<string, string[]>, key: string, entityId: string) => {
    const ids = map.get(key);
    if (!ids) map.set(key, [entityId]);
    else if (!ids.includes(entityId)) ids.push(entityId);
  };
  for (const [entityId, { keys }] of romanisedKeysByEntity(targets)) {
    lookup.order.set(entityId, lookup.order.size);
    for (const key of keys) add(lookup.byKey, key, entityId);
    for (const t of lookup.grouped.get(entityId) ?? []) add(lookup.byAlias, t.alias.normalize('NFC').trim(), entityId);
  }
  lookupCache.set(targets, lookup);
  return lookup;
}
