// A rich-text value as Casefile stores it: the Lexical editor state as JSON (reloaded exactly) and
// its plain text (indexed for search). An empty value ({json: '', text: ''}) means "no note yet".
import { $getRoot, type EditorState, type LexicalEditor } from 'lexical';
import { EMPTY_RICH_TEXT, type RichTextValue } from './value';

export { EMPTY_RICH_TEXT, type RichTextValue };

/** The stored form of an editor state. An editor with nothing in it stores the empty value. */
export function serializeEditorState(state: EditorState): RichTextValue {
  const text = state.read(() => $getRoot().getTextContent());
  const json = JSON.stringify(state.toJSON());
  return isBlankState(state) ? EMPTY_RICH_TEXT : { json, text };
}

/** One empty paragraph (a fresh or cleared editor) is no note at all. */
function isBlankState(state: EditorState): boolean {
  return state.read(() => {
    const root = $getRoot();
    if (root.getTextContentSize() > 0) return false;
    const children = root.getChildren();
    return (
      children.length === 0 ||
      (children.length === 1 && children[0]!.getType() === 'paragraph' && root.getTextContent() === '')
    );
  });
}

/**
 * Loads a stored value into an editor; an empty or unreadable value leaves it empty (an unreadable
 * one is reported, never silently replaced: the caller keeps the original until the user edits).
 */
export function loadRichText(editor: LexicalEditor, value: RichTextValue): boolean {
  if (!value.json) return true;
  try {
    editor.setEditorState(editor.parseEditorState(value.json));
    return true;
  } catch (error) {
    console.error('This note could not be read as a Lexical editor state.', error);
    return false;
  }
}
