// The days a qualified partial date can mean. "Early February 2020" is not the whole of February:
// it is drawn as the month's first third, "mid" as its middle third, "late" as its last third.
// Other qualifiers (about, before, after) widen or shift what is meant without saying by how
// much, so their span stays the whole unit, which the report says in words beside it.
import { partialDateSpan, type PartialDate } from './partialDate';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function qualifiedDateSpan(date: PartialDate): { start: string; end: string } {
  const whole = partialDateSpan(date.value);
  const third = ['early', 'mid', 'late'].indexOf(date.qualifier.toLowerCase());
  if (third < 0 || whole.start === whole.end) return whole;
  const first = Date.parse(whole.start);
  const days = Math.round((Date.parse(whole.end) - first) / DAY) + 1;
  const from = Math.floor((days * third) / 3);
  const to = Math.floor((days * (third + 1)) / 3) - 1;
  return { start: iso(first + from * DAY), end: iso(first + to * DAY) };
}
