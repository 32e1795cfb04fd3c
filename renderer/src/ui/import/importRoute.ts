// One decision for every import of chosen or dropped files: by path where the host can import by
// path (the desktop app: no size limit but the per-format ones, nothing copied through the page),
// else as uploaded bytes (the browser host). Pure, so both routes are tested without a host.
export type ImportRoute<F> = { kind: 'paths'; paths: string[] } | { kind: 'upload'; files: F[] };

export function chooseImportRoute<F>(
  files: readonly F[],
  importByPath: boolean,
  pathOf: (file: F) => string | null,
): ImportRoute<F> {
  if (importByPath && files.length > 0) {
    const paths = files.map(pathOf);
    // A file made in the page has no path; then all travel as bytes, so one import stays one job.
    if (paths.every((p): p is string => Boolean(p))) return { kind: 'paths', paths };
  }
  return { kind: 'upload', files: [...files] };
}
