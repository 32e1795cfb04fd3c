// The Library's virtual table: only the rows in view (plus a margin) exist in the DOM, and only
// their pages are fetched, so a library of 100,000 articles scrolls like one of 100.
import { useVirtualizer } from '@tanstack/react-virtual';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { ArticleRow } from '../../../../shared/contract/schemas';
import { useArticleRows, type ArticleQuery, type SortKey } from './articleQuery';
import { COLUMNS, GRID_TEMPLATE } from './columns';
import classes from './LibraryTable.module.css';
import { draggableItems } from '../../ui/addToCase';
import { select, type Selection } from './selection';

const ROW_HEIGHT = 28;

interface Props {
  query: ArticleQuery;
  total: number;
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
  onSort: (key: SortKey) => void;
  onOpen: (row: ArticleRow) => void;
  /** What a drag starting on this row carries (to drop on a case). */
  dragIds: (index: number) => string[];
  /** A right-click: the row becomes the selection unless it is already part of it. */
  onRowContextMenu?: (e: React.MouseEvent) => void;
  /** Delete (or Backspace) on the list: the selection goes to the Trash. */
  onDelete?: () => void;
}

export function ArticleTable({
  query,
  total,
  selection,
  onSelectionChange,
  onSort,
  onOpen,
  dragIds,
  onRowContextMenu,
  onDelete,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
  });
  const items = virtualizer.getVirtualItems();
  const { rowAt } = useArticleRows(query, items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0);

  // A new filter or sort starts again at the top.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [query]);

  const moveTo = (index: number, shift: boolean) => {
    const target = Math.min(total - 1, Math.max(0, index));
    if (total === 0) return;
    onSelectionChange(select(selection, target, { shift }));
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const active = selection.active ?? -1;
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const handled = () => e.preventDefault();
    switch (e.key) {
      case 'ArrowDown':
        handled();
        moveTo(active + 1, e.shiftKey);
        break;
      case 'ArrowUp':
        handled();
        moveTo(active - 1, e.shiftKey);
        break;
      case 'PageDown':
        handled();
        moveTo(active + pageRows, e.shiftKey);
        break;
      case 'PageUp':
        handled();
        moveTo(active - pageRows, e.shiftKey);
        break;
      case 'Home':
        handled();
        moveTo(0, e.shiftKey);
        break;
      case 'End':
        handled();
        moveTo(total - 1, e.shiftKey);
        break;
      case 'Delete':
      case 'Backspace':
        if (onDelete && selection.selected.size) {
          handled();
          onDelete();
        }
        break;
      case 'Escape':
        onSelectionChange({ selected: new Set(), anchor: null, active: null });
        break;
      case 'Enter': {
        const row = selection.active !== null ? rowAt(selection.active) : undefined;
        if (row) {
          handled();
          onOpen(row);
        }
        break;
      }
      case 'a':
        if (e.ctrlKey || e.metaKey) {
          handled();
          // Every index, not only the loaded ones: the selection is a range of the whole result.
          onSelectionChange({
            selected: new Set(Array.from({ length: total }, (_, i) => i)),
            anchor: 0,
            active: selection.active ?? 0,
          });
        }
        break;
    }
  };

  return (
    <div
      role="grid"
      aria-rowcount={total + 1}
      aria-multiselectable
      style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
      data-testid="library-table"
    >
      <div role="row" aria-rowindex={1} className={classes.header} style={{ gridTemplateColumns: GRID_TEMPLATE }}>
        {COLUMNS.map((column) => {
          const sorted = column.sort && query.sort === column.sort;
          const Arrow = query.direction === 'asc' ? IconChevronUp : IconChevronDown;
          const content = (
            <>
              {column.label}
              {sorted && <Arrow size={12} />}
            </>
          );
          return column.sort ? (
            <button
              key={column.id}
              type="button"
              role="columnheader"
              aria-sort={sorted ? (query.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              className={classes.headerCell}
              style={column.align === 'right' ? { justifyContent: 'flex-end' } : undefined}
              onClick={() => onSort(column.sort!)}
              title={`Sort by ${column.label.toLowerCase()}`}
            >
              {content}
            </button>
          ) : (
            <div key={column.id} role="columnheader" className={classes.headerCell}>
              {content}
            </div>
          );
        })}
      </div>
      <div
        ref={scrollRef}
        className={classes.body}
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-label="Articles"
        data-testid="library-scroll"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selection.selected.has(item.index)}
                data-active={selection.active === item.index}
                data-testid="library-row"
                data-loaded={row ? 'true' : 'false'}
                className={classes.row}
                style={{
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  gridTemplateColumns: GRID_TEMPLATE,
                }}
                onClick={(e) =>
                  onSelectionChange(
                    select(selection, item.index, { shift: e.shiftKey, toggle: e.ctrlKey || e.metaKey }),
                  )
                }
                onDoubleClick={() => row && onOpen(row)}
                onContextMenu={(e) => {
                  if (!onRowContextMenu) return;
                  if (!selection.selected.has(item.index)) onSelectionChange(select(selection, item.index, {}));
                  onRowContextMenu(e);
                }}
                {...draggableItems(() => dragIds(item.index))}
              >
                {COLUMNS.map((column) => (
                  <div
                    key={column.id}
                    role="gridcell"
                    className={`${classes.cell} ${column.align === 'right' ? classes.right : ''} ${row ? '' : classes.loading}`}
                    {...(column.id === 'title' && row ? { lang: row.language || undefined, dir: 'auto' } : {})}
                    title={column.id === 'title' && row ? column.value(row) : undefined}
                  >
                    {row ? column.value(row) : column.id === 'title' ? '…' : ''}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
