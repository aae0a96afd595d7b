import { blockEditor, runPanel, treeItem } from './block-editor.js';
import { expect, test } from './journey.js';

// The demo's Classify step suggests this reply; the demo block posts it to the trigger's conversation.
const suggestedReply = 'Thanks for flagging this! I have corrected the VAT number and will send you the new invoice today.';

test("replies to the trigger's conversation and shows the new part in the conversation output", async ({ page }) => {
  const editor = blockEditor(page);
  await expect(editor.getByRole('combobox', { name: 'Operation', exact: true })).toContainText('Reply to conversation');
  await expect(editor.getByRole('textbox', { name: 'Conversation ID', exact: true })).toHaveValue('<Trigger.conversation_id>');
  await expect(editor.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue('<Classify.suggested_reply>');
  await expect(editor.getByRole('combobox', { name: 'Reply as admin', exact: true })).toContainText('Connected admin (Maya Okafor)');

  await page.getByRole('button', { name: 'Run workflow' }).click();

  await expect(page.getByRole('group', { name: 'Intercom step Intercom' })).toContainText('Succeeded');
  // The editor's Run panel shows the workflow's run of this step.
  const lastRun = runPanel(editor);
  await expect(lastRun.getByText('The last workflow run succeeded.')).toBeVisible();
  const outputs = lastRun.getByRole('tree', { name: 'Run outputs' });
  await expect(treeItem(outputs, 'id: "215470000000102"')).toBeVisible();

  // The seeded conversation had three parts; the reply is the fourth, a comment by the connected admin.
  await treeItem(outputs, 'conversation_parts: {3 keys}').click();
  await expect(treeItem(outputs, 'total_count: 4')).toBeVisible();
  await treeItem(outputs, 'conversation_parts: [4 items]').click();
  await outputs.getByRole('treeitem', { name: /^3: \{\d+ keys\}$/ }).click();
  await expect(treeItem(outputs, `body: "<p>${suggestedReply}</p>"`)).toBeVisible();
  await expect(treeItem(outputs, 'part_type: "comment"')).toBeVisible();
  await treeItem(outputs, 'author: {6 keys}').click();
  await expect(treeItem(outputs, 'name: "Maya Okafor"')).toBeVisible();
  await treeItem(outputs, 'name: "Maya Okafor"').scrollIntoViewIfNeeded();
});
