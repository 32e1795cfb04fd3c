// Multi-select the way file managers do it, for every list in the app: a click selects one,
// Ctrl/Cmd-click toggles, Shift-click and Shift+arrows extend from the anchor, Ctrl/Cmd+A selects
// all. Pure, so the rules are tested once; keys are ids (short lists) or row indexes (the
// Library's virtual table, whose rows outside the loaded pages have no id yet).
export interface Selection<K> {
  selected: ReadonlySet<K>;
  anchor: K | null;
  active: K | null;
}

export function emptySelection<K>(): Selection<K> {
  return { selected: new Set<K>(), anchor: null, active: null };
}

export interface SelectMode {
  shift?: boolean;
  toggle?: boolean;
}

/** `rangeOf(a, b)` lists every key from a to b inclusive, in the list's order. */
export function selectKey<K>(
  current: Selection<K>,
  key: K,
  mode: SelectMode,
  rangeOf: (a: K, b: K) => Iterable<K>,
): Selection<K> {
  if (mode.shift && current.anchor !== null) {
    const extended = new Set(rangeOf(current.anchor, key));
    if (mode.toggle) current.selected.forEach((k) => extended.add(k));
    return { selected: extended, anchor: current.anchor, active: key };
  }
  if (mode.toggle) {
    const next = new Set(current.selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    return { selected: next, anchor: key, active: key };
  }
  return { selected: new Set([key]), anchor: key, active: key };
}

export function indexRange(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = Math.min(a, b); i <= Math.max(a, b); i++) out.push(i);
  return out;
}

/** The keys between a and b in `order` (both included); just b when either is not in the list. */
export function orderedRange<K>(order: readonly K[], a: K, b: K): K[] {
  const i = order.indexOf(a);
  const j = order.indexOf(b);
  if (i < 0 || j < 0) return [b];
  return order.slice(Math.min(i, j), Math.max(i, j) + 1);
}

/** Where a navigation key moves the active row, or null when the key is not a navigation key. */
export function navigationTarget(key: string, active: number, count: number, pageRows: number): number | null {
  if (count === 0) return null;
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(active + 1);
    case 'ArrowUp':
      return clamp(active < 0 ? 0 : active - 1);
    case 'PageDown':
      return clamp(active + pageRows);
    case 'PageUp':
      return clamp(active - pageRows);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
