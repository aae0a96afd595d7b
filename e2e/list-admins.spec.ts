import { blockEditor, chooseOperation, runFromEditor, treeItem } from './block-editor.js';
import { expect, test } from './journey.js';

test("lists the workspace's admins", async ({ page }) => {
  const editor = blockEditor(page);
  await chooseOperation(editor, 'Admin', 'List admins');
  // Listing admins takes no settings.
  await expect(editor.getByRole('textbox')).toHaveCount(0);

  const outputs = await runFromEditor(editor);
  await expect(treeItem(outputs, 'success: true')).toBeVisible();
  await expect(treeItem(outputs, 'admins: [3 items]')).toBeVisible();
  const admins = outputs.getByRole('treeitem', { name: /^\d: \{\d+ keys\}$/ });
  await expect(admins).toHaveCount(3);
  for (const [index, name] of ['Maya Okafor', 'Lucas Ferreira', 'Priya Raman'].entries()) {
    await admins.nth(index).click();
    await expect(treeItem(outputs, `name: "${name}"`)).toBeVisible();
  }
  await treeItem(outputs, 'name: "Priya Raman"').scrollIntoViewIfNeeded();
});
