import { expect, test } from '@playwright/test';
import { expectAccessible, login } from './support/login';

test('a district officer logs in through Keycloak, sees the producers of their district and logs out', async ({
  page,
}) => {
  await login(page, 'do-cauke', '/producers');
  await expect(page.getByRole('heading', { level: 1, name: 'Chủ thể OCOP' })).toBeVisible();
  await expect(page.getByText('Phạm vi: Huyện Cầu Kè')).toBeVisible();
  await expect(page.getByRole('row')).not.toHaveCount(1);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.locator('#username')).toBeVisible();
});

test('a clear page, not a blank one, when Keycloak cannot be reached', async ({ page, request }) => {
  const { keycloakUrl } = (await (await request.get('/config.json')).json()) as { keycloakUrl: string };
  await page.route(`${keycloakUrl}/**`, (route) => route.abort('connectionrefused'));
  await page.goto('/producers');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Không kết nối được máy chủ đăng nhập' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thử lại' })).toBeVisible();
});

test('the same page when Keycloak takes the connection but never answers', async ({ page }) => {
  // The request is left pending: only the app's own timeout (requestTimeoutInSeconds, 10 s) ends the wait.
  await page.route('http://localhost:8180/**', () => undefined);
  await page.goto('/producers');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Không kết nối được máy chủ đăng nhập' }),
  ).toBeVisible({ timeout: 20_000 });
});

test('when the session ends in Keycloak, the app asks to log in again and returns to the page', async ({
  page,
}) => {
  await login(page, 'office', '/producers');
  await expect(page.getByRole('link', { name: /Hợp tác xã/ }).first()).toBeVisible();
  // The API refuses the token from now on, as it does once the session is revoked.
  await page.route('**/api/v1/**', (route) =>
    route.fulfill({
      status: 401,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'urn:ocop:problem:unauthorized', title: 'Unauthorized', status: 401 }),
    }),
  );
  await page.getByRole('searchbox').fill('dừa');
  await expect(page.getByRole('heading', { level: 1, name: 'Phiên làm việc đã hết hạn' })).toBeVisible();
  await page.unroute('**/api/v1/**');
  await page.getByRole('button', { name: 'Đăng nhập lại' }).click();
  // Keycloak still has the browser's session (SSO): straight back to the list, with the search kept.
  await expect(page.getByRole('heading', { level: 1, name: 'Chủ thể OCOP' })).toBeVisible();
  await expect(page).toHaveURL(/\/producers\?q=d%E1%BB%ABa|\/producers\?q=dừa/);
});
