export { NewArticlePage } from './NewArticlePage';
export { ImportDialog } from './ImportDialog';
export { DropOverlay } from './DropOverlay';
export { MetadataFields } from './MetadataFields';
export { draftFromArticle, draftToInput, type MetadataDraft, type MetadataErrors } from './metadataDraft';
export { importFiles, pickFilesToImport, useImportState } from './importStore';
