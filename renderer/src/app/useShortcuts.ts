// Binds every command's shortcut. Modifier shortcuts work while typing in a field (Ctrl+K from a
// text box must still open the palette); '/' opens search only when the analyst is not typing.
import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { focusSearch, type Command } from './commands';

export function useShortcuts(commands: Command[]): void {
  const withModifier: HotkeyItem[] = commands.filter((c) => c.shortcut).map((c) => [c.shortcut!, () => c.run()]);
  useHotkeys(withModifier, []);
  useHotkeys([['/', focusSearch]]);
}
