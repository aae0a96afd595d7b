import { expect, type Locator, type Page } from 'playwright/test';

// How a user reaches the playground's parts: by role and accessible name, as a screen reader would.

/** The side panel of the selected Intercom step. */
export const stepPanel = (page: Page): Locator => page.getByRole('complementary', { name: 'Intercom step' });

/** The Intercom block editor inside the side panel. */
export const blockEditor = (page: Page): Locator => stepPanel(page).getByRole('group', { name: 'Intercom', exact: true });

/** The editor's Run panel. */
export const runPanel = (editor: Locator): Locator => editor.getByRole('group', { name: 'Run', exact: true });

/** The Run panel's own status line (its output tree has a status of its own, for a copied reference). */
export const runStatus = (editor: Locator): Locator => runPanel(editor).locator(':scope > [role="status"]');

/** The Run button of the editor's Run panel. */
export const runButton = (editor: Locator): Locator => runPanel(editor).getByRole('button', { name: 'Run', exact: true });

/** One row of an output tree, e.g. `email: "jane@example.com"` or `results: [5 items]`. */
export const treeItem = (tree: Locator, text: string): Locator => tree.getByRole('treeitem', { name: text, exact: true });

/** Picks `option` in the select labelled `label` (Resource, Operation, Ticket type, ...). */
export async function choose(editor: Locator, label: string, option: string): Promise<void> {
  const select = editor.getByRole('combobox', { name: label, exact: true });
  await select.click();
  await editor.page().getByRole('option', { name: option, exact: true }).click();
  await expect(select).toContainText(option);
}

/** Picks the block's resource and operation, as a user starting a new block does. */
export async function chooseOperation(editor: Locator, resource: string, operation: string): Promise<void> {
  await choose(editor, 'Resource', resource);
  await choose(editor, 'Operation', operation);
}

/** Waits until the page has rendered twice, so the editor has taken in the last key before the next one. */
async function afterTwoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Focuses a Monaco JSON field's editing element (`div.native-edit-context` in Chromium) and empties it. */
async function clearJsonField(editor: Locator, label: string): Promise<void> {
  const page = editor.page();
  const input = page.getByRole('textbox', { name: label, exact: true });
  await editor.getByRole('code').filter({ has: input }).click();
  await expect(editor.getByRole('textbox', { name: label, exact: true })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
}

/**
 * Replaces a Monaco JSON field's text by typing it key by key, each key after the page has rendered the last
 * one. On a loaded machine, keys sent while the editor was still re-rendering were seen landing out of place
 * (a controlled-value race reported to block-ui), which is not what these journeys are about.
 */
export async function typeIntoJsonField(editor: Locator, label: string, text: string): Promise<void> {
  const page = editor.page();
  await clearJsonField(editor, label);
  for (const key of text) {
    await page.keyboard.type(key);
    await afterTwoFrames(page);
  }
}

/** Replaces a Monaco JSON field's text by pasting it in one edit, as a user pasting a prepared body does. */
export async function pasteIntoJsonField(editor: Locator, label: string, text: string): Promise<void> {
  await clearJsonField(editor, label);
  await editor.page().keyboard.insertText(text);
}

/** The body of the request the block would send, as the editor's Request preview shows it (opened if closed). */
export async function previewedRequestBody(editor: Locator): Promise<Locator> {
  const body = editor.getByLabel('Request body', { exact: true });
  if (!(await body.isVisible())) await editor.getByText('Request preview', { exact: true }).click();
  await expect(body).toBeVisible();
  return body;
}

/** Inserts a reference with the picker opened by the button beside the field, searching for `query`. */
export async function pickReference(editor: Locator, fieldLabel: string, query: string, path: string): Promise<void> {
  await editor.getByRole('button', { name: `Insert a reference into ${fieldLabel}`, exact: true }).click();
  const search = editor.getByRole('combobox', { name: `Insert a reference into ${fieldLabel}`, exact: true });
  await expect(search).toBeFocused();
  await search.pressSequentially(query, { delay: 30 });
  await editor
    .getByRole('listbox', { name: 'Matching outputs' })
    .getByRole('option')
    .filter({ has: editor.page().getByText(path, { exact: true }) })
    .click();
}

/** Runs the block from its editor and waits for the run to end; returns the Run outputs tree. */
export async function runFromEditor(editor: Locator): Promise<Locator> {
  const button = runButton(editor);
  await expect(button).toBeEnabled();
  await button.click();
  const outputs = runPanel(editor).getByRole('tree', { name: 'Run outputs' });
  await expect(outputs).toBeVisible();
  return outputs;
}
