// The one multi-selection for lists of records (Excerpts, Sources, Entities, a case's items):
// one click selects and Enter or double-click opens; Ctrl/Cmd-click, Shift-click, Shift+arrows and
// Ctrl/Cmd+A select many; Escape clears. Rows spread `rowProps`, the list spreads `listProps`.
// Selected ids that leave the list (filtered out, deleted) leave the selection too.
import { useCallback, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { emptySelection, navigationTarget, orderedRange, selectKey, type Selection } from './select';

interface Options<T> {
  onOpen?: (item: T) => void;
  /** Called with the new active row's index, e.g. to scroll a virtual list to it. */
  onActiveChange?: (index: number) => void;
  /** Rows in a page (for PageUp/PageDown). */
  pageRows?: number;
  /** A right-click on a row: the row joins the selection first (or becomes it, when outside it). */
  onContextMenu?: (e: MouseEvent) => void;
}

export function useListSelection<T>(items: readonly T[], idOf: (item: T) => string, options: Options<T> = {}) {
  const [state, setState] = useState<Selection<string>>(emptySelection);
  const order = useMemo(() => items.map(idOf), [items, idOf]);
  const present = useMemo(() => new Set(order), [order]);
  const selectedIds = useMemo(() => order.filter((id) => state.selected.has(id)), [order, state.selected]);
  const activeIndex = state.active !== null ? order.indexOf(state.active) : -1;

  const range = useCallback((a: string, b: string) => orderedRange(order, a, b), [order]);
  const clear = useCallback(() => setState(emptySelection()), []);
  const selectAll = useCallback(
    () => setState({ selected: new Set(order), anchor: order[0] ?? null, active: order[0] ?? null }),
    [order],
  );
  const setSelected = useCallback(
    (ids: string[]) => setState({ selected: new Set(ids), anchor: ids[0] ?? null, active: ids[0] ?? null }),
    [],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if (
      e.target !== e.currentTarget &&
      (e.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]')
    )
      return;
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      selectAll();
      return;
    }
    if (e.key === 'Escape' && state.selected.size) {
      clear();
      return;
    }
    if (e.key === 'Enter') {
      const item = activeIndex >= 0 ? items[activeIndex] : undefined;
      if (item && options.onOpen) {
        e.preventDefault();
        options.onOpen(item);
      }
      return;
    }
    if (e.key === ' ' && state.active !== null) {
      e.preventDefault();
      setState((s) => selectKey(s, s.active!, { toggle: true }, range));
      return;
    }
    const target = navigationTarget(e.key, activeIndex, order.length, options.pageRows ?? 10);
    if (target === null) return;
    e.preventDefault();
    setState((s) => selectKey(s, order[target]!, { shift: e.shiftKey }, range));
    options.onActiveChange?.(target);
  };

  const rowProps = (item: T) => {
    const id = idOf(item);
    return {
      'aria-selected': state.selected.has(id) && present.has(id),
      'data-selected': state.selected.has(id) ? 'true' : undefined,
      'data-active': state.active === id ? 'true' : undefined,
      onClick: (e: MouseEvent) => {
        // A button or link inside the row does its own thing.
        const inner = (e.target as HTMLElement).closest('a[href], button, input, textarea');
        if (inner && inner !== e.currentTarget) return;
        // A row that is itself a link (to show the record beside the list) follows it on a plain
        // click; with a modifier it selects instead of opening a new window.
        if (e.shiftKey || e.ctrlKey || e.metaKey) e.preventDefault();
        setState((s) => selectKey(s, id, { shift: e.shiftKey, toggle: e.ctrlKey || e.metaKey }, range));
      },
      onDoubleClick: () => options.onOpen?.(item),
      onContextMenu: (e: MouseEvent) => {
        if (!options.onContextMenu) return;
        if (!state.selected.has(id)) setState({ selected: new Set([id]), anchor: id, active: id });
        options.onContextMenu(e);
      },
    };
  };

  return {
    selectedIds,
    count: selectedIds.length,
    isSelected: (id: string) => state.selected.has(id),
    clear,
    selectAll,
    setSelected,
    rowProps,
    listProps: { tabIndex: 0, onKeyDown, 'aria-multiselectable': true as const },
  };
}

export type ListSelection<T> = ReturnType<typeof useListSelection<T>>;
