// `objects.show` (and `casefile show ID`) gives any object from its id alone, in the same API shape
// its own kind's methods give: checked against the contract's schema for every kind, so a raw row
// (snake_case columns) fails here.
import { describe, expect, it } from 'vitest';
import { OBJECT_KINDS } from '../../../shared/contract/objectKinds';
import { ShownObject } from '../../../shared/contract/methods';
import { openTestBackend, SEED_TEXT } from '../testing/tempLibrary';

describe('objects.show', () => {
  it('gives every kind in its API shape, a mention as mentions.list gives it', async () => {
    const backend = openTestBackend();
    const { article } = await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Seed' });
    const source = await backend.call('sources.create', { name: 'Daily NK', kind: 'publication' });
    const excerpt = await backend.call('excerpts.create', { articleId: article.id, quote: 'magnesia clinker' });
    const entity = await backend.call('entities.create', { name: 'Hyesan', type: 'location' });
    const other = await backend.call('entities.create', { name: 'Ryanggang', type: 'location' });
    const relationship = await backend.call('relationships.create', {
      fromEntityId: entity.id,
      toEntityId: other.id,
      type: 'located-in',
    });
    const mention = await backend.call('mentions.create', {
      entityId: entity.id,
      articleId: article.id,
      start: 0,
      end: 4,
    });
    const theCase = await backend.call('cases.create', { title: 'Border trade' });
    const ids = {
      article: article.id,
      source: source.id,
      excerpt: excerpt.id,
      entity: entity.id,
      case: theCase.id,
      relationship: relationship.id,
      mention: mention.id,
    };

    for (const kind of OBJECT_KINDS) {
      const shown = await backend.call('objects.show', { id: ids[kind] });
      expect(shown.kind).toBe(kind);
      // Parsing drops keys the schema does not name: a row's columns would be missing or left over.
      expect(ShownObject.parse(shown), kind).toEqual(shown);
    }
    const shown = await backend.call('objects.show', { id: mention.id });
    const listed = (await backend.call('mentions.list', { entityId: entity.id })).items;
    expect(shown).toEqual({ kind: 'mention', value: listed[0] });
    expect(shown.value).toEqual(mention);
    expect(shown.kind === 'mention' && shown.value.entityId).toBe(entity.id);
  });
});
