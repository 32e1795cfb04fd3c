// What the extractor found in the captured document and the article does not (yet) say. Each offer
// is one contract input, applied as it stands with articles.updateMetadata; nothing is ever applied
// silently after capture.
import type { MethodInput } from '../../../../shared/contract/methods';
import type { Article } from '../../../../shared/contract/schemas';
import { formatPartialDate } from '../../../../shared/domain/partialDate';

export interface DetectedOffer {
  field: string;
  label: string;
  /** The detected value as shown to the analyst. */
  value: string;
  input: Omit<MethodInput<'articles.updateMetadata'>, 'id'>;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function detectedOffers(article: Article): DetectedOffer[] {
  const d = article.detected;
  const offers: DetectedOffer[] = [];
  const text = (field: 'title' | 'byline' | 'translator' | 'description', label: string) => {
    const value = d[field]?.trim();
    if (value && value !== article[field]) offers.push({ field, label, value, input: { [field]: value } });
  };
  text('title', 'Title');
  text('byline', 'Byline');
  text('translator', 'Translator');
  const siteName = d.siteName?.trim();
  if (siteName && siteName !== article.publisherName) {
    offers.push({ field: 'publisher', label: 'Publisher', value: siteName, input: { publisher: siteName } });
  }
  if (
    d.published?.value &&
    (d.published.value !== article.published.value || d.published.qualifier !== article.published.qualifier)
  ) {
    offers.push({
      field: 'published',
      label: 'Published',
      value: formatPartialDate(d.published),
      input: { published: d.published },
    });
  }
  if (d.language && LANGUAGE_TAG.test(d.language) && d.language !== article.language) {
    offers.push({ field: 'language', label: 'Language', value: d.language, input: { language: d.language } });
  }
  // 'auto' already renders left-to-right text correctly; only a right-to-left finding is news.
  const directionDiffers =
    d.textDirection !== article.textDirection && !(d.textDirection === 'ltr' && article.textDirection === 'auto');
  if (d.textDirection && directionDiffers) {
    offers.push({
      field: 'textDirection',
      label: 'Text direction',
      value: d.textDirection,
      input: { textDirection: d.textDirection },
    });
  }
  // The page's own canonical address is usually the better citation; both are offered when they differ.
  const urls = [...new Set([d.url, d.canonicalUrl].filter((u): u is string => Boolean(u && isHttpUrl(u))))];
  for (const url of urls) {
    if (url !== article.url)
      offers.push({
        field: 'url',
        label: url === d.canonicalUrl ? 'Canonical URL' : 'URL',
        value: url,
        input: { url },
      });
  }
  return offers;
}
