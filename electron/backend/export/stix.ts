// A case as a STIX 2.1 bundle, for threat-intelligence platforms (OpenCTI, MISP). Mapping:
// - the case → `report` (object_refs: everything below);
// - sources → `identity` with the reliability as `x_casefile_reliability` and in OpenCTI's
//   `x_opencti_reliability` form ("B - Usually reliable"), plus the MISP machine tag as a label;
// - excerpts → `note` (the quote and the analyst's note), credibility → `confidence` per STIX 2.1's
//   Admiralty mapping (1→90, 2→70, 3→50, 4→30, 5→10; 6 "cannot be judged" → no confidence);
//   the article is an external reference carrying the original's SHA-256 and URL;
// - entities: person/organization → `identity`; facility → `infrastructure`; location → `location`
//   when a country, region or coordinates are recorded as external ids (STIX requires one),
//   otherwise, like commodities, events, vehicles and others, the custom `x-casefile-entity`;
// - relationships → `relationship` ("located in" becomes STIX's `located-at`); backing excerpts'
//   notes refer to them.
// Ids reuse Casefile's UUIDs, so exporting twice gives the same objects.
import { createHash } from 'node:crypto';
import { RELIABILITY, credibilityMachineTag, reliabilityMachineTag, type Credibility, type Reliability } from '../../../shared/domain/admiralty';
import type { Ctx } from '../services/context';
import { collectCase } from './caseFile';
import { articleLabel } from '../../../shared/domain/untitled';

export type StixObject = Record<string, unknown> & { type: string; id: string };

const CONFIDENCE: Record<Credibility, number | undefined> = { 1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: undefined };

/** A STIX timestamp: RFC 3339 in UTC with milliseconds. */
const ts = (iso: string) => new Date(iso).toISOString();

/** A stable version-5-shaped UUID for things Casefile has no id for (the exporting analyst). */
function uuidFrom(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function identityClass(kind: string): string {
  if (kind === 'author' || kind === 'human-source') return 'individual';
  if (kind === 'publication' || kind === 'organization') return 'organization';
  return 'unknown';
}

export function caseToStix(ctx: Ctx, caseId: string): { type: 'bundle'; id: string; objects: StixObject[] } {
  const c = collectCase(ctx, caseId);
  const objects: StixObject[] = [];
  const stixId = new Map<string, string>();
  const base = (type: string, id: string, created: string, modified: string) => ({
    type, spec_version: '2.1', id: `${type}--${id}`, created: ts(created), modified: ts(modified < created ? created : modified),
  });

  const analysts = [...new Set([c.caseRecord.created_by])];
  const analystIds = new Map(analysts.map((name) => [name, `identity--${uuidFrom(`casefile-analyst:${name}`)}`]));
  for (const name of analysts) {
    objects.push({ type: 'identity', spec_version: '2.1', id: analystIds.get(name)!, created: ts(c.caseRecord.created_at), modified: ts(c.caseRecord.created_at), name, identity_class: 'individual', description: 'Analyst who kept this case in Casefile' });
  }
  const createdBy = analystIds.get(c.caseRecord.created_by)!;

  const currentRating = new Map<string, Reliability>();
  for (const s of c.sources) {
    const latest = [...s.ratings].sort((a, b) => (a.rated_at < b.rated_at ? 1 : -1))[0];
    const object: StixObject = {
      ...base('identity', s.id, s.created_at, s.updated_at),
      name: s.name,
      identity_class: identityClass(s.kind),
      ...(s.description ? { description: s.description } : {}),
      x_casefile_source_kind: s.kind,
      ...(s.parent_id ? { x_casefile_parent_ref: `identity--${s.parent_id}` } : {}),
    };
    if (latest) {
      currentRating.set(s.id, latest.reliability);
      Object.assign(object, {
        x_casefile_reliability: latest.reliability,
        x_casefile_rating_history: s.ratings.map((r) => ({ reliability: r.reliability, rationale: r.rationale, analyst: r.analyst, rated_at: ts(r.rated_at) })),
        x_opencti_reliability: `${latest.reliability} - ${RELIABILITY[latest.reliability].label}`,
        labels: [reliabilityMachineTag(latest.reliability)],
      });
    }
    objects.push(object);
    stixId.set(s.id, object.id);
  }

  for (const n of c.entities) {
    const ids = new Map(n.external_ids.map((x) => [x.key.toLowerCase(), x.value]));
    const common = { name: n.name, ...(n.description_text ? { description: n.description_text } : {}), ...(n.aliases.length ? { x_casefile_aliases: n.aliases.map((a) => a.text) } : {}) };
    let object: StixObject;
    if (n.type === 'person' || n.type === 'organization') {
      object = { ...base('identity', n.id, n.created_at, n.updated_at), ...common, identity_class: n.type === 'person' ? 'individual' : 'organization' };
    } else if (n.type === 'facility') {
      object = { ...base('infrastructure', n.id, n.created_at, n.updated_at), ...common, ...(n.aliases.length ? { aliases: n.aliases.map((a) => a.text) } : {}) };
    } else if (n.type === 'location' && (ids.has('country') || ids.has('region') || (ids.has('latitude') && ids.has('longitude')))) {
      object = {
        ...base('location', n.id, n.created_at, n.updated_at), ...common,
        ...(ids.has('country') ? { country: ids.get('country') } : {}),
        ...(ids.has('region') ? { region: ids.get('region') } : {}),
        ...(ids.has('latitude') && ids.has('longitude') ? { latitude: Number(ids.get('latitude')), longitude: Number(ids.get('longitude')) } : {}),
      };
    } else {
      object = { ...base('x-casefile-entity', n.id, n.created_at, n.updated_at), ...common, x_casefile_entity_type: n.type };
    }
    if (n.external_ids.length) object.external_references = n.external_ids.map((x) => ({ source_name: x.key, external_id: x.value }));
    objects.push(object);
    stixId.set(n.id, object.id);
  }

  const relationshipIdsByExcerpt = new Map<string, string[]>();
  for (const r of c.relationships) {
    const type = r.type === 'located-in' ? 'located-at' : r.type === 'other' ? (r.label ? r.label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'related-to' : 'related-to') : r.type;
    const object: StixObject = {
      ...base('relationship', r.id, r.created_at, r.created_at),
      relationship_type: type,
      source_ref: stixId.get(r.from_entity_id)!,
      target_ref: stixId.get(r.to_entity_id)!,
      ...(r.label ? { description: r.label } : {}),
    };
    objects.push(object);
    for (const e of r.excerpt_ids) relationshipIdsByExcerpt.set(e, [...(relationshipIdsByExcerpt.get(e) ?? []), object.id]);
  }

  const articles = new Map(c.articles.map((a) => [a.id, a]));
  const mentionedIn = new Map<string, string[]>();
  for (const n of c.entities) {
    for (const m of n.mentions) {
      if (m.status === 'accepted' && m.excerpt_id) mentionedIn.set(m.excerpt_id, [...(mentionedIn.get(m.excerpt_id) ?? []), stixId.get(n.id)!]);
    }
  }
  for (const e of c.excerpts) {
    const article = articles.get(e.article_id)!;
    const reliability = e.source_id ? currentRating.get(e.source_id) : undefined;
    const refs = [...new Set([
      ...(e.source_id && stixId.get(e.source_id) ? [stixId.get(e.source_id)!] : []),
      ...(mentionedIn.get(e.id) ?? []),
      ...(relationshipIdsByExcerpt.get(e.id) ?? []),
    ])];
    const confidence = e.credibility ? CONFIDENCE[e.credibility as Credibility] : undefined;
    // STIX forbids empty lists and nulls, so absent values are left out rather than written empty.
    const labels = [...(reliability ? [reliabilityMachineTag(reliability)] : []), ...(e.credibility ? [credibilityMachineTag(e.credibility as Credibility)] : []), ...e.tags];
    objects.push({
      ...base('note', e.id, e.created_at, e.updated_at),
      created_by_ref: createdBy,
      abstract: `${reliability ?? '?'}${e.credibility ?? '?'} excerpt from ${article.title || 'an untitled article'}`,
      content: e.note_text ? `“${e.exact}”\n\n${e.note_text}` : `“${e.exact}”`,
      authors: [e.created_by],
      object_refs: refs.length ? refs : [`report--${c.caseRecord.id}`],
      ...(confidence !== undefined ? { confidence } : {}),
      ...(labels.length ? { labels } : {}),
      external_references: [{
        source_name: article.site_name || 'casefile-article',
        description: articleLabel(article.title),
        ...(article.canonical_url || article.url ? { url: article.canonical_url || article.url } : {}),
        hashes: { 'SHA-256': article.original_sha256 },
        external_id: article.id,
      }],
      ...(e.credibility ? { x_casefile_credibility: e.credibility } : {}),
      x_casefile_selector: { exact: e.exact, prefix: e.prefix, suffix: e.suffix, start: e.start, end: e.end },
      ...(e.event_date ? { x_casefile_event_date: e.event_date, x_casefile_event_date_qualifier: e.event_date_qualifier } : {}),
    });
  }

  const report: StixObject = {
    ...base('report', c.caseRecord.id, c.caseRecord.created_at, c.caseRecord.updated_at),
    created_by_ref: createdBy,
    name: c.caseRecord.title,
    ...(c.caseRecord.summary_text ? { description: c.caseRecord.summary_text } : {}),
    report_types: ['casefile-case'],
    published: ts(c.caseRecord.updated_at),
    object_refs: objects.filter((o) => o.id !== createdBy).map((o) => o.id),
  };
  if (!(report.object_refs as string[]).length) report.object_refs = [createdBy];
  return { type: 'bundle', id: `bundle--${uuidFrom(`casefile-bundle:${c.caseRecord.id}:${c.caseRecord.updated_at}`)}`, objects: [report, ...objects] };
}
