import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectAccessible, keepScreenshot, login } from './support/login';
import { choose } from './support/select';

// Runs against the demo data (Trà Vinh 2019): Cầu Kè (845) has producers but no sales contract, so what the office
// records here for "Hợp tác xã Dừa sáp Cầu Kè" is what the Cầu Kè district officer then sees. Each run records its
// own contract and support request under a name of its own, so a second run on the same database passes too.
const RUN = Date.now().toString(36).toUpperCase();

/** After a save or a workflow step: the answer and the next page can take a while on a busy machine. */
const SLOW = { timeout: 60_000 };

// Several steps and two users per test: more time than the default on a busy machine.
test.describe.configure({ timeout: 420_000 });

/** `login`, with more patience for the first page when the machine is busy (the shell can take over 15 s). */
async function signIn(page: Page, username: string, path: string): Promise<void> {
  await login(page, username, path).catch(async (error: unknown) => {
    if (!(await page.locator('#kc-login').isHidden())) throw error;
    await expect(page.getByTestId('user-menu')).toBeVisible({ timeout: 60_000 });
  });
}

async function typeDate(field: Locator, date: string): Promise<void> {
  await field.fill(date);
  await field.press('Tab');
}

async function asUser(browser: Browser, username: string, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username, path);
  return page;
}

test('the office records a sales contract with two lines, sees a line error on its field, activates and completes it', async ({
  page,
}) => {
  await signIn(page, 'office', '/sales-contracts');
  await expect(page.getByRole('heading', { level: 1, name: 'Hợp đồng tiêu thụ sản phẩm' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'HĐ-2019/COOP-TV-07' })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'commerce-sales-contracts');

  await page.getByRole('button', { name: 'Thêm hợp đồng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm hợp đồng tiêu thụ' })).toBeVisible();
  const number = `E2E-${RUN}`;
  await page.getByLabel('Số hợp đồng').fill(number);
  await choose(page, page.getByLabel('Đối tác', { exact: true }), 'Bách Hóa Xanh', 'bach hoa');
  await choose(page, page.getByLabel('Chủ thể bán'), 'Hợp tác xã Dừa sáp Cầu Kè', 'dua sap cau ke');
  await typeDate(page.getByLabel('Ngày ký'), '05/01/2026');
  await typeDate(page.getByLabel('Ngày bắt đầu'), '10/01/2026');

  // Line 1: a quantity with four decimals, which the API refuses (three at most).
  const line1 = page.getByTestId('line-0');
  await choose(page, line1.getByLabel('Sản phẩm'), 'Dừa sáp Cầu Kè');
  await line1.getByLabel('Số lượng').fill('1.2345');
  await line1.getByLabel('Đơn vị tính').fill('trái');
  await line1.getByLabel('Đơn giá (đồng)').fill('45000');

  await page.getByRole('button', { name: 'Thêm dòng sản phẩm' }).click();
  const line2 = page.getByTestId('line-1');
  await choose(page, line2.getByLabel('Sản phẩm'), 'Dừa sáp Cầu Kè');
  await line2.getByLabel('Số lượng').fill('120');
  await line2.getByLabel('Đơn vị tính').fill('thùng');
  await line2.getByLabel('Đơn giá (đồng)').fill('250000');
  await expect(page.getByTestId('line-1-value')).toHaveText('30.000.000 ₫');

  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Thông tin chưa hợp lệ' })).toBeVisible(SLOW);
  // The API's `lines[0].quantity` lands on line 1's quantity, and on no other field.
  await expect(line1.locator('.ant-form-item-explain-error')).toHaveCount(1);
  await expect(line1.locator('.ant-form-item-has-error').getByLabel('Số lượng')).toBeVisible();
  await expect(line2.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await expect(page.locator('.ant-form-item-explain[class*="ant-show-help"]')).toHaveCount(0); // faded in
  await expectAccessible(page);
  await keepScreenshot(page, 'commerce-sales-contract-form-error');

  await line1.getByLabel('Số lượng').fill('500');
  await expect(page.getByTestId('line-0-value')).toHaveText('22.500.000 ₫');
  await expect(page.getByTestId('contract-total')).toHaveText('Giá trị hợp đồng: 52.500.000 ₫');

  // A double click on Save records one contract: both answers (if two were sent) name the same id.
  const created = new Set<number>();
  page.on('response', (response) => {
    if (response.request().method() === 'POST' && /\/api\/v1\/sales-contracts$/.test(response.url()))
      void response
        .json()
        .then((body: { id?: number }) => body.id !== undefined && created.add(body.id))
        .catch(() => undefined);
  });
  await page.getByRole('button', { name: 'Lưu' }).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: `Hợp đồng số ${number}` })).toBeVisible(SLOW);
  expect(created.size).toBe(1);

  await expect(page.getByTestId('contract-total')).toHaveText('52.500.000 ₫');
  const lines = page.locator('.ant-card', { hasText: 'Sản phẩm trong hợp đồng' });
  await expect(lines.getByRole('row', { name: /trái/ })).toContainText('22.500.000 ₫');
  await expect(lines.getByRole('row', { name: /thùng/ })).toContainText('250.000 ₫');
  await expect(page.getByText('Dự thảo').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hoàn thành' })).toHaveCount(0);
  await keepScreenshot(page, 'commerce-sales-contract-draft');

  await page.getByRole('button', { name: 'Kích hoạt' }).click();
  await page.getByRole('dialog').getByLabel('Ghi chú').fill('Hai bên đã ký');
  await page.getByRole('dialog').getByRole('button', { name: 'Kích hoạt' }).click();
  await expect(page.getByText('Đang thực hiện').first()).toBeVisible(SLOW);
  await expect(page.getByRole('button', { name: 'Kích hoạt' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sửa' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Hoàn thành' }).click();
  await expect(page.getByText('Đã hoàn thành').first()).toBeVisible(SLOW);
  await expect(page.getByRole('button', { name: /Kích hoạt|Hoàn thành|Chấm dứt/ })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'Hai bên đã ký' })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'commerce-sales-contract-completed');
});

test('a district officer sees only their district’s contracts and support requests; a request goes approve → start → complete', async ({
  browser,
}) => {
  const officer = await asUser(browser, 'do-cauke', '/sales-contracts');
  await expect(officer.getByRole('heading', { level: 1, name: 'Hợp đồng tiêu thụ sản phẩm' })).toBeVisible();
  await expect(officer.getByRole('row').nth(1)).toBeVisible();
  // The demo's contracts are of Thành phố Trà Vinh, Trà Cú and Duyên Hải: none is shown to Cầu Kè.
  await expect(officer.getByRole('link', { name: 'HĐ-2019/COOP-TV-07' })).toHaveCount(0);
  for (const row of await officer.locator('.ant-table-tbody tr.ant-table-row').all())
    await expect(row).toContainText('Huyện Cầu Kè');

  await officer.getByRole('link', { name: 'Hỗ trợ chủ thể' }).click();
  await expect(officer.getByRole('heading', { level: 1, name: 'Đề nghị hỗ trợ' })).toBeVisible();
  await expect(officer.getByTestId('support-summary')).toContainText('huyện của bạn');
  await expect(officer.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
  for (const row of await officer.locator('.ant-table-tbody tr.ant-table-row').all())
    await expect(row).toContainText('Huyện Cầu Kè');
  await expectAccessible(officer);
  await keepScreenshot(officer, 'support-requests-do-cauke');

  // The district officer records a request of one of their producers…
  await officer.getByRole('button', { name: 'Thêm đề nghị' }).click();
  const dialog = officer.getByRole('dialog');
  await choose(officer, dialog.getByLabel('Chủ thể'), 'Hợp tác xã Dừa sáp Cầu Kè', 'dua sap');
  await choose(officer, dialog.getByLabel('Nội dung hỗ trợ'), 'Tập huấn');
  const description = `Tập huấn bán hàng trực tuyến (E2E ${RUN})`;
  await dialog.getByLabel('Mô tả').fill(description);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(officer.getByRole('heading', { level: 1, name: /Đề nghị hỗ trợ #\d+/ })).toBeVisible(SLOW);
  const requestUrl = new URL(officer.url()).pathname;
  await expect(officer.getByText(description, { exact: true })).toBeVisible();
  // …which only the office approves: the officer has no such button.
  await expect(officer.getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);
  await expect(officer.getByRole('button', { name: 'Từ chối' })).toHaveCount(0);
  await expect(officer.getByRole('button', { name: 'Bắt đầu hỗ trợ' })).toHaveCount(0);

  const office = await asUser(browser, 'office', requestUrl);
  await expect(office.getByText(description, { exact: true })).toBeVisible();
  // Rejecting asks for a reason.
  await office.getByRole('button', { name: 'Từ chối' }).click();
  await office.getByRole('dialog').getByRole('button', { name: 'Từ chối' }).click();
  await expect(office.getByText('Nhập lý do từ chối')).toBeVisible();
  await office.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
  await office.getByRole('button', { name: 'Phê duyệt' }).click();
  await office.getByRole('dialog').getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(office.getByText('Đã duyệt').first()).toBeVisible(SLOW);
  await office.context().close();

  await officer.reload();
  await expect(officer.getByText('Đã duyệt').first()).toBeVisible(SLOW);
  await officer.getByRole('button', { name: 'Bắt đầu hỗ trợ' }).click();
  await officer.getByRole('dialog').getByLabel('Ghi chú').fill('Mở lớp tại xã');
  await officer.getByRole('dialog').getByRole('button', { name: 'Bắt đầu hỗ trợ' }).click();
  await expect(officer.getByText('Đang hỗ trợ').first()).toBeVisible(SLOW);
  await officer.getByRole('button', { name: 'Hoàn thành' }).click();
  await officer.getByRole('dialog').getByRole('button', { name: 'Hoàn thành' }).click();
  await expect(officer.getByText('Đã hoàn thành').first()).toBeVisible(SLOW);
  await expect(
    officer.getByRole('button', { name: /Phê duyệt|Bắt đầu hỗ trợ|Hoàn thành|Từ chối/ }),
  ).toHaveCount(0);
  const steps = officer.getByTestId('support-steps');
  await expect(steps).toContainText('Chờ duyệt');
  await expect(steps).toContainText('Đã duyệt');
  await expect(steps).toContainText('Mở lớp tại xã');
  await expect(steps).toContainText('Đã hoàn thành');
  await expectAccessible(officer);
  await keepScreenshot(officer, 'support-request-done');
  await officer.context().close();
});

test('the office’s partner, trade event and point-of-sale pages are accessible and work', async ({
  page,
}) => {
  await signIn(page, 'office', '/partners');
  await expect(page.getByRole('heading', { level: 1, name: 'Đối tác tiêu thụ' })).toBeVisible();
  await page.getByLabel('Tìm kiếm', { exact: true }).fill('saigon');
  await expect(
    page.getByRole('cell', { name: 'Liên hiệp HTX Thương mại TP. Hồ Chí Minh (Saigon Co.op)', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: /Bách Hóa Xanh/ })).toHaveCount(0);
  await expectAccessible(page);
  await keepScreenshot(page, 'commerce-partners');

  await page.goto('/trade-events');
  await expect(page.getByRole('heading', { level: 1, name: /Hội chợ, triển lãm/ })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'commerce-trade-events');
  await page.getByRole('link', { name: /AgroViet/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /AgroViet/ })).toBeVisible();
  await expect(page.getByText('Chủ thể tham gia', { exact: true })).toBeVisible();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'commerce-trade-event');

  await page.goto('/points-of-sale');
  await expect(page.getByRole('heading', { level: 1, name: 'Điểm bán sản phẩm OCOP' })).toBeVisible();
  await page.getByRole('button', { name: 'Thêm điểm bán' }).click();
  const dialog = page.getByRole('dialog');
  const name = `Cửa hàng OCOP Cầu Kè ${RUN}`;
  await dialog.getByLabel('Tên điểm bán').fill(name);
  await choose(page, dialog.getByLabel('Xã, phường (bản đồ hiện nay)'), 'Xã Cầu Kè', 'xa cau ke');
  await choose(page, dialog.getByLabel('Sản phẩm bày bán'), 'Dừa sáp Cầu Kè', 'dua sap');
  await dialog.getByLabel('Tên điểm bán').click();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toHaveCount(0, SLOW);
  await page.getByLabel('Tìm kiếm', { exact: true }).fill(name);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Xã Cầu Kè');
  await expectAccessible(page);
  await keepScreenshot(page, 'commerce-points-of-sale');
});
