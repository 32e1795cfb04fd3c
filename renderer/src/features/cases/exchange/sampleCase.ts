// The sample case (resources/sample, built from the seed article by scripts/make-sample-case.ts):
// shipped with the renderer as an asset and imported like any case file a teammate sends, so a
// new analyst can see a worked case before capturing their own.
import sampleCaseUrl from '../../../../../resources/sample/seed-walkthrough.casefile.zip?url';
import { showError } from '../../../ui/notify';
import { importCaseFile } from './caseExchange';

export const SAMPLE_CASE_FILE_NAME = 'seed-walkthrough.casefile.zip';

export async function importSampleCase(): Promise<void> {
  try {
    const response = await fetch(sampleCaseUrl);
    if (!response.ok)
      throw new Error(
        `The sample case could not be read (HTTP ${response.status}); the app's files may be incomplete.`,
      );
    await importCaseFile(new File([await response.blob()], SAMPLE_CASE_FILE_NAME, { type: 'application/zip' }));
  } catch (error) {
    showError(error, 'The sample case was not imported');
  }
}
