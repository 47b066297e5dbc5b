import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, keepScreenshot, login } from './support/login';

test.setTimeout(300_000); // a long sheet (30-odd criteria) and axe on it take a while on a busy machine

// The demo's open round (scripts/demo_council.py): Cầu Kè's district round of 2025, in scoring, dc-cauke-1 chairing.
const ROUND_NAME = /năm 2025 — Huyện Cầu Kè/;

interface RuntimeConfig {
  apiUrl: string;
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

/** A token of a demo user straight from Keycloak, to ask the API what it computes (the score preview). */
async function apiAs(request: APIRequestContext, username: string) {
  const config = (await (await request.get('/config.json')).json()) as RuntimeConfig;
  const token = await request.post(
    `${config.keycloakUrl}/realms/${config.realm}/protocol/openid-connect/token`,
    {
      form: {
        grant_type: 'password',
        client_id: config.clientId,
        username,
        password: DEMO_PASSWORD,
        scope: 'openid',
      },
    },
  );
  expect(token.ok()).toBeTruthy();
  const { access_token } = (await token.json()) as { access_token: string };
  return {
    post: (path: string, data: unknown) =>
      request.post(`${config.apiUrl}${path}`, { data, headers: { Authorization: `Bearer ${access_token}` } }),
  };
}

/** login(), with more patience for the first page after Keycloak when the machine is busy (CI runs many suites). */
async function signIn(page: Page, username: string, path: string) {
  await login(page, username, path).catch(async () => {
    await expect(page.getByTestId('user-menu')).toBeVisible({ timeout: 60_000 });
  });
}

async function openRound(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Vòng đánh giá của tôi' })).toBeVisible();
  await page.getByRole('link', { name: ROUND_NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: ROUND_NAME })).toBeVisible();
  await expect(page.getByTestId('round-entries').getByRole('row')).not.toHaveCount(1);
}

/** Nothing wider than the screen: the page never scrolls sideways (tables scroll inside themselves). */
async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const el = document.scrollingElement as Element;
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test('dc-cauke-1 scores a Cầu Kè entry of the open round: total and stars, autosave, submit, then read-only', async ({
  page,
  request,
}) => {
  await signIn(page, 'dc-cauke-1', '/council');
  await expectAccessible(page);
  await openRound(page);
  await expectAccessible(page);

  // An entry without a submitted sheet of this member; when a previous run submitted all of them, the chair
  // (dc-cauke-1) reopens their own sheet of the first entry, as a chair may.
  const rows = page.getByTestId('round-entries').locator('tbody tr');
  const open = rows.filter({ hasNotText: 'Đã nộp' });
  const reopenFirst = (await open.count()) === 0;
  const row = reopenFirst ? rows.first() : open.first();
  const product = (await row.locator('td').first().innerText()).trim();
  await row.getByRole('link', { name: product }).click();
  await expect(page.getByRole('heading', { level: 1, name: product })).toBeVisible();

  if (reopenFirst) {
    await expect(page.getByTestId('sheet-locked')).toBeVisible();
    await page.getByTestId('reopen-dc-cauke-1').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Lý do mở lại').fill('Chấm lại trong phiên họp (kiểm thử e2e)');
    await dialog.getByRole('button', { name: 'Mở lại phiếu' }).click();
    await expect(page.getByTestId('sheet-locked')).toBeHidden();
  }
  const start = page.getByRole('button', { name: 'Bắt đầu chấm điểm' });
  await expect(start.or(page.getByTestId('score-summary'))).toBeVisible();
  if (await start.isVisible()) await start.click();

  // One option per criterion: the best one, the second best in every third criterion (a realistic sheet whose
  // star minimums may cap the band: the API's preview below says what it must show).
  const criteria = page.locator('[data-testid^="criterion-"]');
  await expect(criteria.first()).toBeVisible();
  const count = await criteria.count();
  expect(count).toBeGreaterThan(10);
  // Every criterion's options with their points, read in one go.
  const sheet = await criteria.evaluateAll((els) =>
    els.map((c) =>
      Array.from(c.querySelectorAll('[data-testid^="option-"][data-points]')).map(
        (o) =>
          [Number(o.getAttribute('data-testid')!.slice(7)), Number(o.getAttribute('data-points'))] as const,
      ),
    ),
  );
  const chosen: number[] = [];
  let expected = 0;
  for (const [i, options] of sheet.entries()) {
    const ranked = [...options].sort((a, b) => b[1] - a[1]);
    const pick = (i % 3 === 2 && ranked.length > 1 ? ranked[1] : ranked[0])!;
    await page.getByTestId(`option-${pick[0]}`).click();
    chosen.push(pick[0]);
    expected += pick[1];
  }
  await expect(page.getByTestId('sheet-total')).toHaveText(String(expected));
  await expect(page.getByText('Đã chấm đủ các tiêu chí')).toBeVisible();
  // The draft saves itself.
  await expect(page.getByTestId('saved-at')).toContainText('Đã lưu lúc');

  // The client's total and stars are the server's (POST /rubric-sheets/{id}/score-preview).
  const rubricSheetId = await page.evaluate(() => {
    const link = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .find((n) => /\/api\/v1\/rubric-sheets\/\d+$/.test(n));
    return Number(link?.split('/').pop());
  });
  const preview = await (
    await apiAs(request, 'dc-cauke-1')
  ).post(`/api/v1/rubric-sheets/${rubricSheetId}/score-preview`, { optionIds: chosen });
  expect(preview.ok()).toBeTruthy();
  const server = (await preview.json()) as { total: number; stars: number | null };
  expect(server.total).toBe(expected);
  await expect(page.getByTestId('sheet-stars')).toHaveAttribute('data-stars', String(server.stars ?? ''));
  await expect(page.getByTestId('score-summary')).toContainText(`${server.stars} sao`);

  // The README's picture: the live summary (sticky) over the chosen options of part A.
  const above = await page
    .getByTestId('score-summary')
    .evaluate((el) => el.getBoundingClientRect().height + 24);
  await page
    .getByRole('button', { name: /Phần A\./ })
    .evaluate((el, gap) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - gap), above);
  await page.screenshot({ path: 'test-results/screenshots/council-workspace.png' });
  // axe on the summary and headers (the tablet test below checks the whole sheet's options).
  await page.getByRole('button', { name: 'Thu gọn tất cả' }).click();
  await expectAccessible(page);

  await page.getByTestId('score-summary').getByRole('button', { name: 'Nộp phiếu' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText(`Tổng điểm ${expected}`);
  await confirm.getByRole('button', { name: 'Nộp phiếu' }).click();

  // Submitted: locked, every option disabled, no submit button; the council's sheets and spread appear.
  await expect(page.getByTestId('sheet-locked')).toBeVisible();
  await expect(page.locator('input[type="radio"]:not([disabled])')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Nộp phiếu' })).toHaveCount(0);
  await expect(page.getByTestId('council-sheets')).toContainText('Độ phân tán');
  await expect(page.getByTestId('spread')).toContainText(String(expected));
  await keepScreenshot(page, 'council-submitted');

  // Still locked after a reload.
  await page.reload();
  await expect(page.getByTestId('sheet-locked')).toBeVisible();
  await expect(page.locator('input[type="radio"]:not([disabled])')).toHaveCount(0);
  await expect(page.getByTestId('sheet-total')).toHaveText(String(expected));
});

test('the council workspace fits a tablet (1024×768): no horizontal scroll, touch targets of 44 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await signIn(page, 'dc-cauke-2', '/council');
  await expect(page.getByRole('link', { name: ROUND_NAME })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await openRound(page);
  await expectNoHorizontalScroll(page);

  await page.getByTestId('round-entries').locator('tbody tr').first().getByRole('link').click();
  const start = page.getByRole('button', { name: 'Bắt đầu chấm điểm' });
  await expect(start.or(page.getByTestId('score-summary'))).toBeVisible();
  if (await start.isVisible()) await start.click();
  await expect(page.getByTestId('score-summary')).toBeVisible();
  await expectNoHorizontalScroll(page);

  const heights = await page
    .locator('[data-testid^="option-"]')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(10);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
  await expectAccessible(page);
  await keepScreenshot(page, 'council-tablet');
});
