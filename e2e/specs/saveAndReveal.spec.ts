// Save and reveal as the desktop app does it, in the browser host: a stand-in for the desktop
// facade advertises native dialogs and revealing, plays the main process's part (the dialog's
// answer is a path in the test's folder) and relays everything to the real backend, which writes
// the file by path. The renderer must hand the export to files.save instead of downloading it, then
// offer "Show in folder" for that file. A case file, which the backend makes as a job, is written
// by the job at the path chosen first (its bytes never reach the page). The browser host's own
// downloads are covered by cases.spec.ts.
import fs from 'node:fs';
import path from 'node:path';
import { invoke } from '../api';
import { expect, test } from '../fixtures';
import { saveScreenshot } from '../screenshot';

test.beforeEach(({ app }) => test.skip(app.kind !== 'web', 'the electron project saves through the real dialog'));
// The stand-in facade is an init script, which a reused page would keep for later tests.
test.use({ ownBrowserContext: true });

test('an export is saved where the dialog says, and can be shown in its folder', async ({
  app,
  page,
  workDir,
}, testInfo) => {
  const chosen = path.join(workDir, 'exports', 'chosen.stix.json');
  const chosenCaseFile = path.join(workDir, 'exports', 'chosen.casefile.zip');
  const created = await invoke(app, 'cases.create', { title: 'Border smuggling' });
  await page.addInitScript(
    ([target, jobTarget]) => {
      const token = sessionStorage.getItem('casefile.token') ?? '';
      const revealed: string[] = [];
      const pageSawBytes: string[] = [];
      const targets = new Map<string, string>();
      Object.assign(window, { revealed, pageSawBytes });
      const relay = (method: string, input: unknown) =>
        fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Casefile-Token': token },
          body: JSON.stringify({ method, input }),
        }).then((r) => r.json());
      Object.defineProperty(window, 'casefile', {
        value: Object.freeze({
          capabilities: Object.freeze({
            host: 'electron',
            nativeDialogs: true,
            revealInFolder: true,
            importByPath: false,
          }),
          async invoke(method: string, input: Record<string, unknown>) {
            // The main process: the dialog answers `target`; the backend writes there.
            if (method === 'files.save') return relay(method, { ...input, path: target });
            // A job's export: the dialog answers `jobTarget`, handed to the job as a one-use target.
            if (method === 'files.chooseSaveTarget') {
              const id = crypto.randomUUID();
              targets.set(id, jobTarget);
              return { ok: true, value: { target: id, path: jobTarget } };
            }
            if (typeof input?.saveTarget === 'string') {
              const { saveTarget, ...rest } = input;
              return relay(method, { ...rest, path: targets.get(saveTarget) });
            }
            if (method === 'jobs.get') {
              const answer = await relay(method, input);
              if (JSON.stringify(answer).includes('bytesBase64":"')) pageSawBytes.push(method);
              return answer;
            }
            if (method === 'files.reveal') {
              revealed.push(String(input.path));
              return Promise.resolve({ ok: true, value: { ok: true } });
            }
            return relay(method, input);
          },
          on: () => () => undefined,
        }),
      });
    },
    [chosen, chosenCaseFile] as const,
  );
  // Changing only the fragment would not load the page again; the stand-in must be there from the start.
  await page.goto(`${app.origin}/#/cases/${created.id}`);
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();

  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByTestId('case-page').getByRole('button', { name: 'Exports' }).click();
  await page.getByTestId('case-exports-menu').getByRole('menuitem', { name: 'STIX 2.1 bundle (.json)' }).click();

  const notice = page.getByRole('alert').filter({ has: page.getByTestId('saved-path') });
  await expect(notice.getByTestId('saved-path')).toHaveText(chosen);
  const bundle = JSON.parse(fs.readFileSync(chosen, 'utf8')) as { type: string; objects: { type: string }[] };
  expect(bundle.type).toBe('bundle');
  expect(bundle.objects.some((o) => o.type === 'report')).toBe(true);
  await saveScreenshot(page, testInfo, 'saved-notice', { folder: 'save-and-reveal', of: notice });

  await notice.getByTestId('reveal-file').click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { revealed: string[] }).revealed))
    .toEqual([chosen]);

  // A case file: the dialog first, then the export job writes it there; the page never holds its bytes.
  await page.getByTestId('case-page').getByRole('button', { name: 'Export case file' }).click();
  const caseNotice = page.getByRole('alert').filter({ hasText: chosenCaseFile });
  await expect(caseNotice.getByTestId('saved-path')).toHaveText(chosenCaseFile);
  expect([...fs.readFileSync(chosenCaseFile).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  expect(await page.evaluate(() => (window as unknown as { pageSawBytes: string[] }).pageSawBytes)).toEqual([]);
  expect(downloaded).toBe(false);
});
