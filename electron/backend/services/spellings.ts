// Generated aliases: the spellings of an entity's Hangul or Han names in each romanisation system,
// proposed to the analyst, stored as aliases (with their system, generated = 1) when accepted, and
// remembered when dismissed so they are not proposed again. Proposals are computed when asked, from
// the names the entity has now, so adding the Hangul for a romanised name (the reverse direction)
// immediately proposes the other forms.
import { ContractError } from '../../../shared/contract/errors';
import type { ParsedInput } from '../../../shared/contract/methods';
import type { Entity, ProposedSpelling } from '../../../shared/contract/schemas';
import { detectScript, normalizeAlias } from '../../../shared/domain/aliases';
import { hasHangul } from '../../../shared/domain/korean/romanise';
import { proposedSpellings } from '../../../shared/domain/korean/spellings';
import { pinyinSpellings } from '../../../shared/domain/pinyin';
import { recordAudit } from './audit';
import { currentAnalyst, mutate, type Ctx } from './context';
import { getEntity, reindexEntity } from './entities';

const HAN_ONLY = /^\p{Script=Han}+$/u;

/** Everything the entity's Hangul (or, with no Hangul, Han) names would propose, before decisions. */
function allProposals(entity: Entity): ProposedSpelling[] {
  const names = [entity.name, ...entity.aliases.filter((a) => !a.generated).map((a) => a.text)].map((n) =>
    n.normalize('NFC').trim(),
  );
  const existing = [entity.name, ...entity.aliases.map((a) => a.text)];
  const korean = names.filter(hasHangul);
  const out: ProposedSpelling[] = [];
  for (const from of korean) {
    for (const s of proposedSpellings(from, entity.type, existing)) out.push({ ...s, from });
  }
  // Han beside Hangul is Hanja, read in Korean, not Chinese: only entities without Hangul get pinyin.
  if (!korean.length) {
    for (const from of names.filter((n) => HAN_ONLY.test(n.replace(/\s+/g, '')))) {
      for (const s of pinyinSpellings(from, entity.type)) if (!existing.includes(s.text)) out.push({ ...s, from });
    }
  }
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(p.text) && seen.add(p.text));
}

function dismissedTexts(ctx: Ctx, entityId: string): Set<string> {
  const rows = ctx.db.prepare('SELECT text FROM entity_alias_dismissals WHERE entity_id = ?').all(entityId) as {
    text: string;
  }[];
  return new Set(rows.map((r) => r.text));
}

export function listProposals(ctx: Ctx, entityId: string): ProposedSpelling[] {
  const entity = getEntity(ctx, entityId);
  const dismissed = dismissedTexts(ctx, entityId);
  return allProposals(entity).filter((p) => !dismissed.has(p.text));
}

/** The requested spellings, each checked against the current proposals (or all of them). */
function chosen(
  ctx: Ctx,
  entityId: string,
  requested: ParsedInput<'entities.acceptSpellings'>['spellings'],
  includeDismissed: boolean,
): ProposedSpelling[] {
  const entity = getEntity(ctx, entityId);
  const dismissed = dismissedTexts(ctx, entityId);
  const proposals = allProposals(entity).filter((p) => includeDismissed || !dismissed.has(p.text));
  if (!requested) return proposals;
  return requested.map(({ text, system }) => {
    const match = proposals.find((p) => p.text === text.normalize('NFC') && p.system === system);
    if (!match) {
      throw new ContractError(
        'invalid_input',
        `"${text}" (${system}) is not a spelling Casefile proposes for ${entity.name}. List the proposals with casefile entity romanise ${entityId}; add any other spelling as an ordinary alias.`,
      );
    }
    return match;
  });
}

export function acceptSpellings(ctx: Ctx, input: ParsedInput<'entities.acceptSpellings'>): Entity {
  return mutate(ctx, () => {
    const before = getEntity(ctx, input.id);
    // Accepting one by name also takes back an earlier dismissal of it.
    const spellings = chosen(ctx, input.id, input.spellings, input.spellings !== undefined);
    if (!spellings.length) return before;
    for (const s of spellings) {
      ctx.db
        .prepare(
          'INSERT OR IGNORE INTO entity_aliases (id, entity_id, text, script, normalized, system, generated) VALUES (?, ?, ?, ?, ?, ?, 1)',
        )
        .run(ctx.newId(), input.id, s.text, detectScript(s.text), normalizeAlias(s.text), s.system);
      ctx.db.prepare('DELETE FROM entity_alias_dismissals WHERE entity_id = ? AND text = ?').run(input.id, s.text);
    }
    const after = getEntity(ctx, input.id);
    reindexEntity(ctx, after);
    recordAudit(
      ctx,
      'entity.alias.generated.accept',
      'entity',
      input.id,
      { aliases: before.aliases },
      { aliases: after.aliases, accepted: spellings },
    );
    return after;
  });
}

export function dismissSpellings(ctx: Ctx, input: ParsedInput<'entities.dismissSpellings'>): Entity {
  return mutate(ctx, () => {
    const entity = getEntity(ctx, input.id);
    const spellings = chosen(ctx, input.id, input.spellings, false);
    for (const s of spellings) {
      ctx.db
        .prepare(
          'INSERT OR IGNORE INTO entity_alias_dismissals (entity_id, text, system, dismissed_at, dismissed_by) VALUES (?, ?, ?, ?, ?)',
        )
        .run(input.id, s.text, s.system, ctx.now(), currentAnalyst(ctx));
    }
    recordAudit(ctx, 'entity.alias.generated.dismiss', 'entity', input.id, null, { dismissed: spellings });
    return entity;
  });
}
