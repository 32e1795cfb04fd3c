// Wording for reports an editor hands on: counts with the right noun, and quotations shortened
// without cutting a word (or a Korean or Chinese word, which has no spaces around it) in half.

/** "1 article", "2 articles", "1 entity", "3 entities". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}

const SEGMENTER = new Intl.Segmenter(undefined, { granularity: 'word' });

/** `text` cut to at most `max` characters at a word boundary, with "…" when it was cut. */
export function shortenAtWord(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let kept = '';
  for (const { segment } of SEGMENTER.segment(text)) {
    if (Array.from(kept + segment).length > max - 1) break;
    kept += segment;
  }
  // A single word longer than the limit: cut it rather than show nothing.
  if (!kept.trim()) kept = chars.slice(0, max - 1).join('');
  return `${kept.replace(/[\s\p{P}]+$/u, '')}…`;
}
