import { SAMPLE_CONFIG_NAME } from '../../shared/sample-config.ts';
import { expect, test } from './app.ts';

test('the browser version opened as /?sample starts on the built-in example, like npm start', async ({
  page,
}) => {
  await page.goto('/?sample');
  await expect(page.getByTestId('file-name')).toHaveText(SAMPLE_CONFIG_NAME);
  const rows = page
    .getByRole('table', { name: 'Effective sizing' })
    .locator('tbody tr[data-strategy]');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toHaveAttribute('data-strategy', 'btc_steady');
});
