// Shortcut strings are written the way Mantine's useHotkeys reads them ('mod+K', 'alt+1') and
// shown the way the platform writes them (Ctrl+K, or ⌘K on a Mac).
const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

export function formatShortcut(shortcut: string): string[] {
  return shortcut.split('+').map((part) => {
    const p = part.toLowerCase();
    if (p === 'mod') return isMac ? '⌘' : 'Ctrl';
    if (p === 'alt') return isMac ? '⌥' : 'Alt';
    if (p === 'shift') return isMac ? '⇧' : 'Shift';
    if (p === 'ctrl') return isMac ? '⌃' : 'Ctrl';
    return part.length === 1 ? part.toUpperCase() : part;
  });
}
