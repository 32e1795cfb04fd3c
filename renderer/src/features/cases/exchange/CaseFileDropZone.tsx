// Dropping a case file (.zip) on the Cases page imports it. Other files keep going to the app-wide
// article import: only a drag that carries a zip is taken here, and then stopped from reaching it.
import { Overlay, Stack, Text } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { useState, type DragEvent, type ReactNode } from 'react';
import { importCaseFile } from './caseExchange';

function carriesZip(e: DragEvent): boolean {
  return Array.from(e.dataTransfer.items).some((i) => i.kind === 'file' && /zip/i.test(i.type));
}

export function CaseFileDropZone({ children }: { children: ReactNode }) {
  const [over, setOver] = useState(false);
  const take = (e: DragEvent) => {
    if (!carriesZip(e)) return false;
    e.preventDefault();
    e.stopPropagation();
    return true;
  };
  return (
    <div
      style={{ position: 'relative', minHeight: '100%' }}
      data-testid="case-file-drop-zone"
      onDragEnter={(e) => take(e) && setOver(true)}
      onDragOver={(e) => {
        if (take(e)) e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        setOver(false);
        const file = Array.from(e.dataTransfer.files).find((f) => /\.zip$/i.test(f.name));
        if (!file) return;
        e.preventDefault();
        e.stopPropagation();
        void importCaseFile(file);
      }}
    >
      {children}
      {over && (
        <Overlay
          backgroundOpacity={0.5}
          blur={1}
          zIndex={300}
          style={{ pointerEvents: 'none', display: 'flex', alignItems: 'center', justifyContent: 'center' }}
        >
          <Stack align="center" gap={4}>
            <IconFileZip size={40} color="white" />
            <Text c="white" fw={600}>
              Drop the case file to import it
            </Text>
          </Stack>
        </Overlay>
      )}
    </div>
  );
}
