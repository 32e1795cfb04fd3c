export { LibraryPage } from './LibraryPage';
export { prefetchLibraryRows } from './prefetch';
