// The web-capture methods of the contract, kept together so handlers.ts only spreads them in.
import { ContractError } from '../../../shared/contract/errors';
import type { JobRunner } from '../jobs';
import type { Handlers } from '../handlers';
import { playwrightSnapshotter } from './snapshotter';
import { getArticle } from '../services/articles';
import { captureUrls, type CaptureEnvironment } from './captureUrls';
import { exportWarc } from './exportWarc';
import { refuseUnresolvedSaveTarget } from '../export/saveFile';
import { getNetworkSetting, parseProxy, setNetworkSetting } from './network';
import { currentAnalyst } from '../services/context';
import { getWebCapture, readOriginalBytes } from './store';

type WebMethods =
  | 'web.capture'
  | 'web.getCapture'
  | 'web.getNetwork'
  | 'web.setNetwork'
  | 'web.snapshotEngine'
  | 'web.exportWarc'
  | 'web.snapshot';

export function webCaptureHandlers(jobs: JobRunner, env: CaptureEnvironment = {}): Pick<Handlers, WebMethods> {
  return {
    'web.capture': (ctx, input) => {
      // A bad proxy address or a missing analyst is the caller's error: say so now, not in the job.
      if (input.proxy !== undefined) parseProxy(input.proxy);
      currentAnalyst(ctx);
      return jobs.start('web.capture', (report, signal) => captureUrls(ctx, input, report, signal, env));
    },
    'web.getCapture': (ctx, { articleId }) => (getArticle(ctx, articleId), getWebCapture(ctx, articleId)),
    'web.getNetwork': (ctx) => getNetworkSetting(ctx),
    'web.setNetwork': (ctx, input) => setNetworkSetting(ctx, input),
    'web.snapshotEngine': () => (env.snapshotter ?? playwrightSnapshotter).engine(),
    'web.exportWarc': (ctx, input) => {
      refuseUnresolvedSaveTarget(input);
      return exportWarc(ctx, input);
    },
    'web.snapshot': (ctx, { articleId, kind }) => {
      const capture = getWebCapture(ctx, articleId);
      if (!capture)
        throw new ContractError(
          'not_found',
          'This article was not captured from the web, so it has no snapshot or WARC.',
        );
      const stored = kind === 'warc' ? capture.warc : kind === 'screenshot' ? capture.screenshot : capture.pdf;
      if (!stored)
        throw new ContractError(
          'not_found',
          `This capture has no ${kind === 'pdf' ? 'PDF print' : 'screenshot'}: ${capture.snapshotNote}`,
        );
      const bytes = readOriginalBytes(ctx, stored.sha256);
      if (!bytes)
        throw new ContractError(
          'corrupt_library',
          `The ${kind} ${stored.sha256} is missing from the library; run "casefile verify".`,
        );
      const mediaType = kind === 'warc' ? 'application/warc' : kind === 'screenshot' ? 'image/png' : 'application/pdf';
      return { sha256: stored.sha256, mediaType, bytesBase64: bytes.toString('base64') };
    },
  };
}
