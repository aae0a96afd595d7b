import { blockEditor, chooseOperation, previewedRequestBody, runButton, runFromEditor, runStatus, treeItem, typeIntoJsonField } from './block-editor.js';
import { expect, test } from './journey.js';

// The sandbox's seed has 25 users: five a page makes five pages.
const query = '{"query": {"field": "role", "operator": "=", "value": "user"}, "pagination": {"per_page": 5}}';

test('searches contacts with a query typed into the JSON editor and shows the results and pages', async ({ page }) => {
  const editor = blockEditor(page);
  await chooseOperation(editor, 'Contact', 'Search contacts');

  await typeIntoJsonField(editor, 'Search query', query);
  // What was typed is what will be sent, and nothing is left to fix.
  await expect(await previewedRequestBody(editor)).toHaveText(JSON.stringify(JSON.parse(query), null, 2));
  await expect(runButton(editor)).toBeEnabled();
  await expect(editor.getByRole('textbox', { name: 'Search query', exact: true })).not.toHaveAttribute('aria-invalid');

  const outputs = await runFromEditor(editor);
  await expect(runStatus(editor)).toHaveText(/^Succeeded in \d+ ms\.$/);
  await expect(treeItem(outputs, 'success: true')).toBeVisible();
  await expect(treeItem(outputs, 'results: [5 items]')).toBeVisible();
  await expect(treeItem(outputs, 'pages: {5 keys}')).toBeVisible();
  await expect(treeItem(outputs, 'page: 1')).toBeVisible();
  await expect(treeItem(outputs, 'per_page: 5')).toBeVisible();
  await expect(treeItem(outputs, 'total_pages: 5')).toBeVisible();
  await expect(treeItem(outputs, 'next: {2 keys}')).toBeVisible();

  // Opening the first result shows a user, as the query asked.
  await outputs.getByRole('treeitem', { name: /^0: \{\d+ keys\}$/ }).click();
  await expect(treeItem(outputs, 'role: "user"')).toBeVisible();
  await treeItem(outputs, 'total_pages: 5').scrollIntoViewIfNeeded();
});
