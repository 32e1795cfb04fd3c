// Saving bytes the app already holds as a file in the browser host: a Blob download (it has no
// other way). Every export goes through ui/saveExport.tsx, which decides between this and the
// desktop app's save dialog. Nothing is fetched: a blob: URL is memory in this page.

export function downloadBytes(bytes: Uint8Array<ArrayBuffer>, fileName: string): void {
  // application/octet-stream: even a host that ignored `download` would save the bytes, never
  // render a captured web page in the app's origin.
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its own reference by the time the click returns; a delay is cheap insurance.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
