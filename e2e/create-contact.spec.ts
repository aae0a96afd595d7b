import { blockEditor, chooseOperation, pickReference, runPanel, treeItem } from './block-editor.js';
import { expect, test } from './journey.js';

test('creates the finance contact Classify found, with its email and name picked from that output, and shows it as the step output', async ({ page }) => {
  const editor = blockEditor(page);
  await chooseOperation(editor, 'Contact', 'Create contact');

  // Email: the picker's button, then a fuzzy search.
  await pickReference(editor, 'Email', 'billing emai', 'Classify.billing_contact.email');
  await expect(editor.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('<Classify.billing_contact.email>');

  // Name: typing "<" opens the picker in place; Enter inserts the highlighted match.
  const name = editor.getByRole('textbox', { name: 'Name', exact: true });
  await name.click();
  await name.press('<');
  const search = editor.getByRole('combobox', { name: 'Insert a reference into Name', exact: true });
  await expect(search).toBeFocused();
  await search.pressSequentially('billing_contact.name', { delay: 30 });
  await expect(editor.getByRole('option', { selected: true })).toContainText('Classify.billing_contact.name');
  await search.press('Enter');
  await expect(name).toHaveValue('<Classify.billing_contact.name>');

  await page.getByRole('button', { name: 'Run workflow' }).click();

  await expect(page.getByRole('group', { name: 'Intercom step Intercom' })).toContainText('Succeeded');
  // The editor's Run panel shows the workflow's run of this step.
  const lastRun = runPanel(editor);
  await expect(lastRun.getByText('The last workflow run succeeded.')).toBeVisible();
  const outputs = lastRun.getByRole('tree', { name: 'Run outputs' });
  await expect(treeItem(outputs, 'success: true')).toBeVisible();
  await expect(treeItem(outputs, 'email: "finance@kraftwerk-logistics.example"')).toBeVisible();
  await expect(treeItem(outputs, 'name: "Kraftwerk Finance"')).toBeVisible();
  await expect(treeItem(outputs, 'role: "user"')).toBeVisible();
  await lastRun.scrollIntoViewIfNeeded();
});
