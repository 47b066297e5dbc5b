import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectAccessible, keepScreenshot, login } from './support/login';

// Three pages and axe each: generous on a shared, busy machine.
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 45_000 });

const API = process.env.API_URL ?? `http://localhost:${process.env.API_PORT ?? 8080}`;
const TOKEN_URL = `${process.env.KEYCLOAK_URL ?? 'http://localhost:8180'}/realms/ocop/protocol/openid-connect/token`;

/** login() through the Keycloak page; on a busy machine the app may take longer than its 15 s to show the user. */
async function signIn(page: Page, username: string, path: string) {
  try {
    await login(page, username, path);
  } catch {
    await expect(page.getByTestId('user-menu')).toBeVisible();
  }
}

/** A demo user's token through the password grant of ocop-spa (as e2e/tests/support/keycloak.ts does). */
async function token(username: string): Promise<string> {
  const response = await fetch(TOKEN_URL, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'ocop-spa',
      username,
      password: 'demo',
      scope: 'openid',
    }),
  });
  expect(response.ok).toBe(true);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function apiGet<T>(path: string, bearer: string): Promise<T> {
  const response = await fetch(`${API}${path}`, { headers: { Authorization: `Bearer ${bearer}` } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

interface Page_<T> {
  items: T[];
  total: number;
}

/** Today in the province, whatever the machine's time zone. */
function provinceToday(offsetDays = 0): string {
  const now = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

/** An antd Select: open it by its label and pick the option with this text. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
  // The list closes with an animation; axe would see it half-gone.
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
}

function fieldError(page: Page, label: string) {
  return page
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel(label, { exact: true }) })
    .locator('.ant-form-item-explain-error');
}

test('office browses producers → a producer → a product and sees its certifications with expiry badges', async ({
  page,
}) => {
  // A certification of Trà Sâm Đinh Lăng that expires in ten days (created once, kept ten days ahead on each run).
  const office = await token('office');
  const products = await apiGet<Page_<{ id: number; name: string }>>(
    `/api/v1/products?q=${encodeURIComponent('Trà Sâm Đinh Lăng')}`,
    office,
  );
  const product = products.items[0]!;
  const mine = await apiGet<Page_<{ id: number; number: string }>>(
    `/api/v1/certifications?productId=${product.id}&q=E2E-EXPIRING`,
    office,
  );
  const body = JSON.stringify({
    productId: product.id,
    type: 'FOOD_SAFETY',
    number: 'E2E-EXPIRING',
    issuer: 'Sở Y tế tỉnh Trà Vinh',
    issuedOn: provinceToday(-300),
    expiresOn: provinceToday(10),
  });
  const existing = mine.items.find((c) => c.number === 'E2E-EXPIRING');
  if (existing) {
    const current = await fetch(`${API}/api/v1/certifications/${existing.id}`, {
      headers: { Authorization: `Bearer ${office}` },
    });
    const put = await fetch(`${API}/api/v1/certifications/${existing.id}`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${office}`,
        'Content-Type': 'application/json',
        'If-Match': current.headers.get('ETag') ?? '',
      },
      body,
    });
    expect(put.status).toBe(200);
  } else {
    const post = await fetch(`${API}/api/v1/certifications`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${office}`, 'Content-Type': 'application/json' },
      body,
    });
    expect(post.status).toBe(201);
  }

  await signIn(page, 'office', '/producers');
  await expect(page.getByRole('heading', { level: 1, name: 'Chủ thể OCOP' })).toBeVisible();
  await page.getByRole('searchbox').fill('thao moc thanh hien');
  const producerLink = page.getByRole('link', { name: 'Cơ sở Trà Thảo Mộc Thanh Hiền' });
  await expect(producerLink).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('searchbox').fill('');
  await expect(page.getByRole('row')).not.toHaveCount(2);
  await expectAccessible(page);
  await keepScreenshot(page, 'registry-producers-list');

  await page.getByRole('searchbox').fill('Thanh Hiền');
  await producerLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cơ sở Trà Thảo Mộc Thanh Hiền' })).toBeVisible();
  await expect(page.getByText('Xã/phường hiện nay')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'registry-producer-detail');

  await page.getByRole('tab', { name: 'Sản phẩm' }).click();
  await page.getByRole('link', { name: 'Trà Sâm Đinh Lăng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trà Sâm Đinh Lăng' })).toBeVisible();
  await page.getByRole('tab', { name: 'Chứng nhận', exact: true }).click();
  const badges = page.getByTestId('expiry-badge');
  await expect(badges.filter({ hasText: 'Còn hiệu lực' }).first()).toBeVisible();
  await expect(badges.filter({ hasText: /Sắp hết hạn \(còn \d+ ngày\)/ })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'E2E-EXPIRING' })).toContainText('An toàn thực phẩm');
  await expectAccessible(page);
  await keepScreenshot(page, 'registry-product-detail-certifications');

  await page.getByRole('link', { name: 'Chứng nhận', exact: true }).click();
  await choose(page, 'Sắp hết hạn trong', 'Sắp hết hạn trong 30 ngày');
  await expect(page.getByRole('row').filter({ hasText: 'E2E-EXPIRING' })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'registry-certifications-expiring');
});

test('a district officer registers a producer of their district, sees the API refuse a bad tax code on its field, then edits it', async ({
  page,
}) => {
  const name = `Cơ sở thử nghiệm E2E ${Date.now()}`;
  await signIn(page, 'do-cauke', '/producers');
  await page.getByRole('button', { name: 'Thêm mới' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký chủ thể mới' })).toBeVisible();
  await choose(page, 'Loại hình', 'Hộ kinh doanh');
  await page.getByLabel('Tên chủ thể').fill(name);
  await page.getByLabel('Ngày đăng ký').fill('02/05/2024');
  await page.getByLabel('Ngày đăng ký').press('Enter');
  await expect(page.getByLabel('Huyện (khi đăng ký)', { exact: true })).toBeDisabled();
  await choose(page, 'Xã/phường (khi đăng ký)', 'Xã Hòa Ân');
  await page.getByLabel('Mã số thuế').fill('123');
  await page.getByLabel('Điện thoại').fill('0294 3812 345');
  await page.getByRole('button', { name: 'Lưu' }).click();

  await expect(fieldError(page, 'Mã số thuế')).toContainText('10 digits');
  await expect(page.getByRole('alert').first()).toContainText('Thông tin chưa hợp lệ');
  await expectAccessible(page);
  await keepScreenshot(page, 'registry-producer-form-validation');

  await page.getByLabel('Mã số thuế').fill('');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const details = page.locator('.ant-descriptions');
  await expect(details.getByText('Huyện Cầu Kè')).toBeVisible();
  await expect(details.getByText('Xã Hòa Ân')).toBeVisible();

  await page.getByRole('button', { name: 'Sửa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Sửa chủ thể: ${name}` })).toBeVisible();
  await page.getByLabel('Người đại diện').fill('Nguyễn Thị Thử');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(details.getByText('Nguyễn Thị Thử')).toBeVisible();
  await page.getByRole('tab', { name: 'Lịch sử' }).click();
  await expect(page.getByRole('cell', { name: 'Cập nhật' })).toBeVisible();
});

test('do-cauke cannot open a Thành phố Trà Vinh producer: no link to it, and its typed URL shows "Không được phép"', async ({
  page,
}) => {
  const office = await token('office');
  const travinh = await apiGet<Page_<{ id: number; name: string; districtCode: string }>>(
    '/api/v1/producers?districtCode=842&size=1&sort=name',
    office,
  );
  const producer = travinh.items[0]!;
  expect(producer.districtCode).toBe('842');

  await signIn(page, 'do-cauke', '/producers?size=100');
  await expect(page.getByRole('heading', { level: 1, name: 'Chủ thể OCOP' })).toBeVisible();
  await expect(page.getByRole('row')).not.toHaveCount(1);
  await expect(page.locator(`a[href="/producers/${producer.id}"]`)).toHaveCount(0);
  await expect(page.getByRole('link', { name: producer.name })).toHaveCount(0);

  await page.getByRole('link', { name: 'Sản phẩm', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sản phẩm OCOP' })).toBeVisible();
  await expect(page.getByRole('row')).not.toHaveCount(1);
  await expect(page.locator(`a[href="/producers/${producer.id}"]`)).toHaveCount(0);
  await expect(page.getByText(producer.name)).toHaveCount(0);

  await page.getByRole('link', { name: 'Chứng nhận', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chứng nhận, giấy phép' })).toBeVisible();
  await expect(page.locator(`a[href="/producers/${producer.id}"]`)).toHaveCount(0);
  await expect(page.getByText(producer.name)).toHaveCount(0);

  await page.goto(`/producers/${producer.id}`);
  await expect(page.getByText('Không được phép')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sửa' })).toHaveCount(0);
  await page.goto(`/producers/${producer.id}/edit`);
  await expect(page.getByText('Không được phép')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'registry-not-allowed');
});
