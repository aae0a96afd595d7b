import { operationOptions } from '@workflow-blocks/block-core';
import { seedContactIds } from '@workflow-blocks/intercom-sandbox';
import { blockEditor, choose, runButton, runFromEditor, stepPanel, treeItem } from './block-editor.js';
import { expect, test } from './journey.js';

// The reference doc's example (intercom-block-reference.md, section Example), as a user would paste it.
const referenceExample = `{
  "type": "intercom",
  "config": {
    "resource": "contact",
    "operation": "...",
    "role": "user",
    "contactId": "<PreviousStep.field>",
    "perPage": 50,
    "queryJson": "...",
    "conversationId": "<PreviousStep.field>",
    "message": "<PreviousStep.field>",
    "ticketJson": "...",
    "ticketId": "<PreviousStep.field>"
  }
}`;

test("imports the reference doc's example, fixes what validation reports, and runs it", async ({ page }) => {
  const panel = stepPanel(page);
  await panel.getByText('Import / export', { exact: true }).click();
  await panel.getByRole('textbox', { name: /^Paste a block/ }).fill(referenceExample);
  await panel.getByRole('button', { name: 'Import', exact: true }).click();
  // It says what it found: the block, its values, and what is wrong with them.
  await expect(panel.getByText('Imported a contact block (operation "..." is unknown) with 8 values. Found 1 problem to fix in the editor, listed below.')).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Import problems' }).getByRole('listitem')).toHaveText(
    `operation: Operation "..." is not available for contact. Choose one of: ${operationOptions('contact').map((o) => o.value).join(', ')}.`,
  );

  // The editor shows the imported block and the same problem on the Operation field.
  const editor = blockEditor(page);
  const operation = editor.getByRole('combobox', { name: 'Operation', exact: true });
  await expect(editor.getByRole('combobox', { name: 'Resource', exact: true })).toContainText('Contact');
  await expect(operation).toContainText('... (not available)');
  await expect(operation).toHaveAttribute('aria-invalid', 'true');
  await expect(operation).toHaveAccessibleDescription(/Operation "\.\.\." is not available for contact/);
  await expect(runButton(editor)).toBeDisabled();

  // Get contact uses the example's contactId, whose placeholder step does not exist.
  await choose(editor, 'Operation', 'Get contact');
  const contactId = editor.getByRole('textbox', { name: 'Contact ID', exact: true });
  await expect(contactId).toHaveValue('<PreviousStep.field>');
  await expect(contactId).toHaveAttribute('aria-invalid', 'true');
  await expect(contactId).toHaveAccessibleDescription(/No step named "PreviousStep" comes before this block\. Available: Trigger, Classify\./);

  await contactId.fill(seedContactIds.amara);
  await expect(runButton(editor)).toBeEnabled();
  await expect(contactId).not.toHaveAttribute('aria-invalid');
  const outputs = await runFromEditor(editor);
  await expect(treeItem(outputs, 'success: true')).toBeVisible();
  await expect(treeItem(outputs, `id: "${seedContactIds.amara}"`)).toBeVisible();
  await expect(treeItem(outputs, 'name: "Amara Nwosu"')).toBeVisible();
  await expect(treeItem(outputs, 'email: "amara.nwosu@lumenbank.example"')).toBeVisible();
  await outputs.scrollIntoViewIfNeeded();
});
