// The state the article text and the excerpt panel share: the article's excerpts in text order and
// as marks, which one is open (kept in the route, so a reload or a link reopens it), the excerpt being
// made from a selection, and the handle that scrolls to and flashes a highlight.
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Excerpt } from '../../../../../shared/contract/schemas';
import { useCall } from '../../../api/hooks';
import { navigate, useRoute } from '../../../app/route';
import type { ArticleTextHandle } from '../ArticleText';
import type { TextSelection } from '../textSelection';
import { excerptMarks, inTextOrder, neighbour, pickClicked } from './excerptOrder';

export type ExcerptDraft = Pick<TextSelection, 'start' | 'end' | 'text'>;

export function useExcerptWorkspace(articleId: string) {
  const route = useRoute();
  const openId = route.screen === 'article' ? route.excerptId : undefined;
  const list = useCall('excerpts.list', { articleId, limit: 5000 }, { enabled: Boolean(articleId) });
  const ordered = useMemo(() => inTextOrder(list.data?.items ?? []), [list.data]);
  const byId = useMemo(() => new Map(ordered.map((e) => [e.id, e])), [ordered]);
  const marks = useMemo(() => excerptMarks(ordered), [ordered]);
  const [draft, setDraft] = useState<ExcerptDraft | null>(null);
  const textRef = useRef<ArticleTextHandle>(null);
  const open = useCallback(
    (id: string | undefined, reveal = true) => {
      if (!articleId) return;
      setDraft(null);
      navigate({ screen: 'article', id: articleId, ...(id ? { excerptId: id } : {}) }, { replace: true });
      if (id && reveal) requestAnimationFrame(() => textRef.current?.revealMark(id));
    },
    [articleId],
  );

  // "Open excerpt and note": which excerpt's note editor should take the caret, counted so a second
  // request for the same note is a new one. The editor honours it when it has loaded.
  const [noteFocus, setNoteFocus] = useState({ excerptId: '', request: 0 });
  const openNote = useCallback(
    (id: string) => {
      open(id, false);
      setNoteFocus((last) => ({ excerptId: id, request: last.request + 1 }));
    },
    [open],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      const next = neighbour(ordered, openId, direction);
      if (next) open(next.id);
    },
    [ordered, openId, open],
  );

  const clickMarks = useCallback(
    (ids: string[]) => {
      const picked = pickClicked(ids, byId, openId);
      if (picked) open(picked.id, false);
    },
    [byId, openId, open],
  );

  const startDraft = useCallback((selection: ExcerptDraft) => {
    setDraft({ start: selection.start, end: selection.end, text: selection.text });
    window.getSelection()?.removeAllRanges();
  }, []);

  // An excerpt named in the route (a link from the Excerpts table, a reload) is scrolled to once loaded.
  const loaded = list.data !== undefined;
  const revealedOnLoad = useRef(false);
  useEffect(() => {
    if (!loaded || revealedOnLoad.current) return;
    revealedOnLoad.current = true;
    if (openId) requestAnimationFrame(() => textRef.current?.revealMark(openId));
  }, [loaded, openId]);

  // j/k anywhere on the article screen except in fields and the note editor (useHotkeys ignores those).
  useHotkeys([
    ['j', () => step(1)],
    ['k', () => step(-1)],
  ]);

  const current: Excerpt | undefined = openId ? byId.get(openId) : undefined;
  return {
    articleId,
    ordered,
    marks,
    loading: list.isLoading,
    current,
    draft,
    setDraft,
    startDraft,
    open,
    openNote,
    noteFocusRequest: (excerptId: string) => (noteFocus.excerptId === excerptId ? noteFocus.request : 0),
    step,
    clickMarks,
    textRef,
  };
}

export type ExcerptWorkspace = ReturnType<typeof useExcerptWorkspace>;
