import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Chooses `option` in an antd Select (`field`: its combobox), typing `search` first when the options are searched on
 * the server, until the Select shows it: on a busy machine a click can land while the dropdown still opens, or while
 * the server's answer re-renders its options, and choose nothing.
 */
export async function choose(page: Page, field: Locator, option: string, search?: string): Promise<void> {
  const select = field.locator(
    'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  await expect(async () => {
    if (!(await page.locator('.ant-select-dropdown:visible').count())) await field.click();
    if (search) await field.fill(search);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
      .first()
      .click({ timeout: 5_000 });
    await expect(select).toContainText(option, { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
}
