// The article text with its excerpts (and any other marks) painted, and the selection toolbar that
// turns a selection into a new excerpt. `extraActions` is the toolbar's slot for other features.
// A right-click on a highlight opens the excerpt's menu (HighlightMenu).
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Article, Excerpt } from '../../../../../shared/contract/schemas';
import { useContextMenu } from '../../../ui/ContextMenu';
import { ArticleText } from '../ArticleText';
import type { TextMark } from '../marks';
import { SelectionToolbar } from '../SelectionToolbar';
import type { TextSelection } from '../textSelection';
import { pickClicked } from './excerptOrder';
import { HighlightMenuItems, type SpanToTag } from './HighlightMenu';
import type { ExcerptWorkspace } from './useExcerptWorkspace';

interface ExcerptableTextProps {
  article: Article;
  workspace: ExcerptWorkspace;
  /** More marks to paint with the excerpts, e.g. entity mentions (kind 'mention'). */
  extraMarks?: readonly TextMark[];
  extraActions?: (selection: TextSelection, done: () => void) => ReactNode;
  /** "Tag entity…" in a highlight's menu: tags the excerpt's span. */
  onTagSpan?: (span: SpanToTag) => void;
}

export function ExcerptableText({ article, workspace: ws, extraMarks, extraActions, onTagSpan }: ExcerptableTextProps) {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [point, setPoint] = useState<{ x: number; y: number } | null>(null);
  const marks = useMemo(() => (extraMarks?.length ? [...ws.marks, ...extraMarks] : ws.marks), [ws.marks, extraMarks]);
  const onSelectionChange = useCallback((next: TextSelection | null) => {
    setSelection(next);
    if (!next) setPoint(null);
  }, []);
  const highlightMenu = useContextMenu();
  const [menuExcerpt, setMenuExcerpt] = useState<Excerpt | null>(null);
  const byId = useMemo(() => new Map(ws.ordered.map((e) => [e.id, e])), [ws.ordered]);
  const done = () => {
    setSelection(null);
    setPoint(null);
  };
  return (
    <>
      <ArticleText
        ref={ws.textRef}
        text={article.text}
        language={article.language}
        direction={article.textDirection}
        marks={marks}
        activeMarkId={ws.current?.id ?? null}
        onMarkClick={ws.clickMarks}
        onSelectionChange={onSelectionChange}
        onSelectionContextMenu={(next, at) => {
          setSelection(next);
          setPoint(at);
        }}
        onMarkContextMenu={(ids, at) => {
          // The innermost excerpt under the pointer, as a click would open.
          const excerpt = pickClicked(ids, byId, undefined);
          if (!excerpt) return;
          setMenuExcerpt(excerpt);
          highlightMenu.openAt(at);
        }}
      />
      {menuExcerpt &&
        highlightMenu.render(<HighlightMenuItems excerpt={menuExcerpt} workspace={ws} onTagSpan={onTagSpan} />)}
      {selection && (
        <SelectionToolbar
          selection={selection}
          point={point}
          onExcerpt={(s) => {
            ws.startDraft(s);
            done();
          }}
          extraActions={extraActions}
          onDone={done}
        />
      )}
    </>
  );
}
