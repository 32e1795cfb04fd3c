// The stored form of a rich-text value, without Lexical: forms and lists use it before (or without)
// the editor itself being loaded.

export interface RichTextValue {
  json: string;
  text: string;
}

export const EMPTY_RICH_TEXT: RichTextValue = { json: '', text: '' };
