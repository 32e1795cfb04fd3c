// Exports of a case for people and other tools, saved as files (ui/saveExport.tsx: the save dialog
// in the desktop app, a download in the browser host): the report is HTML the app must not render
// in its own origin (and a blob: page would be blocked by the app's CSP).
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileDownload } from '@tabler/icons-react';
import { api } from '../../../api/client';
import { runJobWithProgress } from '../../../ui/jobProgress';
import { showError } from '../../../ui/notify';
import { saveExport, saveJobOutput } from '../../../ui/saveExport';
import { caseFileName } from './importSummary';

type GroupBy = 'date' | 'entity';

/** The analyst's own locale and time zone, for the report's dates and times. */
const analystFormat = () => {
  const { locale, timeZone } = Intl.DateTimeFormat().resolvedOptions();
  return { locale, timeZone };
};

export function CaseExportsMenu({ caseId, title }: { caseId: string; title: string }) {
  const attempt = (what: string, work: () => Promise<void>) => () => {
    work().catch((error: unknown) => showError(error, `The ${what} was not exported`));
  };
  const report = (groupBy: GroupBy) =>
    attempt('report', async () => {
      const { html } = await api.call('cases.report', { id: caseId, groupBy, ...analystFormat() });
      await saveExport(html, caseFileName(title, `report-by-${groupBy}.html`), 'reportHtml');
    });
  const pdf = attempt('PDF report', async () => {
    await saveJobOutput(caseFileName(title, 'report.pdf'), 'reportPdf', (saveTarget) =>
      runJobWithProgress(`Printing the report of “${title}”`, 'cases.reportPdf', {
        id: caseId,
        groupBy: 'date',
        saveTarget,
        ...analystFormat(),
      }),
    );
  });
  const stix = attempt('STIX bundle', async () => {
    const { bundle } = await api.call('cases.exportStix', { id: caseId });
    await saveExport(JSON.stringify(bundle, null, 2), caseFileName(title, 'stix.json'), 'stix');
  });
  const annotations = attempt('annotations', async () => {
    const { annotations: list } = await api.call('excerpts.exportAnnotations', { id: caseId });
    await saveExport(JSON.stringify(list, null, 2), caseFileName(title, 'annotations.jsonld'), 'annotations');
  });
  const csv = (what: 'excerpts' | 'entities') =>
    attempt('CSV', async () => {
      const { csv: text } = await api.call('cases.exportCsv', { id: caseId, what });
      await saveExport(text, caseFileName(title, `${what}.csv`), 'csv');
    });
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={280}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconFileDownload size={14} />}
          rightSection={<IconChevronDown size={12} />}
        >
          Exports
        </Button>
      </Menu.Target>
      <Menu.Dropdown data-testid="case-exports-menu">
        <Menu.Label>Readable report</Menu.Label>
        <Menu.Item onClick={report('date')}>Report (HTML), grouped by date</Menu.Item>
        <Menu.Item onClick={report('entity')}>Report (HTML), grouped by entity</Menu.Item>
        <Menu.Item onClick={pdf}>Report (PDF)</Menu.Item>
        <Menu.Divider />
        <Menu.Label>For other tools</Menu.Label>
        <Menu.Item onClick={stix}>STIX 2.1 bundle (.json)</Menu.Item>
        <Menu.Item onClick={annotations}>W3C Web Annotations (.jsonld)</Menu.Item>
        <Menu.Item onClick={csv('excerpts')}>Excerpts (CSV)</Menu.Item>
        <Menu.Item onClick={csv('entities')}>Entities (CSV)</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
