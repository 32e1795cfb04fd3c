// Files dropped anywhere on the window are imported. The overlay shows only while files are being
// dragged over the window, so ordinary text drags inside the app are left alone.
import { Center, Overlay, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { takeDroppedFiles } from './droppedFiles';
import { api } from '../../api/client';
import { importFilePaths, importFiles } from '../../ui/import/importStore';
import { chooseImportRoute } from '../../ui/import/importRoute';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function DropOverlay() {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without preventDefault the browser would navigate to the dropped file.
      e.preventDefault();
      depth = 0;
      setDragging(false);
      // The desktop app imports the dropped files and folders by path (the backend walks folders);
      // the browser host reads them in the page and uploads their bytes.
      const byPath = chooseImportRoute([...(e.dataTransfer?.files ?? [])], api.capabilities.importByPath, (file) =>
        api.pathForFile(file),
      );
      if (byPath.kind === 'paths') void importFilePaths(byPath.paths);
      else void takeDroppedFiles(e.dataTransfer).then(importFiles);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!dragging) return null;
  return (
    <Overlay fixed zIndex={400} backgroundOpacity={0.55} blur={2} style={{ pointerEvents: 'none' }}>
      <Center h="100%">
        <Stack align="center" gap="xs">
          <IconFileImport size={48} color="white" />
          <Text c="white" fz="lg" fw={600}>
            Drop files to import them
          </Text>
          <Text c="white" fz="sm">
            Web pages (.html, .htm), PDFs, plain text (.txt) and Markdown (.md), or whole folders
          </Text>
        </Stack>
      </Center>
    </Overlay>
  );
}
