// Partial dates: an analyst often knows only "2020", "March 2020" or "early February 2020".
// Stored as ISO-like text ('2020', '2020-03', '2020-03-06') plus a free qualifier ('early').

export interface PartialDate {
  /** '2020', '2020-03' or '2020-03-06' */
  value: string;
  /** free text such as 'early', 'mid', 'late', 'about', 'before'; '' when none */
  qualifier: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const QUALIFIERS = ['early', 'mid', 'late', 'about', 'around', 'circa', 'before', 'after'];

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return -1;
  return MONTHS.findIndex((m) => m.startsWith(w));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checked(year: number, month?: number, day?: number): string {
  if (year < 1 || year > 9999) throw new RangeError(`${year} is not a usable year.`);
  if (month === undefined) return String(year).padStart(4, '0');
  if (month < 1 || month > 12) throw new RangeError(`Month ${month} does not exist.`);
  const ym = `${String(year).padStart(4, '0')}-${pad(month)}`;
  if (day === undefined) return ym;
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${ym} has no day ${day}.`);
  }
  return `${ym}-${pad(day)}`;
}

/**
 * Reads what an analyst types: '2020', '2020-03', '2020-03-06', 'March 2020', 'Mar. 6, 2020',
 * '6 March 2020', 'early February 2020'. Throws a RangeError that says what was wrong.
 */
export function parsePartialDate(input: string): PartialDate {
  let rest = input.trim().replace(/\s+/g, ' ');
  if (!rest) throw new RangeError('The date is empty: type a year, a year and month, or a full date.');
  let qualifier = '';
  const firstWord = rest.split(' ')[0]!.toLowerCase();
  if (QUALIFIERS.includes(firstWord)) {
    qualifier = firstWord;
    rest = rest.slice(firstWord.length).trim();
  }
  let m: RegExpMatchArray | null;
  if ((m = rest.match(/^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/))) {
    const value = checked(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
    return { value, qualifier };
  }
  if ((m = rest.match(/^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/))) {
    const month = monthIndex(m[1]!);
    if (month >= 0) return { value: checked(Number(m[3]), month + 1, Number(m[2])), qualifier };
  }
  if ((m = rest.match(/^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/))) {
    const month = monthIndex(m[2]!);
    if (month >= 0) return { value: checked(Number(m[3]), month + 1, Number(m[1])), qualifier };
  }
  if ((m = rest.match(/^([A-Za-z]+\.?),? (\d{4})$/))) {
    const month = monthIndex(m[1]!);
    if (month >= 0) return { value: checked(Number(m[2]), month + 1), qualifier };
  }
  throw new RangeError(
    `"${input}" is not a date Casefile understands: use 2020, 2020-03, 2020-03-06 or "early March 2020".`,
  );
}

/** True for the stored form ('2020', '2020-03', '2020-03-06') of a real calendar date. */
export function isPartialDateValue(value: string): boolean {
  try {
    return parsePartialDate(value).value === value;
  } catch {
    return false;
  }
}

/** 'early February 2020', 'March 2020', '6 March 2020', '2020'. */
export function formatPartialDate(date: PartialDate): string {
  if (!date.value) return '';
  const [y, mo, d] = date.value.split('-');
  let text = y!;
  if (mo) text = `${MONTHS[Number(mo) - 1]![0]!.toUpperCase()}${MONTHS[Number(mo) - 1]!.slice(1)} ${y}`;
  if (d) text = `${Number(d)} ${text}`;
  return date.qualifier ? `${date.qualifier} ${text}` : text;
}

/** The first and last day the partial date can mean, for timelines and range filters. */
export function partialDateSpan(value: string): { start: string; end: string } {
  const [y, mo, d] = value.split('-').map(Number);
  if (d !== undefined) return { start: value, end: value };
  if (mo !== undefined) {
    return { start: `${value}-01`, end: `${value}-${pad(daysInMonth(y!, mo))}` };
  }
  return { start: `${value}-01-01`, end: `${value}-12-31` };
}
