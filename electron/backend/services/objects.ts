// Any object, found from its id alone (ids are unique across kinds).
import { ContractError } from '../../../shared/contract/errors';
import type { MethodOutput } from '../../../shared/contract/methods';
import { getArticle } from './articles';
import { getCase } from './cases';
import type { Ctx } from './context';
import { getEntity, getMention, getRelationship } from './entities';
import { getExcerpt } from './excerpts';
import { kindOf } from './objectKinds';
import { getSource } from './sources';
import { getWebCapture } from '../capture/store';

export function showObject(ctx: Ctx, id: string): MethodOutput<'objects.show'> {
  const kind = kindOf(ctx, id);
  switch (kind) {
    // A web capture's provenance (request, hops, status, headers, certificate, times) comes with it.
    case 'article':
      return { kind, value: { ...getArticle(ctx, id), webCapture: getWebCapture(ctx, id) } };
    case 'source':
      return { kind, value: getSource(ctx, id) };
    case 'excerpt':
      return { kind, value: getExcerpt(ctx, id) };
    case 'entity':
      return { kind, value: getEntity(ctx, id) };
    case 'case':
      return { kind, value: getCase(ctx, id) };
    case 'relationship':
      return { kind, value: getRelationship(ctx, id) };
    case 'mention':
      return { kind, value: getMention(ctx, id) };
    case null:
      throw new ContractError('not_found', `Nothing in this library has the id ${id}.`);
  }
}
