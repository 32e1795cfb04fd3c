// A case as a drop target for dragged items (a row in the Cases list, a case in the sidebar).
import { useState, type DragEvent } from 'react';
import { api } from '../../api/client';
import { invalidateAfter } from '../../api/hooks';
import { showError, showSuccess } from '../notify';
import { carriesCaseItems, CASE_ITEMS_MIME, droppedItemIds } from './caseDrag';

export async function addItemsToCase(caseId: string, ids: string[], caseTitle: string): Promise<void> {
  try {
    const before = (await api.call('cases.get', { id: caseId })).items.length;
    const after = await api.call('cases.addItems', { id: caseId, itemIds: ids });
    void invalidateAfter('cases.addItems');
    const added = after.items.length - before;
    showSuccess(added > 0 ? `${added} item(s) added to “${caseTitle}”.` : `Already in “${caseTitle}”.`);
  } catch (error) {
    showError(error, `Not added to “${caseTitle}”`);
  }
}

export function useCaseDrop(caseId: string, caseTitle: string) {
  const [over, setOver] = useState(false);
  const accepts = (e: DragEvent) => carriesCaseItems(Array.from(e.dataTransfer.types));
  return {
    over,
    dropProps: {
      'data-drop-over': over ? 'true' : undefined,
      onDragEnter: (e: DragEvent) => {
        if (!accepts(e)) return;
        e.preventDefault();
        setOver(true);
      },
      onDragOver: (e: DragEvent) => {
        if (!accepts(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave: (e: DragEvent) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      },
      onDrop: (e: DragEvent) => {
        setOver(false);
        if (!accepts(e)) return;
        e.preventDefault();
        const ids = droppedItemIds(e.dataTransfer.getData(CASE_ITEMS_MIME));
        if (ids.length) void addItemsToCase(caseId, ids, caseTitle);
      },
    },
  };
}
