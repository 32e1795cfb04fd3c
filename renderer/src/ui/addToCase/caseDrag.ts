// Dragging library items onto a case. The ids travel in a MIME type of our own, so a drop target
// can tell a drag of Casefile items from text or files before the drop (types are readable during
// dragover, the data only on drop), and another application never mistakes it for anything.
import type { DragEvent } from 'react';

export const CASE_ITEMS_MIME = 'application/x-casefile-items+json';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Props for a draggable row carrying these ids (computed when the drag starts). */
export function draggableItems(ids: () => string[]) {
  return {
    draggable: true,
    onDragStart: (e: DragEvent) => {
      const list = ids();
      if (!list.length) {
        e.preventDefault();
        return;
      }
      e.dataTransfer.setData(CASE_ITEMS_MIME, JSON.stringify({ ids: list }));
      e.dataTransfer.setData('text/plain', list.join('\n'));
      e.dataTransfer.effectAllowed = 'copy';
    },
  };
}

export function carriesCaseItems(types: readonly string[]): boolean {
  return types.includes(CASE_ITEMS_MIME);
}

/** The ids in a drop, or [] when it carries none (or anything malformed). */
export function droppedItemIds(data: string): string[] {
  try {
    const parsed = JSON.parse(data) as { ids?: unknown };
    return Array.isArray(parsed.ids)
      ? parsed.ids.filter((id): id is string => typeof id === 'string' && UUID.test(id))
      : [];
  } catch {
    return [];
  }
}
