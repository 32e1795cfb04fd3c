// The file types `articles.importFiles` accepts, by extension. The backend's extractors are keyed
// by this list (a test checks it), and the renderer's file picker and folder drops use it.
export const IMPORTABLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.pdf'] as const;

export function hasImportableExtension(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && (IMPORTABLE_EXTENSIONS as readonly string[]).includes(name.slice(dot).toLowerCase());
}
