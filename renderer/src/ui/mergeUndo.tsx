// After a merge (of sources or of entities), the app's one undo (ui/undo) offers Undo, which takes
// the merge back (merges.undo) and shows the merged record again. A merge is made again from the
// merge dialog, so there is no Redo.
import { api } from '../api/client';
import { navigate } from '../app/route';
import { showSuccess } from './notify';
import { recordChange } from './undo';

export interface MergeDone {
  mergeId: string;
  keptName: string;
  mergedId: string;
  mergedName: string;
}

const KINDS = {
  source: {
    title: 'Sources merged',
    screen: 'sources',
    restored: 'with its own ratings, attributions and sub-sources',
    testId: 'merge-notice',
  },
  entity: {
    title: 'Entities merged',
    screen: 'entities',
    restored: 'with its own aliases, mentions and relationships',
    testId: 'entity-merge-notice',
  },
} as const;

export function showMergeUndo(kind: keyof typeof KINDS, merge: MergeDone): void {
  const k = KINDS[kind];
  recordChange({
    method: 'merges.undo',
    title: k.title,
    message: `“${merge.mergedName}” merged into “${merge.keptName}”.`,
    testId: k.testId,
    undo: async () => {
      await api.call('merges.undo', { id: merge.mergeId });
      navigate({ screen: k.screen, id: merge.mergedId }, { replace: true });
      showSuccess(`“${merge.mergedName}” is back, ${k.restored}.`, 'Merge undone');
    },
  });
}
