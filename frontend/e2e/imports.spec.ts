import { expect as baseExpect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectAccessible, login } from './support/login';

test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 45_000 });

const HEADERS = [
  'Tên chủ thể',
  'Loại hình',
  'Mã số thuế',
  'Người đại diện',
  'Điện thoại',
  'Email',
  'Địa chỉ',
  'Mã huyện',
  'Mã xã',
  'Ngày đăng ký',
];

/**
 * Fresh 10-digit tax codes with their check digit (weights 31 29 23 19 17 13 7 5 3), as the registry checks them:
 * taken from the clock so that a retry on the same database does not meet the rows of the try before.
 */
function taxCodes(count: number): string[] {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const codes: string[] = [];
  for (let n = Date.now() % 900_000_000; codes.length < count; n++) {
    const nine = String(100_000_000 + n);
    const check = 10 - ([...nine].reduce((s, d, i) => s + Number(d) * weights[i], 0) % 11);
    if (check <= 9) codes.push(nine + String(check));
  }
  return codes;
}

/** A workbook as the office saves it, written by e2e/support/xlsx.py (standard library only). */
function workbook(name: string, rows: string[][]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ocop-import-')), name);
  execFileSync('python3', [
    fileURLToPath(new URL('./support/xlsx.py', import.meta.url)),
    path,
    JSON.stringify([HEADERS, ...rows]),
  ]);
  return path;
}

function producer(name: string, tax: string): string[] {
  return [
    name,
    'Hợp tác xã',
    tax,
    'Thạch Thị Sa Rum',
    '0294 3834 567',
    'htx@example.vn',
    'Ấp 4, xã Hòa Ân',
    '845',
    '',
    '01/06/2019',
  ];
}

async function check(page: Page, file: string) {
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
}

test('the office checks a spreadsheet of producers, sees each error by row and column, fixes it and imports it', async ({
  page,
}) => {
  const [goodTax, otherTax] = taxCodes(2);
  const first = `HTX Bánh tét Nhập Excel ${goodTax}`;
  const second = `HTX Cốm dẹp Nhập Excel ${goodTax}`;
  await login(page, 'office', '/imports');
  await expect(page.getByRole('heading', { name: 'Nhập dữ liệu từ Excel' })).toBeVisible();

  // Row 3's tax code is wrong and row 4 has no name: nothing is imported, each error names its row and column.
  await check(
    page,
    workbook('chu-the-loi.xlsx', [producer(first, goodTax), producer(second, '123'), producer('', otherTax)]),
  );
  await expect(page.getByText(/Tệp có \d+ lỗi/)).toBeVisible();
  const errors = page.getByRole('table', { name: 'Lỗi' });
  const badTax = errors.getByRole('row').filter({ hasText: 'C · Mã số thuế' }).filter({ hasText: '123' });
  await expect(badTax.getByRole('cell', { name: '3', exact: true })).toBeVisible();
  const noName = errors.getByRole('row').filter({ hasText: 'A · Tên chủ thể' });
  await expect(noName.getByRole('cell', { name: '4', exact: true })).toBeVisible();
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  await expectAccessible(page);

  // The fixed file is valid, and imports.
  await check(page, workbook('chu-the.xlsx', [producer(first, goodTax), producer(second, otherTax)]));
  await expect(page.getByText('Tệp hợp lệ: có thể nhập.')).toBeVisible();
  await page.getByTestId('import-commit').click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập xong 2 dòng.' })).toBeVisible();

  await page.goto(`/producers?q=${encodeURIComponent(`Nhập Excel ${goodTax}`)}`);
  await expect(page.getByRole('link', { name: first })).toBeVisible();
  await expect(page.getByRole('link', { name: second })).toBeVisible();
});
