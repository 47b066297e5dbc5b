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
