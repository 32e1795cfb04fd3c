// The job behind `web.capture`: each URL is fetched, extracted and stored in its own transaction
// (article, original, WARC, snapshots, provenance row and audit entry land together or not at all),
// so a bad URL fails alone and never leaves a half-written capture.
import { ContractError } from '../../../shared/contract/errors';
import type { JobProgress } from '../../../shared/contract/methods';
import type { NetworkSetting, WebCaptureResult, WebProvenance } from '../../../shared/contract/webCapture';
import { WebCaptureInput } from '../../../shared/contract/webCapture';
import type { z } from 'zod';
import { captureArticle, type CaptureOutcome } from '../services/articles';
import { recordAudit } from '../services/audit';
import { currentAnalyst, mutate, type Ctx } from '../services/context';
import { sha256Hex } from '../services/hash';
import { extractWeb, limitFor } from './extract';
import { fetchWithProvenance } from './fetch';
import { getNetworkSetting, parseProxy } from './network';
import type { Rendered } from './snapshot';
import { playwrightSnapshotter, type Snapshotter } from './snapshotter';
import { insertCapture, previousCaptureOf, storeOriginal, type StoredSnapshot } from './store';
import { parseCaptureUrl } from './url';

export type CaptureInput = z.output<typeof WebCaptureInput>;

export const TOOL_NAME = 'Casefile';

/** What the host may add that the contract does not carry (tests trust their own certificate; the app renders itself). */
export interface CaptureEnvironment {
  ca?: string[];
  /** Who renders snapshots (the desktop app: its main process); playwright-core's Chromium when unset. */
  snapshotter?: Snapshotter;
}

export function defaultUserAgent(appVersion: string): string {
  return `Mozilla/5.0 (compatible; Casefile/${appVersion}; evidence capture)`;
}

/** A file name for the original: the URL's last path segment, or its host. */
function originalName(url: URL, mediaType: string): string {
  const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '')
    .replace(/[\\/:*?"<>|\0]/g, '_')
    .slice(0, 200);
  const extension = mediaType === 'application/pdf' ? '.pdf' : mediaType === 'text/html' ? '.html' : '.txt';
  const base = last || url.hostname;
  return /\.[a-z0-9]{2,5}$/i.test(base) ? base : `${base}${extension}`;
}

interface OneOutcome {
  outcome: CaptureOutcome;
  previousArticleId: string | null;
  warnings: string[];
}

async function captureOne(
  ctx: Ctx,
  raw: string,
  input: CaptureInput,
  route: NetworkSetting,
  env: CaptureEnvironment,
  signal: AbortSignal,
): Promise<OneOutcome> {
  const start = parseCaptureUrl(raw);
  const analyst = currentAnalyst(ctx);
  const userAgent = input.userAgent ?? defaultUserAgent(ctx.appVersion);
  const timeoutMs = input.timeoutSeconds * 1000;
  const fetched = await fetchWithProvenance(start, {
    route,
    userAgent,
    captureAnyway: input.captureAnyway,
    timeoutMs,
    signal,
    limitFor,
    ca: env.ca,
  });
  const finalUrl = new URL(fetched.facts.finalUrl);
  const extraction = await extractWeb(
    fetched.body,
    fetched.facts.declaredContentType,
    finalUrl.href,
    originalName(finalUrl, 'text/html'),
  );
  const name = originalName(finalUrl, extraction.mediaType);
  const provenance: WebProvenance = {
    ...fetched.facts,
    tool: { name: TOOL_NAME, version: ctx.appVersion, userAgent },
    analyst,
    detectedMediaType: extraction.mediaType,
    warnings: [...fetched.facts.warnings, ...extraction.warnings],
  };
  // warcio is loaded with the first capture, not with every command.
  const { buildWarc } = await import('./warc');
  const warc = await buildWarc(provenance, fetched.body);

  const snapshot: StoredSnapshot = { screenshot: null, pdf: null, note: '' };
  let rendered: Rendered | null = null;
  if (!input.snapshot) snapshot.note = 'No rendered snapshot was asked for: the capture is text-only.';
  else if (extraction.mediaType !== 'text/html')
    snapshot.note = `Rendered snapshots are made of web pages; this response is ${extraction.mediaType}, kept as captured.`;
  else {
    const snapshotter = env.snapshotter ?? playwrightSnapshotter;
    if (!snapshotter.engine().available)
      snapshot.note =
        'No browser engine was found (install Chromium or set CASEFILE_CHROMIUM): the capture is text-only.';
    else {
      try {
        rendered = await snapshotter.render({
          url: finalUrl.href,
          status: fetched.facts.status,
          contentType: fetched.facts.declaredContentType || 'text/html',
          body: fetched.body,
          route,
          userAgent,
          ignoreTlsErrors: input.captureAnyway,
          timeoutMs,
          signal,
        });
        snapshot.screenshot = {
          sha256: sha256Hex(rendered.png),
          size: rendered.png.byteLength,
          width: rendered.width,
          height: rendered.height,
        };
        snapshot.pdf = { sha256: sha256Hex(rendered.pdf), size: rendered.pdf.byteLength };
      } catch (error) {
        if (signal.aborted) throw new ContractError('cancelled', 'Cancelled.');
        snapshot.note = `The browser could not render the page (${(error as Error).message.split('\n')[0]}): the capture is text-only.`;
        provenance.warnings.push(snapshot.note);
      }
    }
  }
  if (signal.aborted) throw new ContractError('cancelled', 'Cancelled.');

  return mutate(ctx, () => {
    const outcome = captureArticle(ctx, {
      bytes: fetched.body,
      mediaType: extraction.mediaType,
      filename: name,
      text: extraction.text,
      captureMethod: 'web',
      extractor: extraction.extractor,
      charset: extraction.charset,
      detected: extraction.detected,
      pageStarts: extraction.pageStarts,
      metadata: { ...input.metadata, url: input.metadata.url || finalUrl.href },
      applyDetected: true,
    });
    if (outcome.duplicateOf) return { outcome, previousArticleId: null, warnings: provenance.warnings };
    const previous = previousCaptureOf(ctx, provenance.requestedUrl, provenance.finalUrl);
    const warcSha = sha256Hex(warc);
    storeOriginal(ctx, warcSha, warc);
    if (rendered && snapshot.screenshot && snapshot.pdf) {
      storeOriginal(ctx, snapshot.screenshot.sha256, rendered.png);
      storeOriginal(ctx, snapshot.pdf.sha256, rendered.pdf);
    }
    insertCapture(ctx, outcome.article.id, provenance, warcSha, snapshot, previous);
    recordAudit(ctx, 'article.webCapture', 'article', outcome.article.id, null, {
      ...provenance,
      warcSha256: warcSha,
      screenshotSha256: snapshot.screenshot?.sha256 ?? null,
      pdfSha256: snapshot.pdf?.sha256 ?? null,
      snapshotNote: snapshot.note,
      previousArticleId: previous,
    });
    return { outcome, previousArticleId: previous, warnings: provenance.warnings };
  });
}

/** The job body of `web.capture`. */
export async function captureUrls(
  ctx: Ctx,
  input: CaptureInput,
  report: (progress: JobProgress) => void,
  signal: AbortSignal,
  env: CaptureEnvironment = {},
): Promise<WebCaptureResult> {
  const route = input.proxy !== undefined ? parseProxy(input.proxy) : getNetworkSetting(ctx);
  currentAnalyst(ctx);
  const result: WebCaptureResult = { captured: [], duplicates: [], failed: [] };
  const urls = [...new Set(input.urls.map((u) => u.trim()).filter(Boolean))];
  for (let i = 0; i < urls.length; i++) {
    if (signal.aborted) break;
    const url = urls[i]!;
    report({ done: i, total: urls.length, current: url, failures: result.failed.length });
    // A slow page is worth watching: say how long it has taken, every second, until it is done.
    const started = Date.now();
    const heartbeat = setInterval(() => {
      report({
        done: i,
        total: urls.length,
        current: `${url} (${Math.round((Date.now() - started) / 1000)} s)`,
        failures: result.failed.length,
      });
    }, 1000);
    try {
      const { outcome, previousArticleId, warnings } = await captureOne(ctx, url, input, route, env, signal);
      const a = outcome.article;
      if (outcome.duplicateOf) result.duplicates.push({ url, id: a.id, sha256: a.originalSha256, title: a.title });
      else
        result.captured.push({ url, id: a.id, sha256: a.originalSha256, title: a.title, previousArticleId, warnings });
    } catch (error) {
      if (signal.aborted) break;
      result.failed.push({ url, error: error instanceof Error ? error.message : String(error) });
    } finally {
      clearInterval(heartbeat);
    }
  }
  report({ done: urls.length, total: urls.length, current: '', failures: result.failed.length });
  return result;
}
