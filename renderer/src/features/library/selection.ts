// The Library selects by row index (rows outside the loaded pages have no id yet); the rules are
// the app's one multi-select (ui/selection), and the selection resets whenever the query changes.
import {
  emptySelection,
  indexRange,
  selectKey,
  type Selection as KeyedSelection,
  type SelectMode,
} from '../../ui/selection/select';

export type Selection = KeyedSelection<number>;

export const EMPTY_SELECTION: Selection = emptySelection<number>();

export function select(current: Selection, index: number, mode: SelectMode): Selection {
  return selectKey(current, index, mode, indexRange);
}
