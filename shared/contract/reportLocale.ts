// The analyst's locale and time zone for a report's dates and times. The renderer sends its own;
// the CLI and other callers may leave them out, and the backend's process default is used.
import { z } from 'zod';

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const ReportLocale = {
  locale: z.string().max(100).refine(isLocale, 'must be a language tag such as en-GB or ko-KR').optional(),
  timeZone: z
    .string()
    .max(100)
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/London or Asia/Seoul')
    .optional(),
};
