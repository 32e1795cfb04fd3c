// Generated aliases and cross-system matching through the contract, on a real library: proposals,
// accept/dismiss/accept all with audit rows, the reverse (typing the Hangul of a romanised name),
// suggestions, the library scan and search across spellings, and `casefile` itself.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCasefile } from '../../cli/runCasefile';
import { Backend } from '../backend';
import { openTestBackend, SEED_TEXT, tempDir } from '../testing/tempLibrary';

const FOLLOW_UPS = {
  hyphen: 'A second source says Kim Yo-jong ordered the shipments herself.',
  spaced: 'KCNA quoted Kim Yo Jong on the border closure.',
  mr: 'An archive note spells the name Kim Yŏ-jŏng, as McCune–Reischauer does.',
  hangul: '김여정 부부장이 지시했다는 소문도 있다.',
  other: 'Kim Jong Un inspected a factory; Kim Jong Il was not mentioned.',
};

async function library() {
  const backend = openTestBackend();
  const seed = (await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Seed' })).article;
  const articles: Record<string, string> = {};
  for (const [key, text] of Object.entries(FOLLOW_UPS))
    articles[key] = (await backend.call('articles.createFromText', { text, title: `Follow-up (${key})` })).article.id;
  // The seed's Kim Yo Jong entity, given only its Hangul.
  const kim = await backend.call('entities.create', { name: '김여정', type: 'person' });
  return { backend, seed, articles, kim };
}

describe('the Kim Yo Jong entity known only as 김여정', () => {
  it('is suggested in the seed and in follow-ups written Kim Yo-jong, Kim Yo Jong and Kim Yŏ-jŏng', async () => {
    const { backend, seed, articles, kim } = await library();
    const suggested = async (articleId: string) =>
      (await backend.call('entities.suggest', { articleId })).suggestions
        .filter((s) => s.entityId === kim.id)
        .map((s) => s.text);
    expect(await suggested(seed.id)).toEqual(['Kim Yo Jong']);
    expect(await suggested(articles.hyphen!)).toEqual(['Kim Yo-jong']);
    expect(await suggested(articles.spaced!)).toEqual(['Kim Yo Jong']);
    expect(await suggested(articles.mr!)).toEqual(['Kim Yŏ-jŏng']);
    expect(await suggested(articles.hangul!)).toEqual(['김여정']);
    expect(await suggested(articles.other!)).toEqual([]);
  });

  it('is found by the library scan in every spelling', async () => {
    const { backend, seed, articles, kim } = await library();
    const { jobId } = await backend.call('entities.scan', { id: kim.id });
    const result = (await backend.jobs.wait(jobId)).result as { articles: { articleId: string }[] };
    expect(result.articles.map((a) => a.articleId).sort()).toEqual(
      [seed.id, articles.hyphen, articles.spaced, articles.mr, articles.hangul].sort(),
    );
  });

  it('is searched for in every spelling, whichever one the analyst types', async () => {
    const { backend, seed, articles } = await library();
    const everyArticle = [seed.id, articles.hyphen, articles.spaced, articles.mr, articles.hangul].sort();
    for (const query of ['Kim Yo-jong', '김여정', 'Gim Yeo-jeong', 'Kim Yŏ-jŏng']) {
      const { results } = await backend.call('search.query', { query, kinds: ['article'] });
      expect(results.map((r) => r.id).sort(), query).toEqual(everyArticle);
    }
    const hangulHit = (await backend.call('search.query', { query: 'Kim Yo-jong', kinds: ['article'] })).results.find(
      (r) => r.id === articles.hangul,
    )!;
    const marked = hangulHit.highlights.map((h) => hangulHit.snippet.slice(h.start, h.end));
    expect(marked).toContain('김여정');
    // A name no Korean entity has is searched for as typed.
    expect(
      (await backend.call('search.query', { query: '"Kim Jong Il"', kinds: ['article'] })).results.map((r) => r.id),
    ).toEqual([articles.other]);
  });
});

describe('generated aliases', () => {
  it('proposes each system’s spelling, accepts and dismisses them one by one with audit rows, and accepts the rest at once', async () => {
    const { backend, kim } = await library();
    const { proposals } = await backend.call('entities.spellings', { id: kim.id });
    expect(proposals.map((p) => `${p.system}:${p.text}`)).toEqual([
      'rr:Gim Yeo-jeong',
      'rr:Gim Yeojeong',
      'mr:Kim Yŏ-jŏng',
      'mr:Kim Yo-jong',
      'kp2002:Kim Yŏ Jŏng',
      'kp2002:Kim Yo Jong',
      'odni:Kim Yo’-cho’ng',
      'customary:Kim Yeo-jeong',
    ]);
    expect(proposals.every((p) => p.from === '김여정')).toBe(true);

    const accepted = await backend.call('entities.acceptSpellings', {
      id: kim.id,
      spellings: [{ text: 'Kim Yo Jong', system: 'kp2002' }],
    });
    expect(accepted.aliases).toEqual([
      expect.objectContaining({ text: 'Kim Yo Jong', system: 'kp2002', generated: true, script: 'Latn' }),
    ]);
    await backend.call('entities.dismissSpellings', {
      id: kim.id,
      spellings: [{ text: 'Gim Yeojeong', system: 'rr' }],
    });
    const left = (await backend.call('entities.spellings', { id: kim.id })).proposals.map((p) => p.text);
    expect(left).not.toContain('Kim Yo Jong');
    expect(left).not.toContain('Gim Yeojeong');
    expect(left).toHaveLength(6);

    const all = await backend.call('entities.acceptSpellings', { id: kim.id });
    expect(all.aliases.filter((a) => a.generated)).toHaveLength(7);
    expect(all.aliases.map((a) => a.text)).not.toContain('Gim Yeojeong');
    expect((await backend.call('entities.spellings', { id: kim.id })).proposals).toEqual([]);
    const actions = (
      backend.ctx.db.prepare('SELECT action FROM audit_log WHERE object_id = ? ORDER BY seq').all(kim.id) as {
        action: string;
      }[]
    ).map((r) => r.action);
    expect(actions).toEqual([
      'entity.create',
      'entity.alias.generated.accept',
      'entity.alias.generated.dismiss',
      'entity.alias.generated.accept',
    ]);
    expect((await backend.call('library.verify', {})).ok).toBe(true);
  });

  it('refuses to store as generated a spelling it did not propose, and changes nothing', async () => {
    const { backend, kim } = await library();
    await expect(
      backend.call('entities.acceptSpellings', { id: kim.id, spellings: [{ text: 'Kim Yo-jong', system: 'rr' }] }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/not a spelling Casefile proposes.*ordinary alias/),
    });
    expect((await backend.call('entities.get', { id: kim.id })).aliases).toEqual([]);
  });

  it('works the other way: a romanised Korean name given its Hangul proposes the other forms', async () => {
    const backend = openTestBackend();
    const kju = await backend.call('entities.create', { name: 'Kim Jong Un', type: 'person' });
    expect((await backend.call('entities.spellings', { id: kju.id })).proposals).toEqual([]);
    await backend.call('entities.addAlias', { id: kju.id, text: '김정은' });
    const texts = (await backend.call('entities.spellings', { id: kju.id })).proposals.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['Gim Jeong-eun', 'Kim Chŏng-ŭn', 'Kim Cho’ng-u’n']));
    expect(texts).not.toContain('Kim Jong Un');
  });

  it('explains what romanise.text cannot take instead of failing', async () => {
    const backend = openTestBackend();
    await expect(backend.call('romanise.text', { text: 'ㄱㅏ', system: 'rr' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/no Hangul syllables/),
    });
    await expect(backend.call('romanise.text', { text: '김정은2', system: 'odni' })).rejects.toMatchObject({
      message: expect.stringMatching(/personal names only/),
    });
    expect(await backend.call('romanise.text', { text: 'Kim 여정 ㄱ', system: 'mr' })).toMatchObject({
      romanised: 'Kim Yŏjŏng ㄱ',
      kept: ['Kim', 'ㄱ'],
    });
  });

  it('proposes Hanyu Pinyin for the seed’s Chinese places', async () => {
    const backend = openTestBackend();
    const yalu = await backend.call('entities.create', { name: 'Yalu River', type: 'location', aliases: ['鸭绿江'] });
    const changbai = await backend.call('entities.create', { name: 'Changbai', type: 'location', aliases: ['长白'] });
    expect(
      (await backend.call('entities.spellings', { id: yalu.id })).proposals.map((p) => `${p.system}:${p.text}`),
    ).toEqual(['pinyin:Yālù Jiāng', 'pinyin:Yalu Jiang', 'pinyin:Yalujiang']);
    expect((await backend.call('entities.spellings', { id: changbai.id })).proposals.map((p) => p.text)).toEqual([
      'Chángbái',
    ]);
  });
});

describe('casefile romanise and entity romanise', () => {
  const run = (library: string, ...args: string[]) =>
    runCasefile(['--library', library, '--analyst', 'CLI Tester', ...args]);

  it('romanises text in each system with no library at all, and says what is wrong with bad input', async () => {
    // Romanising reads no library, so a path with none is fine; the systems are tested in shared/domain/korean.
    const library = path.join(tempDir(), 'none.casefile');
    const out = async (system: string, text: string, ...extra: string[]) =>
      JSON.parse((await run(library, '--json', 'romanise', text, '--system', system, ...extra)).stdout);
    expect((await out('mr', '평양', '--plain')).romanised).toBe('Pyongyang');
    expect((await out('odni', '김영수')).romanised).toBe('Kim Yo’ng-su');
    expect(await out('kp2002', '김정은 (金正恩)')).toMatchObject({ romanised: 'Kimjŏngün (金正恩)', kept: ['金正恩'] });
    const odniPlace = await run(library, '--json', 'romanise', '평안남도 평성시 어딘가', '--system', 'odni');
    expect(odniPlace.status).not.toBe(0);
    expect(odniPlace.stderr).toMatch(/personal names only/);
    expect((await run(library, 'romanise', 'ㄱㅏ', '--system', 'xx')).stderr).toMatch(
      /--system must be one of: rr, mr, kp2002, odni/,
    );
    expect(fs.existsSync(library)).toBe(false);
  });

  it('lists an entity’s proposed spellings by system and accepts them all', async () => {
    const library = path.join(tempDir(), 'lib.casefile');
    await new Backend({ libraryPath: library }).close();
    const entity = JSON.parse((await run(library, '--json', 'entity', 'add', '김여정', '--type', 'person')).stdout);
    const listed = JSON.parse((await run(library, '--json', 'entity', 'romanise', entity.id)).stdout);
    expect(listed.bySystem).toMatchObject({
      rr: ['Gim Yeo-jeong', 'Gim Yeojeong'],
      mr: ['Kim Yŏ-jŏng', 'Kim Yo-jong'],
      kp2002: ['Kim Yŏ Jŏng', 'Kim Yo Jong'],
      odni: ['Kim Yo’-cho’ng'],
    });
    const accepted = JSON.parse((await run(library, '--json', 'entity', 'romanise', entity.id, '--accept-all')).stdout);
    expect(accepted.entity.aliases).toHaveLength(8);
    expect(JSON.parse((await run(library, '--json', 'entity', 'romanise', entity.id)).stdout).proposals).toEqual([]);
  });
});

describe('generated aliases through a merge', () => {
  it('stay generated, with their system, when merged into another entity and after undo', async () => {
    const backend = openTestBackend();
    const kept = await backend.call('entities.create', { name: 'Kim Yo Jong', type: 'person' });
    const dup = await backend.call('entities.create', { name: '김여정', type: 'person' });
    await backend.call('entities.acceptSpellings', { id: dup.id, spellings: [{ text: 'Kim Yŏ-jŏng', system: 'mr' }] });
    const { mergeId, entity } = await backend.call('entities.merge', { keepId: kept.id, mergeId: dup.id });
    expect(entity.aliases.find((a) => a.text === 'Kim Yŏ-jŏng')).toMatchObject({ system: 'mr', generated: true });
    await backend.call('merges.undo', { id: mergeId });
    expect((await backend.call('entities.get', { id: dup.id })).aliases).toEqual([
      expect.objectContaining({ text: 'Kim Yŏ-jŏng', system: 'mr', generated: true }),
    ]);
  });
});
