// What features use of the editor. Nothing here imports Lexical at load time: the editor component
// is fetched on first show (LazyRichTextEditor), so Lexical stays out of the start-up bundle.
export { RichTextEditor } from './LazyRichTextEditor';
export type { RichTextEditorProps } from './RichTextEditor';
export { EMPTY_RICH_TEXT, type RichTextValue } from './value';
