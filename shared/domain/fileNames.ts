// A file name suggested for saving (a download, or the desktop app's save dialog): one rule for
// both hosts, so a name that came from captured evidence can never name a folder or a device.

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE_IN_FILE_NAMES = /[\u0000-\u001f<>:"|?*]/g;

/** A file name with no folder part and nothing a file system would refuse. */
export function safeFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(UNSAFE_IN_FILE_NAMES, '_').replace(/^\.+/, '').trim();
  return cleaned || fallback;
}
