// A PDF article's text cut at its page boundaries. The backend records where each page starts as
// code-point offsets (the unit excerpt selectors use), so they are converted to string indices
// here rather than used with String.slice, which counts UTF-16 units.

export interface TextPage {
  number: number;
  text: string;
}

export function splitPages(text: string, pageStarts: readonly number[]): TextPage[] {
  if (!pageStarts.length) return [{ number: 1, text }];
  const indices: number[] = [];
  let codePoint = 0;
  let index = 0;
  for (const start of pageStarts) {
    while (codePoint < start && index < text.length) {
      index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
      codePoint++;
    }
    indices.push(index);
  }
  return indices.map((start, i) => ({ number: i + 1, text: text.slice(start, indices[i + 1] ?? text.length) }));
}
