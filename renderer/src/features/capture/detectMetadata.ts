// What can be read off a pasted text to save typing: the translator's credit line, the language
// from the script, and a contact e-mail. These are offered, never filled in silently.

export interface DetectedMetadata {
  translator?: string;
  language?: string;
  contactEmail?: string;
  /** The text says it was translated from Korean (e.g. Daily NK's "Read in Korean"). */
  originalLanguage?: string;
}

const SCRIPTS: [RegExp, string][] = [
  [/[\uAC00-\uD7AF\u1100-\u11FF]/g, 'ko'],
  [/[\u3040-\u30FF]/g, 'ja'],
  [/[\u4E00-\u9FFF]/g, 'zh'],
  [/[\u0600-\u06FF]/g, 'ar'],
  [/[\u0590-\u05FF]/g, 'he'],
  [/[\u0400-\u04FF]/g, 'ru'],
];

function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return undefined;
  for (const [pattern, language] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    // Japanese text is mostly kanji, so a little kana is enough to call it Japanese.
    if (count / letters > (language === 'ja' ? 0.05 : 0.3)) return language;
  }
  const englishWords = sample.match(/\b(the|and|of|to|in|that|is|was)\b/gi)?.length ?? 0;
  return englishWords / Math.max(1, sample.split(/\s+/).length) > 0.08 ? 'en' : undefined;
}

export function detectMetadata(text: string): DetectedMetadata {
  const detected: DetectedMetadata = {};
  const translator = /^\W*Translated by\s+([^\n.,;]{2,80})/im.exec(text);
  if (translator) detected.translator = translator[1]!.trim();
  const email = /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(text);
  if (email) detected.contactEmail = email[0];
  if (/\bRead in Korean\b/i.test(text)) detected.originalLanguage = 'ko';
  const language = detectLanguage(text);
  if (language) detected.language = language;
  return detected;
}
