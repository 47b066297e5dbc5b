import { expect, test } from '@playwright/test';
import { login } from './support/login';

interface Config {
  apiUrl: string;
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

test('the app is served with its security headers, and logs in, calls the API and renews under its CSP', async ({
  page,
  request,
}) => {
  const config = (await (await request.get('/config.json')).json()) as Config;
  // A client-side route (the public certificate page) is answered by the app with the same headers.
  const headers = (await request.get('/public/certificates/86-29308-001-2026')).headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const csp = headers['content-security-policy'];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain(`connect-src 'self' ${config.apiUrl} ${config.keycloakUrl};`);

  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  await login(page, 'office', '/producers');
  await expect(page.getByRole('link', { name: /Hợp tác xã/ }).first()).toBeVisible();

  // The token has 10 s left (as after 4m50s): the next call renews it first, with the refresh token.
  const key = `oidc.user:${config.keycloakUrl}/realms/${config.realm}:${config.clientId}`;
  await page.evaluate((k) => {
    const user = JSON.parse(sessionStorage.getItem(k)!) as { expires_at: number };
    user.expires_at = Math.floor(Date.now() / 1000) + 10;
    sessionStorage.setItem(k, JSON.stringify(user));
  }, key);
  const renewal = page.waitForRequest(
    (r) =>
      r.url().endsWith('/protocol/openid-connect/token') && (r.postData() ?? '').includes('refresh_token'),
  );
  await page.reload();
  await renewal;
  await expect(page.getByRole('link', { name: /Hợp tác xã/ }).first()).toBeVisible();
  expect(violations).toEqual([]);
});
