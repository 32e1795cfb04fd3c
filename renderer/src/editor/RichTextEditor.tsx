// The one rich-text editor of Casefile: excerpt notes now, case summaries and entity descriptions
// next. It is uncontrolled: `value` is read once when it mounts (give it a `key` to load another
// document), and every change is reported through onChange and, when onSave is given, autosaved
// after a short pause with a visible "Saving…/Saved" state.
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { Group, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { clearDraft, readDraft, writeDraft } from '../ui/drafts';
import { DraftOffer } from '../ui/DraftOffer';
import { MARKDOWN_SHORTCUTS } from './markdownShortcuts';
import { EDITOR_NAMESPACE, EDITOR_NODES, EDITOR_THEME } from './nodes';
import { LinkClickPlugin } from './plugins/LinkClickPlugin';
import { MentionsPlugin } from './plugins/MentionsPlugin';
import { SanitizePlugin } from './plugins/SanitizePlugin';
import { loadRichText, serializeEditorState, type RichTextValue } from './richTextValue';
import classes from './RichTextEditor.module.css';
import './editor.css';
import { safeHttpUrl } from './linkUrl';
import { Toolbar } from './Toolbar';
import { useAutosave, type SaveStatus } from './useAutosave';

export interface RichTextEditorProps {
  /** The document to load when the editor mounts. */
  value: RichTextValue;
  /** Every change, at once (for forms that save the value themselves). */
  onChange?: (value: RichTextValue) => void;
  /** Autosave: called ~600 ms after the last change; the editor shows Saving…/Saved. */
  onSave?: (value: RichTextValue) => Promise<unknown>;
  readOnly?: boolean;
  /** The accessible name of the text area, e.g. "Note". */
  label: string;
  placeholder?: string;
  minHeight?: number;
  testId?: string;
  /**
   * Puts the caret in the editor each time this number grows (from 1 on), also when the request
   * came before the editor had loaded; 0 or absent never takes the focus.
   */
  focusRequest?: number;
  /**
   * Keeps every change as a local draft under this key (e.g. `note:<excerpt id>`) until it is
   * saved, and offers a kept draft back when the editor opens (after a reload or a crash).
   */
  draftKey?: string;
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};

/** Reports document changes (not caret moves), skipping the moment the stored value is loaded. */
function ChangePlugin({ initial, onChange }: { initial: RichTextValue; onChange: (value: RichTextValue) => void }) {
  const [editor] = useLexicalComposerContext();
  const last = useRef(initial.json);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        const value = serializeEditorState(editorState);
        if (value.json === last.current) return;
        last.current = value.json;
        onChange(value);
      }),
    [editor, onChange],
  );
  return null;
}

function FocusPlugin({ request }: { request: number }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (request <= 0) return;
    // Lexical places the caret through the selection, and an empty note has none to place: focus
    // the editable element itself, then let Lexical put the caret at the end of what is there.
    editor.getRootElement()?.focus({ preventScroll: true });
    editor.focus(undefined, { defaultSelection: 'rootEnd' });
  }, [editor, request]);
  return null;
}

function EditablePlugin({ editable }: { editable: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(editable), [editor, editable]);
  return null;
}

/** The draft kept for this editor, if it differs from what the library has. */
function keptDraft(key: string | undefined, stored: RichTextValue) {
  const draft = key ? readDraft<RichTextValue>(key) : null;
  if (draft && draft.value.json !== stored.json) return draft;
  if (draft && key) clearDraft(key);
  return null;
}

export function RichTextEditor({
  value,
  onChange,
  onSave,
  readOnly = false,
  label,
  placeholder = '',
  minHeight = 90,
  testId,
  draftKey,
  focusRequest = 0,
}: RichTextEditorProps) {
  // The draft is cleared once the library holds exactly what it kept.
  const saveThenClear = useCallback(
    async (next: RichTextValue) => {
      await onSave!(next);
      if (draftKey && readDraft<RichTextValue>(draftKey)?.value.json === next.json) clearDraft(draftKey);
    },
    [onSave, draftKey],
  );
  const { status, schedule } = useAutosave(onSave ? saveThenClear : undefined);
  const [offered, setOffered] = useState(() => (readOnly ? null : keptDraft(draftKey, value)));
  // Read once per load: the composer owns the document from there on (a restored draft reloads it).
  const [initial, setInitial] = useState(value);
  const [generation, setGeneration] = useState(0);
  const initialConfig: InitialConfigType = {
    namespace: EDITOR_NAMESPACE,
    nodes: [...EDITOR_NODES],
    theme: EDITOR_THEME,
    editable: !readOnly,
    editorState: (editor) => void loadRichText(editor, initial),
    onError: (error) => console.error(error),
  };
  const changed = (next: RichTextValue) => {
    if (draftKey) writeDraft(draftKey, next);
    // Typing on instead of restoring replaces the kept draft: stop offering the old one.
    setOffered(null);
    onChange?.(next);
    if (onSave) schedule(next);
  };
  const restore = () => {
    if (!offered) return;
    setInitial(offered.value);
    setGeneration((g) => g + 1);
    setOffered(null);
    onChange?.(offered.value);
    if (onSave) schedule(offered.value);
  };
  const discard = () => {
    if (draftKey) clearDraft(draftKey);
    setOffered(null);
  };
  return (
    <>
      {offered && (
        <DraftOffer
          at={offered.at}
          what={`Text of this ${label.toLowerCase()}`}
          onRestore={restore}
          onDiscard={discard}
        />
      )}
      <div className={classes.editor} data-readonly={readOnly || undefined} data-testid={testId}>
        <LexicalComposer key={generation} initialConfig={initialConfig}>
          {!readOnly && (
            <Group justify="space-between" wrap="nowrap" className={classes.bar}>
              <Toolbar />
              {onSave && (
                <Text
                  fz={11}
                  c={status === 'error' ? 'red' : 'dimmed'}
                  data-testid="save-status"
                  data-status={status}
                  aria-live="polite"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {STATUS_TEXT[status]}
                </Text>
              )}
            </Group>
          )}
          <div className={classes.body}>
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className={classes.content}
                  style={{ minHeight: readOnly ? undefined : minHeight }}
                  aria-label={label}
                  aria-placeholder={placeholder}
                  placeholder={<div className={classes.placeholder}>{readOnly ? '' : placeholder}</div>}
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
          <HistoryPlugin />
          <ListPlugin />
          <LinkPlugin validateUrl={(url) => safeHttpUrl(url) !== null} />
          <MarkdownShortcutPlugin transformers={MARKDOWN_SHORTCUTS} />
          <SanitizePlugin />
          <LinkClickPlugin />
          {!readOnly && <MentionsPlugin />}
          <EditablePlugin editable={!readOnly} />
          {!readOnly && <FocusPlugin request={focusRequest} />}
          <ChangePlugin initial={initial} onChange={changed} />
        </LexicalComposer>
      </div>
    </>
  );
}
