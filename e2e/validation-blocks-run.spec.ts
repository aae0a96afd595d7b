import { blockEditor, chooseOperation, runButton, typeIntoJsonField } from './block-editor.js';
import { expect, test } from './journey.js';

test('a missing required field and invalid JSON each block Run and point to the field', async ({ page }) => {
  const editor = blockEditor(page);
  const problems = editor.getByRole('status').filter({ hasText: /problems? to fix/ });
  const refusal = page.getByRole('alert').filter({ hasText: 'Run workflow did not start' });
  const node = page.getByRole('group', { name: 'Intercom step Intercom' });

  // The demo reply without its message.
  const message = editor.getByRole('textbox', { name: 'Message', exact: true });
  await message.fill('');
  await message.blur();
  await expect(message).toHaveAttribute('aria-invalid', 'true');
  await expect(message).toHaveAccessibleDescription(/Message is required/);
  await expect(problems).toHaveText('1 problem to fix.');
  await expect(runButton(editor)).toBeDisabled();
  await expect(runButton(editor)).toHaveAccessibleDescription('Fix this before running: Message is required.');
  // The canvas node validates as the editor does: it says so too, never "Ready".
  await expect(node).toContainText('1 problem');

  // Run workflow does not start either, and says which step and what is missing.
  await page.getByRole('button', { name: 'Run workflow' }).click();
  await expect(refusal).toHaveText('Run workflow did not start. Fix this step first: Intercom: Message is required.');
  await expect(node).not.toContainText(/Ready|Failed|Succeeded/);

  // A search whose query is not JSON.
  await chooseOperation(editor, 'Contact', 'Search contacts');
  await typeIntoJsonField(editor, 'Search query', '{"query": }');
  const query = editor.getByRole('textbox', { name: 'Search query', exact: true });
  await query.blur();
  await expect(query).toHaveAttribute('aria-invalid', 'true');
  await expect(query).toHaveAccessibleDescription(/Line 1, column \d+: Not valid JSON/);
  await expect(problems).toHaveText('1 problem to fix.');
  await expect(runButton(editor)).toBeDisabled();
  await expect(runButton(editor)).toHaveAccessibleDescription('Fix this before running: Search query: Not valid JSON.');

  await page.getByRole('button', { name: 'Run workflow' }).click();
  await expect(refusal).toHaveText('Run workflow did not start. Fix this step first: Intercom: Not valid JSON.');
  await expect(node).toContainText('1 problem');
});
