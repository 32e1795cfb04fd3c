// Multi-select over row indexes, the way file managers do it: click selects one, Ctrl/Cmd-click
// toggles, Shift-click and Shift+arrows extend from the anchor. Indexes (not ids) because rows
// outside the loaded pages have no id yet; the selection resets whenever the query changes.
import { useCallback, useState } from 'react';

export interface Selection {
  selected: ReadonlySet<number>;
  anchor: number | null;
  active: number | null;
}

export const EMPTY_SELECTION: Selection = { selected: new Set(), anchor: null, active: null };

function range(a: number, b: number): Set<number> {
  const out = new Set<number>();
  for (let i = Math.min(a, b); i <= Math.max(a, b); i++) out.add(i);
  return out;
}

export function select(current: Selection, index: number, mode: { shift?: boolean; toggle?: boolean }): Selection {
  if (mode.shift && current.anchor !== null) {
    const extended = range(current.anchor, index);
    if (mode.toggle) current.selected.forEach((i) => extended.add(i));
    return { selected: extended, anchor: current.anchor, active: index };
  }
  if (mode.toggle) {
    const next = new Set(current.selected);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    return { selected: next, anchor: index, active: index };
  }
  return { selected: new Set([index]), anchor: index, active: index };
}

export function useSelection() {
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const reset = useCallback(() => setSelection(EMPTY_SELECTION), []);
  return { selection, setSelection, reset };
}
