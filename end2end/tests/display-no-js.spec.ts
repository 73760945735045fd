import { expect, test } from '@playwright/test';
import { LOCALES } from './helpers';

// Display preferences are a plain form the server applies to <html>: they work without
// JavaScript, on the first paint of the next page, in every language.

const DISPLAY = { en: 'Display', es: 'Visualización', ar: 'العرض', 'zh-CN': '显示', vi: 'Hiển thị' };
const TEXT_SIZE = { en: 'Text size', es: 'Tamaño del texto', ar: 'حجم النص', 'zh-CN': '文字大小', vi: 'Cỡ chữ' };
const CONTRAST = { en: 'High contrast', es: 'Alto contraste', ar: 'تباين عالٍ', 'zh-CN': '高对比度', vi: 'Độ tương phản cao' };
const APPLY = { en: 'Apply', es: 'Aplicar', ar: 'تطبيق', 'zh-CN': '应用', vi: 'Áp dụng' };

for (const locale of LOCALES) {
  test(`larger text and high contrast without JavaScript, in ${locale}`, async ({ page }) => {
    await page.goto(`/find-a-doctor?lang=${locale}`);
    const rootSize = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await rootSize();

    const display = page.getByRole('group', { name: DISPLAY[locale] });
    await display.getByLabel(TEXT_SIZE[locale]).selectOption('200');
    await display.getByLabel(CONTRAST[locale]).check();
    await display.getByRole('button', { name: APPLY[locale] }).click();

    // Back on the same page, drawn with the preferences, and the form says what is chosen.
    await expect(page).toHaveURL(new RegExp(`/find-a-doctor\\?lang=${locale}$`));
    await expect(page.locator('html')).toHaveClass('text-200 high-contrast');
    expect(await rootSize()).toBeCloseTo(before * 2, 0);
    await expect(display.getByLabel(TEXT_SIZE[locale])).toHaveValue('200');
    await expect(display.getByLabel(CONTRAST[locale])).toBeChecked();

    // They follow the reader to the next page, and go back to the defaults as easily.
    await page.goto(`/accessibility?lang=${locale}`);
    await expect(page.locator('html')).toHaveClass('text-200 high-contrast');
    await display.getByLabel(TEXT_SIZE[locale]).selectOption('100');
    await display.getByLabel(CONTRAST[locale]).uncheck();
    await display.getByRole('button', { name: APPLY[locale] }).click();
    await expect(page.locator('html')).not.toHaveClass(/text-|high-contrast/);
    expect(await rootSize()).toBeCloseTo(before, 0);
  });
}
