// The article as captured, beside its extracted text. A web page is shown as the backend sanitised
// it, in an <iframe srcdoc> with an empty `sandbox` (an opaque origin: no script, no forms, no
// popups, no navigation of the app) under a CSP that forbids every fetch, so a captured page can
// neither run code nor tell a tracker it was read (DESIGN rule 4). A PDF is shown as its text, page
// by page; plain text is its own original.
import { Alert, Badge, Box, Group, Loader, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { EVIDENCE_FRAME_CSP } from '../../../../shared/contract/contentSecurityPolicy';
import type { Article } from '../../../../shared/contract/schemas';
import { useCall } from '../../api/hooks';
import { ErrorNotice } from '../../ui/ErrorNotice';
import classes from './OriginalView.module.css';
import { splitPages } from './pages';
import { SaveOriginalButton } from './SaveOriginalButton';
import { articleLabel } from '../../../../shared/domain/untitled';

declare module 'react' {
  // Chromium's CSP Embedded Enforcement: the frame's document must obey this policy too. React
  // passes the attribute through; its types just do not list it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merging requires React's own parameter name
  interface IframeHTMLAttributes<T> {
    csp?: string;
  }
}

type OriginalArticle = Pick<
  Article,
  | 'id'
  | 'title'
  | 'text'
  | 'language'
  | 'textDirection'
  | 'mediaType'
  | 'originalFilename'
  | 'originalSha256'
  | 'pageStarts'
>;

function Toolbar({ article, children }: { article: OriginalArticle; children: React.ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap" px="md" py={6} gap="sm">
      <Group gap={6} wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
        {children}
      </Group>
      <div style={{ flexShrink: 0 }}>
        <SaveOriginalButton article={article} />
      </div>
    </Group>
  );
}

function WebPageOriginal({ article }: { article: OriginalArticle }) {
  const view = useCall('articles.originalView', { id: article.id });
  if (view.error)
    return (
      <ErrorNotice
        error={view.error}
        title="The original page could not be shown"
        onRetry={() => void view.refetch()}
      />
    );
  return (
    <div className={classes.pane}>
      <Toolbar article={article}>
        <IconShieldCheck size={16} color="var(--mantine-color-teal-6)" style={{ flexShrink: 0 }} />
        <Text
          fz="xs"
          c="dimmed"
          truncate
          data-testid="original-note"
          title="Scripts, trackers, forms, frames and remote images are removed; nothing left can run or load anything, and links are not followed."
        >
          {view.data
            ? `Sanitised copy · ${view.data.removedElements} element${view.data.removedElements === 1 ? '' : 's'} removed · nothing in it can run or load`
            : 'Preparing the sanitised copy…'}
        </Text>
      </Toolbar>
      {!view.data ? (
        <Group justify="center" p="xl">
          <Loader size="sm" />
        </Group>
      ) : view.data.html === null ? (
        <Text p="md" fz="sm">
          This original is not a web page.
        </Text>
      ) : (
        <iframe
          key={article.id}
          className={classes.frame}
          title={`Original page: ${articleLabel(article.title, article.originalFilename)}`}
          // Empty on purpose: every restriction applies (no scripts, no same origin, no forms,
          // no popups, no top navigation, no downloads).
          sandbox=""
          csp={EVIDENCE_FRAME_CSP}
          referrerPolicy="no-referrer"
          srcDoc={view.data.html}
          data-testid="original-frame"
        />
      )}
    </div>
  );
}

function PdfOriginal({ article }: { article: OriginalArticle }) {
  const pages = useMemo(() => splitPages(article.text, article.pageStarts), [article.text, article.pageStarts]);
  const dir = article.textDirection === 'ltr' || article.textDirection === 'rtl' ? article.textDirection : 'auto';
  return (
    <div className={classes.pane}>
      <Toolbar article={article}>
        <Text fz="xs" c="dimmed" truncate>
          PDF, {pages.length} page{pages.length === 1 ? '' : 's'}: the text of each page as extracted. Save the original
          to see its layout.
        </Text>
      </Toolbar>
      <ScrollArea style={{ flex: 1, borderTop: '1px solid var(--mantine-color-default-border)' }} type="auto">
        <Stack gap="md" px="xl" py="lg" data-testid="pdf-pages">
          {pages.map((page) => (
            <Paper
              key={page.number}
              withBorder
              p="md"
              component="section"
              aria-label={`Page ${page.number}`}
              data-testid="pdf-page"
            >
              <Badge variant="light" color="gray" mb="xs">
                Page {page.number}
              </Badge>
              <div className={classes.page} lang={article.language || undefined} dir={dir}>
                {page.text.trim() || (
                  <Text span c="dimmed" fz="sm">
                    (no text on this page)
                  </Text>
                )}
              </div>
            </Paper>
          ))}
        </Stack>
      </ScrollArea>
    </div>
  );
}

function TextOriginal({ article }: { article: OriginalArticle }) {
  return (
    <div className={classes.pane}>
      <Toolbar article={article}>
        <Text fz="xs" c="dimmed">
          {article.mediaType}
        </Text>
      </Toolbar>
      <Box p="md">
        <Alert variant="light" color="gray" data-testid="original-note">
          This article was captured from text{article.originalFilename ? ` (${article.originalFilename})` : ''}: the
          original is the text itself, shown in the Text view. Save original… gives you the exact bytes that were
          captured.
        </Alert>
      </Box>
    </div>
  );
}

export function OriginalView({ article }: { article: OriginalArticle }) {
  if (article.mediaType === 'text/html') return <WebPageOriginal article={article} />;
  if (article.mediaType === 'application/pdf') return <PdfOriginal article={article} />;
  return <TextOriginal article={article} />;
}
