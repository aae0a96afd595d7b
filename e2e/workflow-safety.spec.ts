import { blockEditor, chooseOperation, runButton, runPanel, stepPanel, treeItem } from './block-editor.js';
import { seriousAxeViolations } from './axe.js';
import { expect, test } from './journey.js';

test('adding a step leads into its editor; delete and reset can be undone; a bad step name looks invalid; the canvas credits React Flow', async ({ page }) => {
  const canvas = page.getByRole('region', { name: 'Workflow canvas' });
  await expect(canvas.locator('.react-flow__attribution')).toBeVisible();

  // Adding a step moves focus to its editor's first control.
  await page.getByRole('navigation', { name: 'Blocks' }).getByRole('button', { name: /^Intercom/ }).click();
  await expect(blockEditor(page).getByRole('combobox', { name: 'Resource', exact: true })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Intercom step Intercom2' })).toBeVisible();

  // A refused name is kept as typed, described, and styled as invalid.
  const name = stepPanel(page).getByRole('textbox', { name: 'Step name (used in references)' });
  await name.fill('two words');
  await name.press('Enter');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/letters, digits/);
  await expect(name).toHaveCSS('border-top-color', 'rgb(179, 38, 30)');
  await name.fill('Intercom2');
  await name.press('Enter');

  // Delete step takes effect at once and can be undone.
  await stepPanel(page).getByRole('button', { name: 'Delete step' }).click();
  await expect(page.getByRole('group', { name: 'Intercom step Intercom2' })).toHaveCount(0);
  const undo = page.getByRole('status').filter({ hasText: 'Deleted the step Intercom2.' }).getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await undo.click();
  await expect(page.getByRole('group', { name: 'Intercom step Intercom2' })).toBeVisible();

  // So can Reset to demo.
  await page.getByRole('button', { name: 'Reset to demo' }).click();
  await expect(page.getByRole('group', { name: 'Intercom step Intercom2' })).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Reset the workflow to the demo.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('group', { name: 'Intercom step Intercom2' })).toBeVisible();
});

test('a step whose upstream Intercom step has not run says so before Run and runs the steps before it on request', async ({ page }) => {
  const editor = blockEditor(page);
  await page.getByRole('navigation', { name: 'Blocks' }).getByRole('button', { name: /^Intercom/ }).click();
  await chooseOperation(editor, 'Contact', 'Get contact');
  await editor.getByRole('textbox', { name: 'Contact ID', exact: true }).fill('<Intercom.conversation.contacts.contacts[0].id>');
  await expect(runButton(editor)).toBeDisabled();
  await expect(runButton(editor)).toHaveAccessibleDescription(
    'Intercom has not run yet, so the references to it have no value. Run the steps before this one first.',
  );
  expect(await seriousAxeViolations(page)).toEqual([]);

  await runPanel(editor).getByRole('button', { name: 'Run the steps before this one' }).click();
  await expect(page.getByRole('group', { name: 'Intercom step Intercom', exact: true })).toContainText('Succeeded');
  await expect(runButton(editor)).toBeEnabled();
  await runButton(editor).click();
  const outputs = runPanel(editor).getByRole('tree', { name: 'Run outputs' });
  await expect(treeItem(outputs, 'success: true')).toBeVisible();
  await expect(treeItem(outputs, 'email: "jonas.becker@kraftwerk-logistics.example"')).toBeVisible();
});

test('deleting a contact from the panel asks first, and "Don\'t run" sends nothing', async ({ page }) => {
  const editor = blockEditor(page);
  await chooseOperation(editor, 'Contact', 'Delete contact');
  await editor.getByRole('textbox', { name: 'Contact ID', exact: true }).fill('<Trigger.contact.id>');
  await runButton(editor).click();
  const question = runPanel(editor).getByRole('alertdialog', { name: /Delete contact cannot be undone/ });
  await expect(question).toContainText('Run it now against the sandbox?');
  await expect(question.getByRole('button', { name: "Don't run" })).toBeFocused();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(runButton(editor)).toBeFocused();
  await expect(runPanel(editor).getByRole('tree')).toHaveCount(0);
});

test('the whole workflow goes out as a file and comes back in unchanged, and an import says what it found', async ({ page }) => {
  // A <details> element has the group role.
  const file = page.getByRole('group').filter({ has: page.getByText('Workflow import / export', { exact: true }) });
  await page.getByText('Workflow import / export', { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), file.getByRole('button', { name: 'Download' }).click()]);
  const exported = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks as Buffer[]).toString('utf8'));
  const saved = await page.evaluate(() => localStorage.getItem('intercom-block-playground.workflow'));
  expect(JSON.parse(exported)).toEqual(JSON.parse(saved ?? 'null'));

  // Back in, with the reply step renamed: every step returns, as written.
  const renamed = exported.replace('"name": "Intercom"', '"name": "Reply"').replaceAll('<Intercom.', '<Reply.');
  await file.getByRole('textbox', { name: 'Paste a workflow' }).fill(renamed);
  await file.getByRole('button', { name: 'Import workflow' }).click();
  await expect(file.getByRole('status')).toHaveText('Imported 3 steps (1 Intercom block); no problems found.');
  await expect(page.getByRole('group', { name: 'Intercom step Reply' })).toBeVisible();
  const after = await page.evaluate(() => localStorage.getItem('intercom-block-playground.workflow'));
  expect(JSON.parse(after ?? 'null')).toEqual(JSON.parse(renamed));

  // A file that is not a workflow is refused, and says why.
  await file.getByRole('textbox', { name: 'Paste a workflow' }).fill('{"type": "intercom", "config": {}}');
  await file.getByRole('button', { name: 'Import workflow' }).click();
  await expect(file.getByRole('status')).toHaveText('Nothing was imported: fix the problems below.');
  await expect(file.getByRole('list', { name: 'Workflow import problems' })).toHaveText('This is not a workflow: expected { "version": 1, "steps": [...] }.');
  expect(await seriousAxeViolations(page)).toEqual([]);
  // In the rail of icons (narrow windows) the file's contents open beside the rail, and stay usable.
  await page.setViewportSize({ width: 800, height: 600 });
  await expect(file.getByRole('button', { name: 'Import workflow' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});
