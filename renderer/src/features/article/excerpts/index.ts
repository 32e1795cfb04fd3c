export { ExcerptPanel } from './ExcerptPanel';
export { ExcerptableText } from './ExcerptableText';
export { useExcerptWorkspace, type ExcerptWorkspace } from './useExcerptWorkspace';
