// The browser host refuses calls without its token, and the app makes no request outside its own
// origin (every test checks the latter at teardown; here we prove the check itself works).
import { expect, test } from '../fixtures';

test('a call without the token, or with a wrong one, is refused', async ({ app, page }) => {
  test.skip(app.kind !== 'web', 'The desktop app has no HTTP surface to call.');
  const call = { method: 'library.info', input: {} };
  const fromNode = await fetch(`${app.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(call),
  });
  expect(fromNode.status).toBe(401);
  const wrong = await fetch(`${app.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Casefile-Token': 'not-the-token' },
    body: JSON.stringify(call),
  });
  expect(wrong.status).toBe(401);
  const events = await fetch(`${app.origin}/api/events`);
  expect(events.status).toBe(401);
  // From inside the page too: being same-origin is not enough without the token.
  const inPage = await page.evaluate(async (body) => {
    const response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    return { status: response.status, body: (await response.json()) as { error: { code: string } } };
  }, JSON.stringify(call));
  expect(inPage.status).toBe(401);
  expect(inPage.body.error.code).toBe('unauthorized');
  // And with it, the call works.
  const ok = await fetch(`${app.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Casefile-Token': app.token! },
    body: JSON.stringify(call),
  });
  expect(ok.status).toBe(200);
});

test('the token does not stay in the address bar', async ({ app, page }) => {
  test.skip(app.kind !== 'web', 'Only the browser host uses a token.');
  expect(page.url()).not.toContain('token=');
});

test('a request outside the origin is stopped by the CSP, and the suite’s guard catches what the CSP cannot', async ({
  page,
  offOriginRequests,
}) => {
  // connect-src 'self': the page cannot even send it.
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('https://tracker.example/pixel.gif');
      return 'loaded';
    } catch {
      return 'blocked';
    }
  });
  expect(outcome).toBe('blocked');
  expect(offOriginRequests).toEqual([]);
  // A navigation is not governed by the CSP; the route guard records and aborts it.
  await page.evaluate(() => window.location.assign('https://tracker.example/page'));
  await expect.poll(() => [...offOriginRequests]).toEqual(['https://tracker.example/page']);
  offOriginRequests.length = 0; // caught as intended: do not fail this test at teardown
});
