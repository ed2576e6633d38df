import { MIXED, expect, test } from './app.ts';

test.describe('dropping a file in the browser', () => {
  test('opens the dropped config', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Open…' }).first()).toBeVisible();
    const handled = await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      const drop = new DragEvent('drop', { dataTransfer: data, cancelable: true, bubbles: true });
      document.body.dispatchEvent(drop);
      return drop.defaultPrevented;
    }, MIXED);
    expect(handled).toBe(true);
    await expect(page.getByTestId('file-name')).toHaveText('dropped.json');
  });
});
