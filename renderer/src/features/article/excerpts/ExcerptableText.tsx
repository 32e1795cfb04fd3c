// The article text with its excerpts (and any other marks) painted, and the selection toolbar that
// turns a selection into a new excerpt. `extraActions` is the toolbar's slot for other features.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Article } from '../../../../../shared/contract/schemas';
import { ArticleText } from '../ArticleText';
import type { TextMark } from '../marks';
import { SelectionToolbar } from '../SelectionToolbar';
import type { TextSelection } from '../textSelection';
import type { ExcerptWorkspace } from './useExcerptWorkspace';

interface ExcerptableTextProps {
  article: Article;
  workspace: ExcerptWorkspace;
  /** More marks to paint with the excerpts, e.g. entity mentions (kind 'mention'). */
  extraMarks?: readonly TextMark[];
  extraActions?: (selection: TextSelection, done: () => void) => ReactNode;
}

export function ExcerptableText({ article, workspace: ws, extraMarks, extraActions }: ExcerptableTextProps) {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [point, setPoint] = useState<{ x: number; y: number } | null>(null);
  const marks = useMemo(() => (extraMarks?.length ? [...ws.marks, ...extraMarks] : ws.marks), [ws.marks, extraMarks]);
  const onSelectionChange = useCallback((next: TextSelection | null) => {
    setSelection(next);
    if (!next) setPoint(null);
  }, []);
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
      />
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
