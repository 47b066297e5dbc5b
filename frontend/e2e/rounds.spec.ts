import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, keepScreenshot, login } from './support/login';
import { choose } from './support/select';

// Long journeys through several pages, each checked with axe: more time than the default 90 s on a busy machine.
test.describe.configure({ timeout: 240_000 });
// What follows a save (a round trip to the API, then a re-render) gets a minute on a machine shared by many.
const eventually = expect.configure({ timeout: 60_000 });

/** Confirms the open Popconfirm (antd: the "Có" button of the popover). */
async function confirm(page: Page): Promise<void> {
  await page.locator('.ant-popover:visible').getByRole('button', { name: 'Có' }).click();
}

test('a commune officer of Xã Cầu Kè checks a dossier of a 2026 round and sees its new state', async ({
  page,
}) => {
  await login(page, 'co-cauke', '/dossiers');
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ sản phẩm cấp xã' })).toBeVisible();
  await expect(page.getByText('Phạm vi: Xã Cầu Kè')).toBeVisible();
  // Xã Cầu Kè's dossiers of 2026: the three forwarded to the province and the one of the open second round.
  await expect(page.getByRole('row').filter({ hasText: 'Dừa sáp Cầu Kè' }).first()).toBeVisible();
  // Phường Trà Vinh's producers are not the commune's: their dossiers are not listed.
  for (const other of ['Chả Hoa', 'Bánh Bao chỉ', 'Lạp xưởng'])
    await expect(page.getByRole('row').filter({ hasText: other })).toHaveCount(0);
  await expectAccessible(page);
  await keepScreenshot(page, 'dossiers-list');

  // The dossier of the open round (the forwarded one of the first round cannot change any more).
  const open = page
    .getByRole('row')
    .filter({ hasText: 'Kẹo Đậu Phộng' })
    .filter({ hasNotText: 'Đã chuyển lên cấp tỉnh' });
  await open.getByRole('link', { name: 'Kẹo Đậu Phộng' }).click();
  await eventually(page.getByRole('heading', { level: 1, name: 'Kẹo Đậu Phộng' })).toBeVisible();
  // A second run finds it checked already: the officer checks it again.
  const again = page.getByRole('button', { name: 'Kiểm tra lại' });
  await expect(page.getByRole('button', { name: /Ghi nhận kết quả kiểm tra|Kiểm tra lại/ })).toBeVisible();
  if (await again.isVisible()) await again.click();

  const form = page.getByRole('form', { name: 'Kiểm tra hồ sơ' });
  await form.getByText('Hồ sơ đạt', { exact: true }).click();
  const items = [
    ['Sản phẩm và nguyên liệu có nguồn gốc tại địa phương', 'Đậu phộng mua của nông dân trong xã'],
    ['Sử dụng lao động tại địa phương', '5 lao động là người trong ấp'],
    ['Ý tưởng sản phẩm xuất phát từ cộng đồng địa phương', 'Công thức gia truyền của gia đình'],
    ['Sản phẩm mang bản sắc, đặc trưng của địa phương', 'Đặc sản Cầu Kè'],
  ] as const;
  for (const [item, note] of items) {
    await form.getByRole('checkbox', { name: item }).check();
    await form.getByRole('textbox', { name: `${item} — Ghi chú (căn cứ xác nhận)` }).fill(note);
  }
  await form.getByRole('textbox', { name: 'Ghi chú', exact: true }).fill('Hồ sơ đầy đủ, đã đến thăm cơ sở');
  await expectAccessible(page);
  await keepScreenshot(page, 'dossier-check-form');
  await form.getByRole('button', { name: 'Ghi nhận kết quả kiểm tra' }).click();
  await confirm(page);

  await eventually(page.getByText('Đã ghi nhận kết quả kiểm tra hồ sơ')).toBeVisible();
  await expect(page.getByText('Đạt — chờ chuyển lên tỉnh')).toBeVisible();
  await expect(page.getByText('co-cauke', { exact: true })).toBeVisible();
  await expect(page.getByText('5 lao động là người trong ấp')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kiểm tra lại' })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'dossier-checked');

  // Back on the list, the dossier shows its new state.
  await page.getByRole('link', { name: 'Quay lại' }).click();
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: 'Kẹo Đậu Phộng' })
      .filter({ hasText: 'Đạt — chờ chuyển lên tỉnh' }),
  ).toBeVisible();
});

test('the office creates a round, sets its council, adds a product and starts scoring', async ({ page }) => {
  const name = `Vòng thử nghiệm cấp tỉnh ${Date.now()}`;
  await login(page, 'office-vinhlong', '/rounds');
  await expect(page.getByRole('heading', { level: 1, name: 'Vòng đánh giá, phân hạng' })).toBeVisible();
  await expect(page.getByRole('link', { name: /cấp tỉnh năm 2026 — Tỉnh Vĩnh Long/ })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'rounds-list');

  await page.getByRole('button', { name: 'Tạo vòng đánh giá' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo vòng đánh giá' });
  await dialog.getByLabel('Ngày mở').fill('01/12/2026');
  await dialog.getByLabel('Ngày mở').press('Enter');
  await eventually(dialog.getByText(/DECISION_26_2026/)).toBeVisible();
  await dialog.getByLabel('Hạn kết thúc').fill('30/12/2026');
  await dialog.getByLabel('Hạn kết thúc').press('Enter');
  await choose(page, dialog.getByLabel('Cấp', { exact: true }), 'Cấp tỉnh');
  await choose(page, dialog.getByLabel('Đơn vị hành chính'), 'Tỉnh Vĩnh Long (86)', 'Vĩnh Long');
  await dialog.getByLabel('Tên vòng đánh giá').fill(name);
  await dialog.getByRole('button', { name: 'Lưu' }).click();

  await eventually(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Đang tiếp nhận').first()).toBeVisible();
  // No council yet: scoring cannot start.
  await expect(page.getByRole('button', { name: 'Bắt đầu chấm điểm' })).toBeDisabled();

  await page.getByRole('tab', { name: 'Hội đồng' }).click();
  await page.getByRole('button', { name: 'Sửa hội đồng' }).click();
  const council = page.getByRole('form', { name: 'Sửa hội đồng' });
  await council.getByLabel('Tài khoản 1').fill('pc2');
  await council.getByLabel('Họ và tên 1').fill('Nguyễn Văn Hai');
  await council.getByLabel('Chức vụ 1').fill('Giám đốc Sở Nông nghiệp và Môi trường');
  await council.getByRole('button', { name: 'Thêm thành viên' }).click();
  await council.getByLabel('Tài khoản 2').fill('pc3');
  await council.getByLabel('Họ và tên 2').fill('Trần Thị Ba');
  await council.getByLabel('Chủ tịch 1').check();
  await expectAccessible(page);
  await council.getByRole('button', { name: 'Lưu' }).click();
  await confirm(page);
  await eventually(page.getByText('Đã lưu hội đồng')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'pc3' })).toBeVisible();

  await page.getByRole('tab', { name: 'Sản phẩm tham gia' }).click();
  await page.getByRole('button', { name: 'Thêm sản phẩm' }).click();
  const add = page.getByRole('dialog', { name: 'Thêm sản phẩm vào vòng đánh giá' });
  await add.getByRole('searchbox').fill('banh trung thu');
  await add.getByRole('button', { name: 'Thêm sản phẩm: Bánh trung thu gà quay Jambon' }).click();
  await confirm(page);
  await eventually(page.getByText('Đã thêm sản phẩm')).toBeVisible();
  await expect(add.getByText('Đã có trong vòng')).toBeVisible();
  await add.getByRole('button', { name: 'Đóng' }).first().click();
  await eventually(page.getByRole('cell', { name: 'Bánh trung thu gà quay Jambon' })).toBeVisible();

  await page.getByRole('button', { name: 'Bắt đầu chấm điểm' }).click();
  await confirm(page);
  await eventually(page.getByText('Đang chấm điểm').first()).toBeVisible();
  // Scoring: no more products, no council edits; closing is now offered.
  await expect(page.getByRole('button', { name: 'Thêm sản phẩm' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Kết thúc và chuyển cấp' })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'round-scoring');
});

test('the office opens a rubric version and one of its sheets', async ({ page }) => {
  await login(page, 'office-vinhlong', '/rubrics');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bộ tiêu chí đánh giá, phân hạng' }),
  ).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'rubric-versions');

  await page.getByRole('row').filter({ hasText: 'DECISION_26_2026' }).getByRole('link').first().click();
  await eventually(page.getByText('Căn cứ pháp lý có hiệu lực')).toBeVisible();
  await expect(page.getByText(/26\/2026/).first()).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'rubric-version');

  await page.getByRole('tab', { name: 'Phiếu đánh giá' }).click();
  await page.getByRole('row').nth(1).getByRole('link').click();
  await eventually(page.getByRole('tab', { name: 'Số tiêu chí' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page.getByText('Điều kiện loại')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'rubric-sheet');
});
