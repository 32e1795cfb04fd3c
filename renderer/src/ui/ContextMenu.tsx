// A right-click menu for rows: opened at the pointer, kept inside the window (it flips and shifts
// at the edges, down to 1024×700), closed by Escape or a click elsewhere. The items are the same
// actions the selection bar and the palette offer, so a right-click never knows something the
// toolbar does not.
import { Menu } from '@mantine/core';
import { useRef, useState, type MouseEvent, type ReactNode } from 'react';

export function useContextMenu() {
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  // Focus goes back where it was when the menu closes, unless the chosen action put it somewhere
  // (opening a note puts the caret in it, maybe once its editor has loaded): Mantine's own return
  // of focus would take it away again.
  const focusedBefore = useRef<HTMLElement | null>(null);
  const remember = () => {
    focusedBefore.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  };
  const open = (e: MouseEvent) => {
    e.preventDefault();
    remember();
    setAt({ x: e.clientX, y: e.clientY });
  };
  /** For a menu opened from somewhere other than a row's own handler (a highlight in the text). */
  const openAt = (point: { x: number; y: number }) => {
    remember();
    setAt(point);
  };
  const close = () => {
    setAt(null);
    const before = focusedBefore.current;
    requestAnimationFrame(() => {
      const now = document.activeElement;
      if (before?.isConnected && (!now || now === document.body)) before.focus({ preventScroll: true });
    });
  };
  const render = (items: ReactNode) => (
    <Menu
      opened={at !== null}
      onChange={(opened) => !opened && close()}
      returnFocus={false}
      position="bottom-start"
      offset={2}
      withinPortal
      shadow="md"
      middlewares={{ flip: true, shift: { padding: 8 } }}
    >
      <Menu.Target>
        <div
          aria-hidden
          style={{ position: 'fixed', left: at?.x ?? 0, top: at?.y ?? 0, width: 1, height: 1, pointerEvents: 'none' }}
        />
      </Menu.Target>
      <Menu.Dropdown data-testid="context-menu" miw={200}>
        {items}
      </Menu.Dropdown>
    </Menu>
  );
  return { open, openAt, close, render };
}
