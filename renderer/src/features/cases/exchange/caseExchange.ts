// Exporting a case file and importing one, from any button, drop or command. The exported bytes
// are saved through ui/saveExport.tsx (the save dialog in the desktop app, a download in the
// browser host); imports read the chosen file's bytes in the page.
import { useSyncExternalStore } from 'react';
import { invalidateAfter } from '../../../api/hooks';
import { fileToBase64 } from '../../../ui/bytes';
import { runJobWithProgress } from '../../../ui/jobProgress';
import { showError, showSuccess } from '../../../ui/notify';
import { saveJobOutput } from '../../../ui/saveExport';
import { caseFileName, type CaseImportResult } from './importSummary';

export async function exportCaseFile(caseId: string, title: string): Promise<void> {
  try {
    let written = { entries: 0, size: 0 };
    const outcome = await saveJobOutput(caseFileName(title), 'caseFile', async (saveTarget) => {
      const result = await runJobWithProgress(`Exporting “${title}”`, 'cases.exportFile', { id: caseId, saveTarget });
      if (result) written = result;
      return result;
    });
    if (outcome && outcome.how !== 'cancelled')
      showSuccess(`${written.entries} entries, ${Math.ceil(written.size / 1024)} KB.`, 'Case file exported');
  } catch (error) {
    showError(error, 'The case file was not exported');
  }
}

// The last import's outcome, shown in the summary dialog until the analyst closes it.
let lastImport: CaseImportResult | null = null;
const listeners = new Set<() => void>();
function setLastImport(result: CaseImportResult | null): void {
  lastImport = result;
  listeners.forEach((fn) => fn());
}

export function useLastImport(): [CaseImportResult | null, () => void] {
  const value = useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    () => lastImport,
  );
  return [value, () => setLastImport(null)];
}

export async function importCaseFile(file: File): Promise<void> {
  if (!/\.zip$/i.test(file.name)) {
    showError(new Error(`${file.name} is not a case file: case files end in .casefile.zip.`), 'Not imported');
    return;
  }
  try {
    const bytesBase64 = await fileToBase64(file);
    const result = await runJobWithProgress(`Importing ${file.name}`, 'cases.importFile', { bytesBase64 });
    if (!result) return;
    await invalidateAfter('cases.importFile');
    setLastImport(result);
  } catch (error) {
    showError(error, `${file.name} was not imported; the library is unchanged`);
  }
}

/** The file picker for "Import case file…". */
export function pickCaseFileToImport(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.zip,application/zip';
  input.dataset.testid = 'case-file-input';
  input.style.display = 'none';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.remove();
    if (file) void importCaseFile(file);
  });
  input.addEventListener('cancel', () => input.remove());
  document.body.append(input);
  input.click();
}
