// The link chart's graph, its GraphML/GEXF files and the library timeline, built from real
// libraries: grades on edges, co-mention counts, case and entity scopes, partial-date spans.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../../shared/contract/network';
import { openTestBackend, SEED_TEXT } from '../testing/tempLibrary';

const AFFILIATION = 'a state-run entity affiliated with the Ministry of People’s Armed Forces (MPAF)';
const KIM_QUOTE = 'the trading company is working under the direction of Kim Yo Jong';
const MASKS_QUOTE = 'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks';

async function library() {
  const backend = openTestBackend();
  const seed = (
    await backend.call('articles.createFromText', {
      text: SEED_TEXT,
      title: 'Seed',
      publisher: 'Daily NK',
      published: { value: '2020-03', qualifier: '' },
    })
  ).article;
  const second = (
    await backend.call('articles.createFromText', {
      text: 'The Kimbongsokyong Trading Company and the MPAF were named again. Kim Yo Jong was not.',
      title: 'Second',
      published: { value: '2021', qualifier: '' },
    })
  ).article;
  const dailyNk = (await backend.call('sources.list', { kind: 'publication' })).items[0]!;
  await backend.call('sources.rate', { id: dailyNk.id, reliability: 'B', rationale: 'long record' });
  const rumour = await backend.call('sources.create', { name: 'A trader', kind: 'human-source' });
  await backend.call('sources.rate', { id: rumour.id, reliability: 'D', rationale: 'one contact' });
  const affiliation = await backend.call('excerpts.create', {
    articleId: seed.id,
    quote: AFFILIATION,
    sourceId: dailyNk.id,
    credibility: 3,
    eventDate: { value: '2020-02', qualifier: 'early' },
  });
  const kimQuote = await backend.call('excerpts.create', {
    articleId: seed.id,
    quote: KIM_QUOTE,
    sourceId: rumour.id,
    credibility: 2,
  });
  const masks = await backend.call('excerpts.create', {
    articleId: seed.id,
    quote: MASKS_QUOTE,
    sourceId: dailyNk.id,
    credibility: 2,
    eventDate: { value: '2020-03-06', qualifier: '' },
  });
  const company = await backend.call('entities.create', {
    name: 'Kimbongsokyong Trading Company',
    type: 'organization',
  });
  const mpaf = await backend.call('entities.create', {
    name: 'Ministry of People’s Armed Forces',
    type: 'organization',
    aliases: ['MPAF'],
  });
  const kim = await backend.call('entities.create', { name: 'Kim Yo Jong', type: 'person', aliases: ['김여정'] });
  const lonely = await backend.call('entities.create', { name: 'Yalu River', type: 'location' });
  for (const entity of [company, mpaf, kim]) {
    for (const article of [seed, second])
      await backend.call('mentions.acceptAll', { entityId: entity.id, articleId: article.id });
  }
  const affiliated = await backend.call('relationships.create', {
    fromEntityId: company.id,
    toEntityId: mpaf.id,
    type: 'affiliated-with',
    excerptIds: [affiliation.id, kimQuote.id],
  });
  const controls = await backend.call('relationships.create', {
    fromEntityId: kim.id,
    toEntityId: company.id,
    type: 'controls',
    excerptIds: [kimQuote.id],
  });
  return {
    backend,
    seed,
    second,
    affiliation,
    kimQuote,
    masks,
    company,
    mpaf,
    kim,
    lonely,
    affiliated,
    controls,
    dailyNk,
    rumour,
  };
}

const relationship = (edges: GraphEdge[], id: string) =>
  edges.find((e) => e.id === id) as Extract<GraphEdge, { kind: 'relationship' }> | undefined;

describe('graph.build', () => {
  it('gives each relationship the best grade of its backing excerpts, and counts co-mentions per article', async () => {
    const l = await library();
    const graph = await l.backend.call('graph.build', {});
    expect(graph.nodes.map((n) => n.name)).toEqual([
      'Kim Yo Jong',
      'Kimbongsokyong Trading Company',
      'Ministry of People’s Armed Forces',
      'Yalu River',
    ]);
    expect(graph.nodes.find((n) => n.id === l.mpaf.id)?.aliases).toEqual(['MPAF']);
    // B3 (Daily NK) beats D2 (a trader): the source's reliability comes first.
    expect(relationship(graph.edges, l.affiliated.id)?.grade).toEqual({ reliability: 'B', credibility: 3, text: 'B3' });
    expect(relationship(graph.edges, l.affiliated.id)?.excerptIds.sort()).toEqual(
      [l.affiliation.id, l.kimQuote.id].sort(),
    );
    expect(relationship(graph.edges, l.controls.id)?.grade?.text).toBe('D2');
    const co = graph.edges.filter((e) => e.kind === 'co-mention');
    const count = (a: string, b: string) =>
      co.find((e) => [e.source, e.target].sort().join() === [a, b].sort().join())?.articles;
    expect(count(l.company.id, l.mpaf.id)).toBe(2); // both articles
    expect(count(l.company.id, l.kim.id)).toBe(2); // "Kim Yo Jong was not." still names her
    expect(co.some((e) => e.source === l.lonely.id || e.target === l.lonely.id)).toBe(false);
  });

  it('filters edges by grade, type and date, and leaves co-mentions out on request', async () => {
    const l = await library();
    const atLeastB = await l.backend.call('graph.build', { minReliability: 'B', coMentions: false });
    expect(atLeastB.edges.map((e) => e.id)).toEqual([l.affiliated.id]);
    expect(relationship(atLeastB.edges, l.affiliated.id)?.excerptIds).toEqual([l.affiliation.id]);
    const credible = await l.backend.call('graph.build', { maxCredibility: 2, coMentions: false });
    expect(relationship(credible.edges, l.affiliated.id)?.grade?.text).toBe('D2');
    const controlsOnly = await l.backend.call('graph.build', { relationshipTypes: ['controls'], coMentions: false });
    expect(controlsOnly.edges.map((e) => e.id)).toEqual([l.controls.id]);
    // "early February 2020" is in February 2020; the undated excerpt falls back to its article's March 2020.
    const february = await l.backend.call('graph.build', { from: '2020-02', to: '2020-02', coMentions: false });
    expect(february.edges.map((e) => e.id)).toEqual([l.affiliated.id]);
    const in2021 = await l.backend.call('graph.build', { from: '2021', to: '2021' });
    expect(in2021.edges.every((e) => e.kind === 'co-mention' && e.articles === 1)).toBe(true);
    const people = await l.backend.call('graph.build', { entityTypes: ['person'] });
    expect(people.nodes.map((n) => n.name)).toEqual(['Kim Yo Jong']);
    expect(people.edges).toEqual([]);
    await expect(l.backend.call('graph.build', { from: '2021', to: '2020' })).rejects.toThrow(
      /ends .* before it starts/,
    );
  });

  it('scopes to a case or to one entity and its neighbours', async () => {
    const l = await library();
    const c = await l.backend.call('cases.create', { title: 'Border' });
    await l.backend.call('cases.addItems', { id: c.id, itemIds: [l.second.id, l.lonely.id] });
    const inCase = await l.backend.call('graph.build', { caseId: c.id });
    expect(inCase.nodes.map((n) => n.name).sort()).toEqual([
      'Kim Yo Jong',
      'Kimbongsokyong Trading Company',
      'Ministry of People’s Armed Forces',
      'Yalu River',
    ]);
    // Co-mentions count only the case's article; relationships keep all their evidence.
    expect(
      inCase.edges.filter((e) => e.kind === 'co-mention').every((e) => e.kind === 'co-mention' && e.articles === 1),
    ).toBe(true);
    expect(inCase.nodes.find((n) => n.id === l.kim.id)?.mentions).toBe(1);
    const aroundMpaf = await l.backend.call('graph.build', { entityId: l.mpaf.id, coMentions: false });
    expect(aroundMpaf.nodes.map((n) => n.name).sort()).toEqual([
      'Kimbongsokyong Trading Company',
      'Ministry of People’s Armed Forces',
    ]);
    await expect(l.backend.call('graph.build', { entityId: l.seed.id })).rejects.toThrow(/No entity has the id/);
  });
});

describe('graph.export', () => {
  it('writes GraphML and GEXF that parse as XML, with every node and edge, hostile names escaped', async () => {
    const l = await library();
    await l.backend.call('entities.create', {
      name: 'Evil <script>alert("x")</script> & \u0001co',
      type: 'organization',
      aliases: ["O'Reilly & <Sons>"],
    });
    const full = await l.backend.call('graph.build', {});
    for (const format of ['graphml', 'gexf'] as const) {
      const { xml, nodes, edges } = await l.backend.call('graph.export', { format, coMentions: true });
      expect([nodes, edges]).toEqual([full.nodes.length, full.edges.length]);
      const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(doc.getElementsByTagName('node')).toHaveLength(full.nodes.length);
      expect(doc.getElementsByTagName('edge')).toHaveLength(full.edges.length);
      expect(doc.getElementsByTagName('script')).toHaveLength(0);
      const affiliated = [...doc.getElementsByTagName('edge')].find((e) => e.getAttribute('id') === l.affiliated.id)!;
      expect(affiliated.getAttribute('source')).toBe(l.company.id);
      expect(affiliated.getAttribute('target')).toBe(l.mpaf.id);
      expect(affiliated.innerHTML).toContain('B3');
      expect(xml).toContain('Evil &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    }
  });
});

describe('timeline.build', () => {
  it('puts dated excerpts on the event lane and dated articles on the report lane, as the spans their partial dates mean', async () => {
    const l = await library();
    const { items } = await l.backend.call('timeline.build', {});
    expect(items.map((i) => [i.lane, i.title, i.date.qualifier, i.start, i.end, i.grade])).toEqual([
      ['event', 'Seed', 'early', '2020-02-01', '2020-02-29', 'B3'],
      ['report', 'Seed', '', '2020-03-01', '2020-03-31', null],
      ['event', 'Seed', '', '2020-03-06', '2020-03-06', 'B2'],
      ['report', 'Second', '', '2021-01-01', '2021-12-31', null],
    ]);
    expect(items.find((i) => i.id === l.kimQuote.id)).toBeUndefined(); // undated: not placed on a line
  });

  it('filters by case, entity, source, reliability and date range', async () => {
    const l = await library();
    const c = await l.backend.call('cases.create', { title: 'Border' });
    await l.backend.call('cases.addItems', { id: c.id, itemIds: [l.masks.id] });
    const ids = async (input: object) => (await l.backend.call('timeline.build', input)).items.map((i) => i.id);
    // The case holds one excerpt: its article's report date comes along, its other excerpts do not.
    expect(await ids({ caseId: c.id })).toEqual([l.seed.id, l.masks.id]);
    expect(await ids({ entityId: l.mpaf.id })).toEqual([l.affiliation.id, l.seed.id, l.second.id]);
    expect(await ids({ sourceId: l.rumour.id })).toEqual([]);
    expect(await ids({ sourceId: l.dailyNk.id })).toEqual([l.affiliation.id, l.seed.id, l.masks.id]);
    expect(await ids({ minReliability: 'A' })).toEqual([]);
    expect(await ids({ from: '2020-03-06', to: '2020-12' })).toEqual([l.seed.id, l.masks.id]);
  });
});
