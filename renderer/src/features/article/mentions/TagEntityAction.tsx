// "Tag entity" for the article's selection toolbar: hands the selected span to the tag dialog.
import { Button } from '@mantine/core';
import { IconTag } from '@tabler/icons-react';
import { requestTagEntity, type TagRequest } from './tagEntityStore';

export function TagEntityAction({ selection, onDone }: { selection: TagRequest; onDone?: () => void }) {
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      leftSection={<IconTag size={12} />}
      // Keep the text selected while the button is pressed; the dialog takes over from here.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        requestTagEntity(selection);
        onDone?.();
      }}
    >
      Tag entity
    </Button>
  );
}
