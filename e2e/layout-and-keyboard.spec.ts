import type { Locator, Page } from 'playwright/test';
import { seriousAxeViolations } from './axe.js';
import { blockEditor, stepPanel } from './block-editor.js';
import { expect, test } from './journey.js';

type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (locator: Locator): Promise<Box> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
};
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const canvas = (page: Page) => page.getByRole('region', { name: 'Workflow canvas' });
const nodes = (page: Page) => page.locator('.react-flow__node');

/** Every node is whole inside the part of the canvas the panel does not cover, and no two overlap. */
async function expectNodesInView(page: Page) {
  await expect(async () => {
    const area = await boxOf(canvas(page));
    const panel = await stepPanel(page).boundingBox();
    const seen = panel ? { ...area, width: Math.min(area.width, panel.x - area.x) } : area;
    const boxes = await Promise.all((await nodes(page).all()).map(boxOf));
    for (const box of boxes) expect(inside(box, seen), `node at ${JSON.stringify(box)} in ${JSON.stringify(seen)}`).toBe(true);
    for (let i = 1; i < boxes.length; i++) expect(overlap(boxes[i - 1]!, boxes[i]!)).toBe(false);
  }).toPass({ timeout: 10_000 });
}

for (const [width, height] of [
  [1440, 900],
  [1024, 700],
  [800, 600],
] as const) {
  test(`at ${width}×${height} the header holds one line, the demo fits the canvas and the panel is usable`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const header = await boxOf(page.getByRole('banner'));
    expect(header.height).toBeLessThan(64);
    await expect(page.getByRole('button', { name: 'Run workflow' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Reset to demo' })).toBeInViewport({ ratio: 1 });
    await expectNodesInView(page);

    const panel = await boxOf(stepPanel(page));
    expect(panel.width).toBeGreaterThanOrEqual(320);
    // A full-height column, not a strip under the canvas (it was 107 px at 800×600).
    expect(panel.height).toBeGreaterThanOrEqual(height * 0.7);
    // The reference picker of the Message field opens whole in view.
    const editor = blockEditor(page);
    await editor.getByRole('button', { name: 'Insert a reference into Message', exact: true }).click();
    const list = editor.getByRole('listbox');
    await expect(list).toBeVisible();
    await expect(list).toBeInViewport({ ratio: 1 });
    // A search with more matches makes the list taller: it stays whole in view.
    await page.keyboard.type('Classify');
    await expect(list.getByRole('option')).not.toHaveCount(0);
    await expect(list).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Escape');

    // The workflow file (an icon in the narrow rail) opens whole in view.
    await page.locator('summary', { hasText: 'Workflow import / export' }).click();
    const paste = page.getByRole('textbox', { name: 'Paste a workflow' });
    await expect(paste).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Download' })).toBeInViewport({ ratio: 1 });
  });
}

test('adding steps re-fits the canvas: each new step in view beside the panel, none overlapping', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  for (let added = 0; added < 3; added++) {
    await page.getByRole('button', { name: /^Intercom/ }).first().click();
    await expect(nodes(page)).toHaveCount(4 + added);
    await expectNodesInView(page);
  }
});

test('canvas nodes show keyboard focus, edges take none, and Run keeps focus after a keyboard run', async ({ page }) => {
  const node = page.locator('.react-flow__node[data-id="intercom-1"]');
  await node.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(node).toBeFocused();
  const outline = await node.evaluate((element) => getComputedStyle(element).outlineStyle + ' ' + getComputedStyle(element).outlineWidth);
  expect(outline).toMatch(/^solid [1-9]/);
  await expect(page.locator('.react-flow__edge[tabindex="0"]')).toHaveCount(0);

  const editor = blockEditor(page);
  await editor.getByRole('combobox', { name: 'Operation', exact: true }).click();
  await expect(page.getByRole('listbox', { name: 'Operation' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Run', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('tree', { name: 'Run outputs' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeFocused();
});
