import { blockEditor, chooseOperation, runButton, stepPanel, treeItem, typeIntoJsonField } from './block-editor.js';
import { expect, test } from './journey.js';

test('a missing required field and invalid JSON each block Run and point to the field', async ({ page }) => {
  const editor = blockEditor(page);
  const problems = editor.getByRole('status').filter({ hasText: /problems? to fix/ });
  const lastRun = stepPanel(page).getByRole('region', { name: 'Last run' });

  // The demo reply without its message.
  const message = editor.getByRole('textbox', { name: 'Message', exact: true });
  await message.fill('');
  await message.blur();
  await expect(message).toHaveAttribute('aria-invalid', 'true');
  await expect(message).toHaveAccessibleDescription(/Message is required/);
  await expect(problems).toHaveText('1 problem to fix.');
  await expect(runButton(editor)).toBeDisabled();
  await expect(runButton(editor)).toHaveAccessibleDescription('Fix the problem above before running.');

  // Run workflow does not send it either, and its error names the field.
  await page.getByRole('button', { name: 'Run workflow' }).click();
  await expect(lastRun.getByRole('heading')).toHaveText('Last run: failed');
  await expect(lastRun.getByRole('treeitem', { name: /^error: / })).toHaveAccessibleName(/The Intercom block is not valid: message: Message is required/);
  await expect(page.getByRole('group', { name: 'Intercom step Intercom' })).toContainText('Failed');

  // A search whose query is not JSON.
  await chooseOperation(editor, 'Contact', 'Search contacts');
  await typeIntoJsonField(editor, 'Search query', '{"query": }');
  const query = editor.getByRole('textbox', { name: 'Search query', exact: true });
  await query.blur();
  await expect(query).toHaveAttribute('aria-invalid', 'true');
  await expect(query).toHaveAccessibleDescription(/Line 1, column \d+: Not valid JSON/);
  await expect(problems).toHaveText('1 problem to fix.');
  await expect(runButton(editor)).toBeDisabled();
  await expect(runButton(editor)).toHaveAccessibleDescription('Fix the problem above before running.');

  await page.getByRole('button', { name: 'Run workflow' }).click();
  await expect(lastRun.getByRole('treeitem', { name: /^error: / })).toHaveAccessibleName(/The Intercom block is not valid: queryJson \(line 1, column \d+\): Not valid JSON/);
  await expect(treeItem(lastRun.getByRole('tree'), 'success: false')).toBeVisible();
  await lastRun.scrollIntoViewIfNeeded();
});
