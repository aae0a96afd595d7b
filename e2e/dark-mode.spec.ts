import { blockEditor } from './block-editor.js';
import { seriousAxeViolations } from './axe.js';
import { expect, test } from './journey.js';

test('the playground follows a dark system setting: page, canvas, nodes and the block editor', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(17, 19, 24)');
  await expect(page.getByRole('region', { name: 'Workflow canvas' }).locator('.react-flow')).toHaveClass(/\bdark\b/);
  await expect(page.getByRole('group', { name: 'Intercom step Intercom' }).locator('.wb-node')).toHaveCSS('background-color', 'rgb(38, 43, 51)');
  const editorRoot = blockEditor(page).locator('xpath=ancestor::div[contains(@class, "wb-intercom")][1]');
  await expect(editorRoot).toHaveCSS('background-color', 'rgb(22, 24, 29)');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(244, 245, 248)');
  await expect(editorRoot).toHaveCSS('background-color', 'rgb(255, 255, 255)');
});
