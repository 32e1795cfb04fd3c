// Binds every command's shortcut. Modifier shortcuts work while typing in a field (Ctrl+K from a
// text box must still open the palette); '/' and bare Shift+letter shortcuts only when the analyst
// is not typing.
import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { focusSearch, type Command } from './commands';

export function useShortcuts(commands: Command[]): void {
  const bind = (list: Command[]): HotkeyItem[] => list.map((c) => [c.shortcut!, () => c.run()]);
  const withShortcut = commands.filter((c) => c.shortcut);
  useHotkeys(bind(withShortcut.filter((c) => !c.ignoreWhileTyping)), []);
  // Default ignore list: inputs, text areas, selects (and contenteditable editors).
  useHotkeys(bind(withShortcut.filter((c) => c.ignoreWhileTyping)));
  useHotkeys([['/', focusSearch]]);
}
