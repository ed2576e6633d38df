import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { MIXED, enterPrice, expect, openConfig, test } from './app.ts';

/** The part of @axe-core/playwright this spec uses. */
interface AxeResults {
  readonly violations: readonly {
    readonly id: string;
    readonly impact?: string | null;
    readonly nodes: readonly { readonly target: readonly unknown[] }[];
  }[];
}
type AxeBuilder = new (options: { page: Page }) => { analyze(): Promise<AxeResults> };

// Loaded only when installed (npm i -D @axe-core/playwright); until then reported as skipped.
function loadAxe(): AxeBuilder | undefined {
  try {
    const axe = createRequire(import.meta.url)('@axe-core/playwright') as { default: AxeBuilder };
    return axe.default;
  } catch {
    return undefined;
  }
}
const Axe = loadAxe();
const skipReason = 'needs the @axe-core/playwright package (npm i -D @axe-core/playwright).';
if (Axe === undefined) console.warn(`accessibility.spec.ts skipped: ${skipReason}`);

/** Critical and serious violations on the page as it is now, as `rule: nodes` lines. */
async function seriousViolations(page: Page, view: string): Promise<string[]> {
  if (Axe === undefined) return [];
  // A tooltip fading in or out has a contrast of its own at that instant: judge the page settled.
  await page.mouse.move(0, 0);
  await expect(page.locator('.MuiTooltip-popper')).toHaveCount(0);
  const results = await new Axe({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${view}: ${v.id} × ${v.nodes.length} (${JSON.stringify(v.nodes[0]?.target)})`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`every main view has no critical or serious axe-core violation (${theme})`, async ({
    page,
  }) => {
    test.skip(Axe === undefined, skipReason);
    test.setTimeout(90_000);
    await page.addInitScript((t) => localStorage.setItem('spark-config-editor.theme', t), theme);
    await page.goto('/');
    const found = await seriousViolations(page, 'empty state');
    // moderate (risk_based) also sets a fixed amount it does not read: a "not used" row.
    await openConfig(
      page,
      MIXED.replace('"method": "risk_based"', '"method": "risk_based", "fixed_usd_amount": 500'),
    );
    await enterPrice(page);
    found.push(...(await seriousViolations(page, 'global form')));
    await page.locator('#nav-strategy-1').click();
    found.push(...(await seriousViolations(page, 'strategy form')));
    // Inherited values, a "not used" override and fields the search picks out.
    await page.getByRole('textbox', { name: 'Search settings' }).fill('@overridden max_position');
    await page.locator('#nav-strategy-1').click();
    found.push(...(await seriousViolations(page, 'settings search')));
    await page.getByRole('textbox', { name: 'Search settings' }).fill('');
    await page.getByRole('button', { name: 'Split', exact: true }).click();
    await expect(page.locator('.monaco-editor')).toBeVisible();
    found.push(...(await seriousViolations(page, 'split view')));
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    found.push(...(await seriousViolations(page, 'JSON view')));
    await page.getByRole('tab', { name: /Problems/ }).click();
    found.push(...(await seriousViolations(page, 'problems')));
    await page.getByRole('button', { name: 'Form', exact: true }).click();
    await page.getByRole('button', { name: 'Export validated config.json…' }).click();
    // Judged once its entrance is over: a dialog fading in has a contrast of its own.
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.waitForTimeout(500);
    found.push(...(await seriousViolations(page, 'export dialog')));
    expect(found).toEqual([]);
  });
}
