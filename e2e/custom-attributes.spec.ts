import { blockEditor, chooseOperation, pasteIntoJsonField, runFromEditor, treeItem } from './block-editor.js';
import { expect, test } from './journey.js';

test('creates a contact with custom attributes the workspace has: a mistyped one is named with the closest before the run', async ({ page }) => {
  const editor = blockEditor(page);
  await chooseOperation(editor, 'Contact', 'Create contact');
  const email = editor.getByRole('textbox', { name: 'Email', exact: true });
  await email.fill('custom.attributes@example.com');

  // The sandbox workspace's attributes come through the proxy: an unknown key is flagged with the closest name.
  await pasteIntoJsonField(editor, 'Custom attributes', '{"plann": "pro", "seats": 4}');
  await expect(editor.getByText(/no custom attribute "plann": Intercom would refuse it\. Did you mean "plan"\?/).first()).toBeVisible({ timeout: 15_000 });

  await pasteIntoJsonField(editor, 'Custom attributes', '{"plan": "pro", "seats": 4}');
  await expect(editor.getByText(/no custom attribute "plann"/)).toHaveCount(0);
  const outputs = await runFromEditor(editor);
  await expect(treeItem(outputs, 'email: "custom.attributes@example.com"')).toBeVisible();
  // Intercom's contact holds them: the tree shows them once opened.
  await treeItem(outputs, 'custom_attributes: {2 keys}').click();
  await expect(treeItem(outputs, 'plan: "pro"')).toBeVisible();
  await expect(treeItem(outputs, 'seats: 4')).toBeVisible();
});
