// The network facts and the analyst's route: HTTPS with a certificate made for this test (refused
// when untrusted, recorded when captured anyway, validated when trusted), a SOCKS5 proxy on
// loopback that resolves names itself, and a proxy that is down (the capture fails; nothing goes
// direct). Everything listens on 127.0.0.1 only.
import { X509Certificate } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { WebCaptureInput, type WebCaptureResult } from '../../../shared/contract/webCapture';
import type { Backend } from '../backend';
import { openTestBackend } from '../testing/tempLibrary';
import { captureUrls } from './captureUrls';
import { closedPort, startSocksProxy, startTlsServer, startWebServer } from './testing/loopback';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function capture(backend: Backend, input: Record<string, unknown>): Promise<WebCaptureResult> {
  const { jobId } = await backend.call('web.capture', input as never);
  const state = await backend.jobs.wait(jobId);
  return state.result as WebCaptureResult;
}

describe('HTTPS', () => {
  it('refuses a certificate that fails validation, and records the failure when told to capture anyway', async () => {
    const tls = await startTlsServer();
    stops.push(tls.close);
    const backend = openTestBackend();
    const refused = await capture(backend, { urls: [`${tls.url}/article`] });
    expect(refused.captured).toEqual([]);
    expect(refused.failed[0]!.error).toMatch(
      /the TLS certificate failed validation \(DEPTH_ZERO_SELF_SIGNED_CERT.*capture anyway/,
    );
    expect(tls.requests).toEqual([]);

    const anyway = await capture(backend, { urls: [`${tls.url}/article`], captureAnyway: true });
    const provenance = (await backend.call('web.getCapture', { articleId: anyway.captured[0]!.id }))!;
    expect(provenance.tls).toMatchObject({ authorized: false, authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(provenance.warnings.join(' ')).toMatch(/failed validation .*captured anyway/);
  });

  it('records the protocol and the chain’s subjects, issuers, validity and SHA-256 fingerprints when the certificate is trusted', async () => {
    const tls = await startTlsServer();
    stops.push(tls.close);
    const backend = openTestBackend();
    const input = WebCaptureInput.parse({ urls: [`${tls.url}/redirect/1`] });
    const result = await captureUrls(backend.ctx, input, () => undefined, new AbortController().signal, {
      ca: [tls.certificate],
    });
    expect(result.failed).toEqual([]);
    const provenance = (await backend.call('web.getCapture', { articleId: result.captured[0]!.id }))!;
    const cert = new X509Certificate(tls.certificate);
    expect(provenance.tls).toMatchObject({
      authorized: true,
      authorizationError: '',
      protocol: expect.stringMatching(/^TLSv1\.[23]$/),
    });
    expect(provenance.tls!.certificates[0]).toEqual({
      subject: 'CN=casefile-test.localhost',
      issuer: 'CN=casefile-test.localhost',
      validFrom: cert.validFrom,
      validTo: cert.validTo,
      serialNumber: cert.serialNumber,
      sha256Fingerprint: cert.fingerprint256,
    });
    expect(provenance.hops.map((h) => h.status)).toEqual([302, 301]);
  });
});

describe('the network route', () => {
  it('goes through a SOCKS5 proxy that resolves the name itself, and records the route', async () => {
    const web = await startWebServer();
    const socks = await startSocksProxy();
    stops.push(web.close, socks.close);
    const backend = openTestBackend();
    const port = new URL(web.url).port;
    // A name only the proxy can resolve: a local lookup would fail the capture.
    const result = await capture(backend, {
      urls: [`http://casefile-capture.invalid:${port}/article`],
      proxy: `socks5://127.0.0.1:${socks.port}`,
    });
    expect(result.failed).toEqual([]);
    expect(socks.connects).toEqual([{ host: 'casefile-capture.invalid', port: Number(port), type: 'domain' }]);
    const provenance = (await backend.call('web.getCapture', { articleId: result.captured[0]!.id }))!;
    expect(provenance.route).toEqual({
      mode: 'socks5',
      proxy: `127.0.0.1:${socks.port}`,
      exit: `127.0.0.1:${socks.port}`,
      description: `SOCKS5 proxy 127.0.0.1:${socks.port} (names resolved by the proxy)`,
    });
  });

  it('uses the library’s setting, and fails without going direct when the proxy is down', async () => {
    const web = await startWebServer();
    const socks = await startSocksProxy();
    stops.push(web.close, socks.close);
    const backend = openTestBackend();
    expect(await backend.call('web.getNetwork', {})).toEqual({ mode: 'direct', proxy: '' });
    await backend.call('web.setNetwork', { mode: 'socks5', proxy: `127.0.0.1:${socks.port}` });
    const through = await capture(backend, { urls: [`${web.url}/article`] });
    expect(through.failed).toEqual([]);
    expect(socks.connects).toHaveLength(1);

    const down = await closedPort();
    await backend.call('web.setNetwork', { mode: 'socks5', proxy: `127.0.0.1:${down}` });
    const before = web.requests.length;
    const failed = await capture(backend, { urls: [`${web.url}/changing`] });
    expect(failed.failed[0]!.error).toMatch(
      new RegExp(`through the SOCKS5 proxy 127\\.0\\.0\\.1:${down} .*nothing was fetched directly`),
    );
    expect(web.requests.length).toBe(before);

    const viaHttpProxyDown = await capture(backend, {
      urls: [`${web.url}/changing`],
      proxy: `http://127.0.0.1:${down}`,
    });
    expect(viaHttpProxyDown.failed[0]!.error).toMatch(/through the HTTP proxy .*nothing was fetched directly/);
    expect(web.requests.length).toBe(before);
    const audit = backend.ctx.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'settings.network'")
      .get() as { n: number };
    expect(audit.n).toBe(2);
  });

  it('refuses a proxy address it cannot use', async () => {
    const backend = openTestBackend();
    await expect(
      backend.call('web.capture', { urls: ['http://127.0.0.1:9/'], proxy: 'gopher://127.0.0.1:70' }),
    ).rejects.toThrow(/supports SOCKS5 and HTTP\(S\) proxies, not gopher:/);
    await expect(
      backend.call('web.capture', { urls: ['http://127.0.0.1:9/'], proxy: 'socks5://127.0.0.1' }),
    ).rejects.toThrow(/needs a host and a port/);
    await expect(backend.call('web.setNetwork', { mode: 'socks5', proxy: '' })).rejects.toThrow(/needs HOST:PORT/);
  });
});
