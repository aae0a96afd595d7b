import { blockEditor, chooseOperation, pasteIntoJsonField, runFromEditor, treeItem } from './block-editor.js';
import { expect, test } from './journey.js';

// The demo's trigger is a seeded contact writing the seeded conversation: each step finds what it refers to.
test("the demo's trigger contact is in the sandbox, wrote the trigger's conversation, and a search by its email finds it", async ({ page }) => {
  const editor = blockEditor(page);
  const palette = page.getByRole('navigation', { name: 'Blocks' });

  // A search by the trigger's email finds exactly that contact.
  await palette.getByRole('button', { name: /^Intercom/ }).click();
  await chooseOperation(editor, 'Contact', 'Search contacts');
  await pasteIntoJsonField(editor, 'Search query', '{"query": {"field": "email", "operator": "=", "value": "<Trigger.contact.email>"}}');
  const found = await runFromEditor(editor);
  await expect(treeItem(found, 'results: [1 item]')).toBeVisible();
  await found.getByRole('treeitem', { name: /^0: \{\d+ keys\}$/ }).click();
  await expect(treeItem(found, 'id: "65f38f7fc0ffee0000000002"')).toBeVisible();
  await expect(treeItem(found, 'email: "jonas.becker@kraftwerk-logistics.example"')).toBeVisible();

  // The trigger's conversation belongs to that contact.
  await palette.getByRole('button', { name: /^Intercom/ }).click();
  await chooseOperation(editor, 'Conversation', 'Get conversation');
  const conversationId = editor.getByRole('textbox', { name: 'Conversation ID', exact: true });
  await conversationId.fill('<Trigger.conversation_id>');
  const conversation = await runFromEditor(editor);
  await treeItem(conversation, 'contacts: {2 keys}').click();
  await treeItem(conversation, 'contacts: [1 item]').click();
  await conversation.getByRole('treeitem', { name: /^0: \{\d+ keys\}$/ }).click();
  await expect(treeItem(conversation, 'id: "65f38f7fc0ffee0000000002"')).toBeVisible();
});
