// Aliases typed into one box, separated by commas or new lines ("Kim Yo-jong, 김여정").
// Duplicates typed twice are dropped; the backend matches spellings, not this.
export function parseAliasList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,\n\r，、]+/)) {
    const alias = raw.trim().normalize('NFC');
    if (alias && !seen.has(alias)) {
      seen.add(alias);
      out.push(alias);
    }
  }
  return out;
}
