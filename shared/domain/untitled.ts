// One name for an article with no title, everywhere (the Library, a case, exports, the CLI): the
// title when there is one, else the captured file's name, else this.
export const UNTITLED_ARTICLE = 'Untitled article';

export function articleLabel(title: string | null | undefined, originalFilename?: string | null): string {
  return title?.trim() || originalFilename?.trim() || UNTITLED_ARTICLE;
}
