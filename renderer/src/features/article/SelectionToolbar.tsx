// The small toolbar that floats over text the analyst selects in an article (and the menu a
// right-click on the selection opens, at the pointer). "Excerpt" is built in, with E or Ctrl/Cmd+E;
// other features add their own buttons through `extraActions` — a render slot that receives the same
// selection (e.g. "Tag entity" from ./mentions). Buttons must not take focus on mousedown
// (onMouseDown preventDefault), or the selection they act on disappears before the click.
import { Button, Group, Kbd, Paper, Portal } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconHighlight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { TextSelection } from './textSelection';

interface SelectionToolbarProps {
  selection: TextSelection;
  /** Where a right-click opened it; otherwise it sits just above the selection. */
  point?: { x: number; y: number } | null;
  onExcerpt: (selection: TextSelection) => void;
  /** The slot for other features' actions on the selection; call `done` once the action has taken over. */
  extraActions?: (selection: TextSelection, done: () => void) => ReactNode;
  onDone: () => void;
}

const TOOLBAR_HEIGHT = 34;

export function SelectionToolbar({ selection, point, onExcerpt, extraActions, onDone }: SelectionToolbarProps) {
  const excerpt = () => onExcerpt(selection);
  // Plain E only outside fields (useHotkeys ignores inputs by default); Ctrl/Cmd+E everywhere else too.
  useHotkeys([
    ['E', excerpt],
    ['mod+E', excerpt],
  ]);
  const left = point ? point.x : selection.rect.left + selection.rect.width / 2;
  const top = point ? point.y + 4 : Math.max(4, selection.rect.top - TOOLBAR_HEIGHT - 6);
  return (
    <Portal>
      <Paper
        shadow="md"
        withBorder
        p={3}
        role="toolbar"
        aria-label="Selected text"
        data-testid="selection-toolbar"
        style={{ position: 'fixed', zIndex: 250, left, top, transform: point ? undefined : 'translateX(-50%)' }}
      >
        <Group gap={2} wrap="nowrap">
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconHighlight size={12} />}
            rightSection={<Kbd size="xs">E</Kbd>}
            onMouseDown={(event) => event.preventDefault()}
            onClick={excerpt}
          >
            Excerpt
          </Button>
          {extraActions?.(selection, onDone)}
        </Group>
      </Paper>
    </Portal>
  );
}
