import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, INTEGRATOR } from '../support/keycloak.ts';

// A tester in Swagger UI, as the README tells it: Authorize with one of the offered OAuth2 flows, then
// "Try it out" on GET /api/v1/me.

test('a person logs in with authorization code + PKCE and calls GET /api/v1/me', async ({ page }) => {
  await page.goto('/q/swagger-ui');
  const dialog = await openAuthorize(page);
  const flow = dialog.locator('.auth-container', { hasText: 'authorizationCode' });
  await expect(flow.locator('#client_id_authorizationCode')).toHaveValue('ocop-spa');

  const [login] = await Promise.all([page.waitForEvent('popup'), authorize(flow).click()]);
  await login.locator('#username').fill('office');
  await login.locator('#password').fill(DEMO_PASSWORD);
  // Swagger UI closes the window as soon as the redirect comes back: listen before the click, or it may be missed.
  const closed = login.waitForEvent('close');
  await login.locator('#kc-login').click();
  await closed;

  await expect(flow.getByRole('button', { name: 'Remove authorization' })).toBeVisible();
  await flow.locator('button.btn-done').click();

  const me = await tryMe(page);
  await expect(me).toContainText('"username": "office"');
  await expect(me).toContainText('ocop-admin');
});

test('an integrator authorizes with client credentials and calls GET /api/v1/me', async ({ page }) => {
  await page.goto('/q/swagger-ui');
  const dialog = await openAuthorize(page);
  const flow = dialog.locator('.auth-container', { hasText: 'clientCredentials' });
  await flow.locator('#client_id_clientCredentials').fill(INTEGRATOR.clientId);
  await flow.locator('#client_secret_clientCredentials').fill(INTEGRATOR.secret);
  await authorize(flow).click();

  await expect(flow.getByRole('button', { name: 'Remove authorization' })).toBeVisible();
  await flow.locator('button.btn-done').click();

  const me = await tryMe(page);
  await expect(me).toContainText('"integrator"');
});

/** A flow's own Authorize button (its accessible name is "Apply given OAuth2 credentials"). */
function authorize(flow: Locator) {
  return flow.locator('button.authorize');
}

async function openAuthorize(page: Page) {
  await page.locator('button.authorize').click();
  const dialog = page.locator('.dialog-ux .modal-ux');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Expands GET /api/v1/me, runs it and returns its live response, after checking it is a 200. */
async function tryMe(page: Page) {
  const operation = page.locator('.opblock-get', { has: page.locator('[data-path="/api/v1/me"]') });
  await operation.locator('.opblock-summary').click();
  await operation.getByRole('button', { name: 'Try it out' }).click();
  await operation.getByRole('button', { name: 'Execute' }).click();
  const response = operation.locator('.live-responses-table .response');
  await expect(response.locator('.response-col_status')).toHaveText('200');
  return response.locator('.response-col_description');
}
