// Display formats shared by the screens.
import { parsePartialDate } from '../../../shared/domain/partialDate';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** A stored UTC timestamp in the analyst's local time, to the minute: 2020-03-06 14:05. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

// The first toLocaleString in a window loads ICU's number formatting, a few tens of milliseconds on
// the start-up path (the Library's count) that a static page never pays. English, the language of the
// app's own words, groups thousands with commas in these locales (not en-IN, which groups lakhs);
// any other locale gets its own format from ICU.
const ENGLISH = typeof navigator === 'undefined' || /^en(-(US|GB|CA|AU|NZ|IE))?$/i.test(navigator.language || 'en');

export function formatCount(n: number): string {
  if (ENGLISH && Number.isSafeInteger(n)) return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  return n.toLocaleString();
}

/** The typed date as the contract wants it, or an error message to show beside the field. */
export function readDate(text: string): { value?: string; error?: string } {
  if (!text.trim()) return {};
  try {
    return { value: parsePartialDate(text).value };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/**
 * Orders two stored ISO-8601 UTC timestamps (same format, so code-unit order is time order).
 * Not localeCompare: its first call loads ICU's collator, a cost the start-up path does not need.
 */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
