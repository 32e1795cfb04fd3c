// A case as a STIX 2.1 bundle, for threat-intelligence platforms (OpenCTI, MISP). Mapping:
// - the case → `report` (object_refs: everything below);
// - every Casefile property travels inside the Casefile extension (stixExtension.ts), shipped in
//   the bundle, never as a top-level x_ property; the one exception is OpenCTI's
//   `x_opencti_reliability` ("B - Usually reliable"), which OpenCTI reads only there;
// - sources → `identity` with the reliability (and history) in the extension, OpenCTI's form, and
//   the MISP machine tag as a label;
// - articles → `artifact` of the original (media type, SHA-256, URL or, without one, the bytes);
// - excerpts → `note` (the quote and the analyst's note) referring to the article's artifact, the
//   source and every entity mentioned inside the excerpt; credibility → `confidence` per STIX 2.1's
//   Admiralty mapping (1→90, 2→70, 3→50, 4→30, 5→10; 6 "cannot be judged" → no confidence);
// - entities: person/organization → `identity`; facility → `infrastructure`; location → `location`
//   when a country, region or coordinates are recorded as external ids (STIX requires one),
//   otherwise, like commodities, events, vehicles and others, the extension's new SDO
//   `x-casefile-entity`;
// - relationships → `relationship` ("located in" becomes STIX's `located-at`); the notes of the
//   excerpts that back one refer to it.
// Ids reuse Casefile's UUIDs, so exporting twice gives the same objects.
import { createHash } from 'node:crypto';
import {
  RELIABILITY,
  credibilityMachineTag,
  reliabilityMachineTag,
  type Credibility,
  type Reliability,
} from '../../../shared/domain/admiralty';
import type { Ctx } from '../services/context';
import { collectCase } from './caseFile';
import {
  CASEFILE_ENTITY_TYPE,
  CASEFILE_EXTENSION_ID,
  CASEFILE_IDENTITY_ID,
  casefileExtensionObjects,
  casefileProperties,
  newSdoExtension,
  type StixObject,
} from './stixExtension';
import { articleLabel } from '../../../shared/domain/untitled';

export type { StixObject } from './stixExtension';

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
  const objects: StixObject[] = [...casefileExtensionObjects()];
  const stixId = new Map<string, string>();
  const base = (type: string, id: string, created: string, modified: string) => ({
    type,
    spec_version: '2.1',
    id: `${type}--${id}`,
    created: ts(created),
    modified: ts(modified < created ? created : modified),
  });

  const analysts = [...new Set([c.caseRecord.created_by])];
  const analystIds = new Map(analysts.map((name) => [name, `identity--${uuidFrom(`casefile-analyst:${name}`)}`]));
  for (const name of analysts) {
    objects.push({
      type: 'identity',
      spec_version: '2.1',
      id: analystIds.get(name)!,
      created: ts(c.caseRecord.created_at),
      modified: ts(c.caseRecord.created_at),
      name,
      identity_class: 'individual',
      description: 'Analyst who kept this case in Casefile',
    });
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
      ...casefileProperties({
        source_kind: s.kind,
        parent_ref: s.parent_id ? `identity--${s.parent_id}` : undefined,
        reliability: latest?.reliability,
        rating_history: s.ratings.map((r) => ({
          reliability: r.reliability,
          rationale: r.rationale,
          analyst: r.analyst,
          rated_at: ts(r.rated_at),
        })),
      }),
    };
    if (latest) {
      currentRating.set(s.id, latest.reliability);
      Object.assign(object, {
        x_opencti_reliability: `${latest.reliability} - ${RELIABILITY[latest.reliability].label}`,
        labels: [reliabilityMachineTag(latest.reliability)],
      });
    }
    objects.push(object);
    stixId.set(s.id, object.id);
  }

  for (const n of c.entities) {
    const ids = new Map(n.external_ids.map((x) => [x.key.toLowerCase(), x.value]));
    const aliases = n.aliases.map((a) => a.text);
    const common = {
      name: n.name,
      ...(n.description_text ? { description: n.description_text } : {}),
      ...casefileProperties({ entity_type: n.type, aliases }),
    };
    let object: StixObject;
    if (n.type === 'person' || n.type === 'organization') {
      object = {
        ...base('identity', n.id, n.created_at, n.updated_at),
        ...common,
        identity_class: n.type === 'person' ? 'individual' : 'organization',
      };
    } else if (n.type === 'facility') {
      object = {
        ...base('infrastructure', n.id, n.created_at, n.updated_at),
        ...common,
        ...(aliases.length ? { aliases } : {}),
      };
    } else if (
      n.type === 'location' &&
      (ids.has('country') || ids.has('region') || (ids.has('latitude') && ids.has('longitude')))
    ) {
      object = {
        ...base('location', n.id, n.created_at, n.updated_at),
        ...common,
        ...(ids.has('country') ? { country: ids.get('country') } : {}),
        ...(ids.has('region') ? { region: ids.get('region') } : {}),
        ...(ids.has('latitude') && ids.has('longitude')
          ? { latitude: Number(ids.get('latitude')), longitude: Number(ids.get('longitude')) }
          : {}),
      };
    } else {
      object = {
        ...base(CASEFILE_ENTITY_TYPE, n.id, n.created_at, n.updated_at),
        name: n.name,
        ...(n.description_text ? { description: n.description_text } : {}),
        entity_type: n.type,
        ...(aliases.length ? { aliases } : {}),
        ...newSdoExtension(),
      };
    }
    if (n.external_ids.length)
      object.external_references = n.external_ids.map((x) => ({ source_name: x.key, external_id: x.value }));
    objects.push(object);
    stixId.set(n.id, object.id);
  }

  const relationshipIdsByExcerpt = new Map<string, string[]>();
  for (const r of c.relationships) {
    const type =
      r.type === 'located-in'
        ? 'located-at'
        : r.type === 'other'
          ? r.label
            ? r.label
                .toLowerCase()
                .replace(/[^a-z0-9]+/g, '-')
                .replace(/^-|-$/g, '') || 'related-to'
            : 'related-to'
          : r.type;
    const object: StixObject = {
      ...base('relationship', r.id, r.created_at, r.created_at),
      relationship_type: type,
      source_ref: stixId.get(r.from_entity_id)!,
      target_ref: stixId.get(r.to_entity_id)!,
      ...(r.label ? { description: r.label } : {}),
    };
    objects.push(object);
    for (const e of r.excerpt_ids)
      relationshipIdsByExcerpt.set(e, [...(relationshipIdsByExcerpt.get(e) ?? []), object.id]);
  }

  const articles = new Map(c.articles.map((a) => [a.id, a]));
  for (const a of c.articles) {
    const url = a.canonical_url || a.url;
    // An artifact is a cyber observable, so its id is not a Casefile UUID but derived from the article.
    const object: StixObject = {
      type: 'artifact',
      spec_version: '2.1',
      id: `artifact--${uuidFrom(`casefile-article:${a.id}`)}`,
      mime_type: a.media_type,
      ...(/^https?:\/\//.test(url)
        ? { url, hashes: { 'SHA-256': a.original_sha256 } }
        : { payload_bin: Buffer.from(c.originals.get(a.original_sha256)!).toString('base64') }),
      ...casefileProperties({ title: a.title, text_sha256: a.text_sha256 }),
    };
    objects.push(object);
    stixId.set(a.id, object.id);
  }
  /** Entities with an accepted mention tied to the excerpt or lying inside its span. */
  const mentionedIn = (e: (typeof c.excerpts)[number]) =>
    c.entities
      .filter((n) =>
        n.mentions.some(
          (m) =>
            m.status === 'accepted' &&
            (m.excerpt_id === e.id || (m.article_id === e.article_id && m.start >= e.start && m.end <= e.end)),
        ),
      )
      .map((n) => stixId.get(n.id)!);
  for (const e of c.excerpts) {
    const article = articles.get(e.article_id)!;
    const reliability = e.source_id ? currentRating.get(e.source_id) : undefined;
    const refs = [
      ...new Set([
        stixId.get(e.article_id)!,
        ...(e.source_id && stixId.get(e.source_id) ? [stixId.get(e.source_id)!] : []),
        ...mentionedIn(e),
        ...(relationshipIdsByExcerpt.get(e.id) ?? []),
      ]),
    ];
    const confidence = e.credibility ? CONFIDENCE[e.credibility as Credibility] : undefined;
    // STIX forbids empty lists and nulls, so absent values are left out rather than written empty.
    const labels = [
      ...(reliability ? [reliabilityMachineTag(reliability)] : []),
      ...(e.credibility ? [credibilityMachineTag(e.credibility as Credibility)] : []),
      ...e.tags,
    ];
    objects.push({
      ...base('note', e.id, e.created_at, e.updated_at),
      created_by_ref: createdBy,
      abstract: `${reliability ?? '?'}${e.credibility ?? '?'} excerpt from ${article.title || 'an untitled article'}`,
      content: e.note_text ? `“${e.exact}”\n\n${e.note_text}` : `“${e.exact}”`,
      authors: [e.created_by],
      object_refs: refs,
      ...(confidence !== undefined ? { confidence } : {}),
      ...(labels.length ? { labels } : {}),
      external_references: [
        {
          source_name: article.site_name || 'casefile-article',
          description: articleLabel(article.title),
          ...(article.canonical_url || article.url ? { url: article.canonical_url || article.url } : {}),
          hashes: { 'SHA-256': article.original_sha256 },
          external_id: article.id,
        },
      ],
      ...casefileProperties({
        credibility: e.credibility,
        selector: { exact: e.exact, prefix: e.prefix, suffix: e.suffix, start: e.start, end: e.end },
        event_date: e.event_date,
        event_date_qualifier: e.event_date ? e.event_date_qualifier : undefined,
      }),
    });
  }

  const report: StixObject = {
    ...base('report', c.caseRecord.id, c.caseRecord.created_at, c.caseRecord.updated_at),
    created_by_ref: createdBy,
    name: c.caseRecord.title,
    ...(c.caseRecord.summary_text ? { description: c.caseRecord.summary_text } : {}),
    report_types: ['casefile-case'],
    published: ts(c.caseRecord.updated_at),
    object_refs: objects
      .filter((o) => ![createdBy, CASEFILE_IDENTITY_ID, CASEFILE_EXTENSION_ID].includes(o.id))
      .map((o) => o.id),
  };
  if (!(report.object_refs as string[]).length) report.object_refs = [createdBy];
  return {
    type: 'bundle',
    id: `bundle--${uuidFrom(`casefile-bundle:${c.caseRecord.id}:${c.caseRecord.updated_at}`)}`,
    objects: [report, ...objects],
  };
}
