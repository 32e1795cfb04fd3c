import { parseQuery } from '../../../../shared/domain/searchText';

/** What to try when nothing matched; a word typed before the last one is matched whole, so say so. */
export function emptyHint(query: string, filtered: boolean): string {
  const hint = filtered ? 'Try removing a filter, or fewer words.' : 'Try fewer words, another spelling or an alias.';
  const terms = parseQuery(query);
  const whole = terms.filter((t) => !t.quoted && !t.prefix);
  return terms.some((t) => t.prefix) && whole.length
    ? `${hint} Only the last word may be the start of a longer word: “${whole.map((t) => t.text).join(' ')}” must be whole.`
    : hint;
}
