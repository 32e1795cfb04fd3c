// Casefile's STIX 2.1 extension. STIX 2.1 asks producers to carry their own properties inside a
// declared extension rather than as top-level x_ properties (the OASIS validator warns for each
// one), and to describe object types STIX lacks as a "new-sdo" extension. This one definition,
// shipped in every bundle with the identity that made it, covers both. Its id and dates are fixed
// so every bundle ever exported names the same extension.
export type StixObject = Record<string, unknown> & { type: string; id: string };

export const CASEFILE_IDENTITY_ID = 'identity--8d3c1e55-7f0b-5c1a-9b6e-0c4b8d3a2f10';
export const CASEFILE_EXTENSION_ID = 'extension-definition--6c2f5e1a-3b7d-5e4f-8a19-2d0c7b9e4f31';
/** The new object type for entities STIX has no type for (commodities, events, vehicles, places without coordinates). */
export const CASEFILE_ENTITY_TYPE = 'x-casefile-entity';
/** The top-level properties of an x-casefile-entity besides the STIX common ones. */
export const CASEFILE_ENTITY_PROPERTIES = ['name', 'description', 'entity_type', 'aliases'] as const;

const DEFINED = '2026-01-01T00:00:00.000Z';

/** What each property inside the extension means, by the object it sits on (the extension's normative text). */
const SCHEMA_TEXT = `Casefile extension (version 1.0).
new-sdo "${CASEFILE_ENTITY_TYPE}": an entity with no STIX type of its own. Properties: name (string, required), description (string), entity_type (string: commodity, event, vehicle, location, other), aliases (list of string).
property-extension, inside extensions["${CASEFILE_EXTENSION_ID}"] with extension_type "property-extension":
- identity of a source: source_kind (publication, author, human-source, organization, other), parent_ref (identifier of the publication a source belongs to), reliability (Admiralty letter A-F, the current rating), rating_history (list of {reliability, rationale, analyst, rated_at}).
- identity, infrastructure or location of an entity: entity_type (person, organization, facility, location), aliases (list of string, any script).
- note of an excerpt: credibility (Admiralty information credibility 1-6), selector ({exact, prefix, suffix, start, end}: W3C TextQuote and TextPosition in code points of the article's extracted text), event_date (partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD), event_date_qualifier (early, mid, late, about, before, after or empty).
- artifact of an article's original: title (string), text_sha256 (SHA-256 of the extracted text the selectors count in).`;

export function casefileExtensionObjects(): StixObject[] {
  return [
    {
      type: 'identity',
      spec_version: '2.1',
      id: CASEFILE_IDENTITY_ID,
      created: DEFINED,
      modified: DEFINED,
      name: 'Casefile',
      identity_class: 'system',
      description: 'The evidence manager that defines the Casefile STIX extension.',
    },
    {
      type: 'extension-definition',
      spec_version: '2.1',
      id: CASEFILE_EXTENSION_ID,
      created: DEFINED,
      modified: DEFINED,
      created_by_ref: CASEFILE_IDENTITY_ID,
      name: 'Casefile evidence properties',
      description:
        'Source reliability and its history, excerpt credibility, selectors and event dates, entity aliases, and a type for entities STIX has none for.',
      schema: SCHEMA_TEXT,
      version: '1.0',
      extension_types: ['property-extension', 'new-sdo'],
    },
  ];
}

/** The `extensions` value of an object extended with Casefile properties (none left empty). */
export function casefileProperties(
  properties: Record<string, unknown>,
): { extensions: Record<string, Record<string, unknown>> } | Record<string, never> {
  const kept = Object.fromEntries(
    Object.entries(properties).filter(
      ([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length),
    ),
  );
  if (!Object.keys(kept).length) return {};
  return { extensions: { [CASEFILE_EXTENSION_ID]: { extension_type: 'property-extension', ...kept } } };
}

/** The `extensions` value that marks an object as the Casefile new SDO. */
export const newSdoExtension = () => ({ extensions: { [CASEFILE_EXTENSION_ID]: { extension_type: 'new-sdo' } } });
