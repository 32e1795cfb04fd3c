// What differs between our version of an item and a teammate's, field by field, for the
// Conflicts view. Conflicts carry raw records (snake_case rows), so bookkeeping fields are left
// out, and a rich-text field is compared and shown by its plain text rather than its editor JSON.

/** Fields that change with every save and say nothing the analyst must choose between. */
const BOOKKEEPING = new Set([
  'id',
  'created_at',
  'created_by',
  'updated_at',
  'createdAt',
  'createdBy',
  'updatedAt',
  'anchor_status',
]);

export interface FieldDifference {
  field: string;
  label: string;
  local: string;
  remote: string;
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** SQLite keeps booleans as 0/1 while a case file may carry true/false; those are the same value. */
function comparable(field: string, value: unknown): string {
  if (field === 'archived') return String(Boolean(value));
  if (Array.isArray(value)) return JSON.stringify([...value].map(String).sort());
  return JSON.stringify(value ?? null);
}

export function fieldLabel(field: string): string {
  const words = field
    .replace(/_text$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function differingFields(local: Record<string, unknown>, remote: Record<string, unknown>): FieldDifference[] {
  const keys = [...new Set([...Object.keys(local), ...Object.keys(remote)])];
  const has = (key: string) => key in local || key in remote;
  return (
    keys
      .filter((key) => !BOOKKEEPING.has(key))
      // "note_json" and "note_text" say the same thing; the text is what a person can compare.
      .filter((key) => !(key.endsWith('_json') && has(key.replace(/_json$/, '_text'))))
      .filter((key) => key in remote && key in local)
      .filter((key) => comparable(key, local[key]) !== comparable(key, remote[key]))
      .map((key) => ({ field: key, label: fieldLabel(key), local: shown(local[key]), remote: shown(remote[key]) }))
  );
}

/** The name an analyst knows the item by, from whichever version has one. */
export function conflictTitle(local: Record<string, unknown>, remote: Record<string, unknown>): string {
  for (const key of ['title', 'name', 'exact']) {
    const value = local[key] ?? remote[key];
    if (typeof value === 'string' && value) return value;
  }
  return '';
}
