import { expect, test, type APIRequestContext } from '@playwright/test';
import { statSync } from 'node:fs';
import { expectAccessible, keepScreenshot, login } from './support/login';
import { choose } from './support/select';

// Several logins and axe runs per test: more than the default 90 s on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** The API the built app talks to (dist/config.json, served beside the app). */
async function apiUrl(request: APIRequestContext): Promise<string> {
  const config = (await (await request.get('/config.json')).json()) as { apiUrl: string };
  return config.apiUrl.replace(/\/$/, '');
}

test('office opens the 2019 annual report, sees the seed figures and downloads the XLSX', async ({
  page,
}) => {
  await login(page, 'office', '/reports/annual');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Báo cáo kết quả Chương trình OCOP năm',
  );
  await choose(page, page.getByRole('combobox', { name: 'Năm báo cáo' }), '2019');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Báo cáo kết quả Chương trình OCOP năm 2019',
  );

  const summary = page.getByTestId('section-summary');
  await expect(summary.locator('.ant-statistic').filter({ hasText: 'Sản phẩm tham gia' })).toContainText(
    '39',
  );

  const stars = page.getByTestId('section-by-stars');
  await expect(stars.getByRole('row', { name: '2 sao 9' })).toBeVisible();
  await expect(stars.getByRole('row', { name: '3 sao 27' })).toBeVisible();
  await expect(stars.getByRole('row', { name: '4 sao 3' })).toBeVisible();

  const districts = page.getByTestId('section-by-district');
  await expect(districts.getByRole('row', { name: '842 Thành phố Trà Vinh 12' })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'annual-report-2019');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải Excel (XLSX)' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/2019.*\.xlsx$/);
  const path = await file.path();
  expect(statSync(path).size).toBeGreaterThan(0);

  // A unit of 2019: Huyện Cầu Kè alone.
  await choose(page, page.getByRole('combobox', { name: 'Đơn vị' }), '845 — Huyện Cầu Kè');
  await expect(page.getByText('Phạm vi: 845 — Huyện Cầu Kè')).toBeVisible();
  await expect(page.getByTestId('section-by-district').getByRole('row')).toHaveCount(2);
});

test('the dashboard draws its charts for the office (whole province)', async ({ page }) => {
  await login(page, 'office', '/?year=2019');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan Chương trình OCOP' })).toBeVisible();
  await expect(page.getByText('Số liệu năm 2019 — toàn tỉnh')).toBeVisible();
  const starsChart = page.getByTestId('widget-stars').getByRole('img');
  await expect(starsChart).toHaveAttribute('aria-label', /2★: 9; 3★: 27; 4★: 3; 5★: 0/);
  await expect(page.getByTestId('widget-places').getByRole('img')).toHaveAttribute(
    'aria-label',
    /Thành phố Trà Vinh: 12/,
  );
  // echarts draws into a canvas once its lazily loaded chunk arrives.
  for (const widget of ['widget-stars', 'widget-places', 'widget-groups', 'widget-trend']) {
    await expect(page.getByTestId(widget).locator('canvas').first()).toBeVisible();
  }
  await expect(page.getByTestId('widget-support')).toBeVisible();
  await expect(page.getByTestId('widget-expiring-certificates')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'dashboard-office');
});

test('the dashboard of a district officer shows Cầu Kè figures only', async ({ page }) => {
  await login(page, 'do-cauke', '/?year=2019');
  await expect(page.getByText('Số liệu năm 2019 — Huyện Cầu Kè')).toBeVisible();
  const places = page.getByTestId('widget-places').getByRole('img');
  await expect(places).toHaveAttribute('aria-label', /Huyện Cầu Kè: 3/);
  await expect(places).not.toHaveAttribute('aria-label', /Thành phố Trà Vinh/);
  await expect(page.getByTestId('widget-stars').getByRole('img')).toHaveAttribute(
    'aria-label',
    /2★: 1; 3★: 3; 4★: 0/,
  );
  await expect(page.getByTestId('widget-stars').locator('canvas').first()).toBeVisible();
  await expect(page.getByTestId('widget-trend').locator('canvas').first()).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'dashboard-do-cauke');
});

test('the public certificate page and the catalogue work without login', async ({ page, request }) => {
  // The code on a label (and in its QR) is the certificate's public code, not the OCOP product code.
  const api = await apiUrl(request);
  const found = (await (
    await request.get(`${api}/api/v1/public/products?q=${encodeURIComponent('Dừa sáp Cầu Kè')}&size=20`)
  ).json()) as { items: { publicCode: string }[] };
  let code: string | undefined;
  for (const p of found.items) {
    const c = (await (await request.get(`${api}/api/v1/public/certificates/${p.publicCode}`)).json()) as {
      productCode: string;
    };
    if (c.productCode === '86-29308-003-2026') code = p.publicCode;
  }
  expect(code, 'certificate 86-29308-003-2026 in the demo data').toBeDefined();

  await page.goto(`/public/certificates/${code}`);
  const card = page.getByTestId('public-certificate');
  await expect(card.getByRole('heading', { name: 'Dừa sáp Cầu Kè' })).toBeVisible();
  await expect(card).toContainText('Hợp tác xã Dừa sáp Cầu Kè');
  await expect(card).toContainText('86-29308-003-2026');
  await expect(card.getByRole('img', { name: '4 sao' })).toBeVisible();
  await expect(card.getByText('Còn hiệu lực', { exact: true })).toBeVisible();
  await expect(card).toContainText('15/11/2029');
  await expect(page.locator('#username')).toHaveCount(0);
  await expectAccessible(page);
  await keepScreenshot(page, 'public-certificate');

  await page.goto('/public/certificates/KHONGCOMA1');
  await expect(page.getByText('Không tìm thấy giấy chứng nhận')).toBeVisible();

  await page.goto('/public/products');
  await expect(page.getByRole('heading', { level: 1, name: 'Sản phẩm OCOP được công nhận' })).toBeVisible();
  await expect(page.getByTestId('public-product').first()).toBeVisible();
  await page
    .getByRole('searchbox', { name: 'Tìm tên sản phẩm (có dấu hoặc không dấu)' })
    .fill('dua sap cau ke');
  await expect(
    page.getByTestId('public-product').filter({ hasText: 'Dừa sáp Cầu Kè' }).first(),
  ).toBeVisible();
  await expect(page).toHaveURL(/q=dua/);
  await expectAccessible(page);
  await keepScreenshot(page, 'public-catalogue');
});

test('office reads decisions and certificates, and may revoke one with a legal reason', async ({ page }) => {
  await login(page, 'office', '/recognition-decisions');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Quyết định công nhận sản phẩm OCOP' }),
  ).toBeVisible();
  await page.getByRole('link', { name: '2680/QĐ-UBND' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quyết định số 2680/QĐ-UBND' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Hết hạn' }).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto('/ocop-certificates?q=dua%20sap%20cau%20ke');
  await page.getByRole('link', { name: '86-29308-003-2026' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Giấy chứng nhận 86-29308-003-2026' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /Mã QR tra cứu/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Thu hồi giấy chứng nhận' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Thu hồi giấy chứng nhận 86-29308-003-2026');
  await dialog.getByRole('button', { name: 'Thu hồi' }).click();
  await expect(dialog.getByText('Chọn lý do thu hồi').last()).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  await keepScreenshot(page, 'certificate-detail');
});

test('a district officer reads certificates but sees no revoke action', async ({ page }) => {
  await login(page, 'do-cauke', '/ocop-certificates');
  await expect(page.getByRole('heading', { level: 1, name: 'Giấy chứng nhận sản phẩm OCOP' })).toBeVisible();
  await page.getByRole('row').nth(1).getByRole('link').click();
  // The list's heading also says "Giấy chứng nhận": wait for the detail page itself.
  await expect(page).toHaveURL(/\/ocop-certificates\/\d+$/);
  await expect(page.getByText('Hạng sao', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thu hồi giấy chứng nhận' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Nhắc hết hạn' })).toHaveCount(0);
});
