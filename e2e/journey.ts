import { expect, test as base, type Page, type TestInfo } from 'playwright/test';
import { resetSandbox } from './sandbox-control.js';

/** Where a journey ends, kept as an artifact whether it passed or not. */
async function saveEndScreenshot(page: Page, testInfo: TestInfo): Promise<void> {
  const path = testInfo.outputPath('end.png');
  await page.screenshot({ path });
  await testInfo.attach('end', { path, contentType: 'image/png' });
}

/**
 * One journey per test, each from a clean state: the sandbox back to its seed data, the playground's saved
 * workflow cleared and the demo workflow loaded; a screenshot of the end is attached.
 */
export const test = base.extend({
  page: async ({ page, request }, use, testInfo) => {
    // Monaco and everything else load from the installed packages: no request may leave this machine.
    const offMachine: string[] = [];
    page.on('request', (sent) => {
      const { protocol, hostname } = new URL(sent.url());
      if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1') offMachine.push(sent.url());
    });
    await resetSandbox(request);
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
    await page.getByRole('button', { name: 'Reset to demo' }).click();
    await expect(page.getByRole('complementary', { name: 'Intercom step' })).toBeVisible();
    await use(page);
    await saveEndScreenshot(page, testInfo);
    expect(offMachine, 'requests that left 127.0.0.1').toEqual([]);
  },
});

export { expect };
