export { NewArticlePage } from './NewArticlePage';
export { ImportDialog } from './ImportDialog';
export { DropOverlay } from './DropOverlay';
