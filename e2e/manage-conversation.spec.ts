import { blockEditor, choose, chooseOperation, pasteIntoJsonField, pickReference, runFromEditor, runPanel, stepPanel, treeItem } from './block-editor.js';
import { expect, test } from './journey.js';

// "Assigned to nobody" is admin_assignee_id = 0 and team_assignee_id = 0 (integers on conversations).
const unassignedOpen =
  '{"query": {"operator": "AND", "value": [{"field": "open", "operator": "=", "value": true}, {"field": "admin_assignee_id", "operator": "=", "value": 0}, {"field": "team_assignee_id", "operator": "=", "value": 0}]}}';
const note = 'Pricing question for a small studio: billing team, please answer.';

/** Adds an Intercom block from the palette after the selected step; it becomes the selected one. */
async function addIntercomStep(page: Parameters<typeof blockEditor>[0], name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Blocks' }).getByRole('button', { name: /^Intercom/ }).click();
  await expect(stepPanel(page).getByRole('textbox', { name: 'Step name (used in references)' })).toHaveValue(name);
}

test('finds an open conversation assigned to nobody, assigns it to a team with a note, closes it and reads it back', async ({ page }) => {
  const editor = blockEditor(page);

  // 1. Search: the demo's Intercom step becomes a conversation search.
  await chooseOperation(editor, 'Conversation', 'Search conversations');
  await pasteIntoJsonField(editor, 'Search query', unassignedOpen);
  await expect(editor.getByRole('textbox', { name: 'Search query', exact: true })).not.toHaveAttribute('aria-invalid');
  const found = await runFromEditor(editor);
  await expect(treeItem(found, 'success: true')).toBeVisible();
  await expect(treeItem(found, 'results: [1 item]')).toBeVisible();
  await found.getByRole('treeitem', { name: /^0: \{\d+ keys\}$/ }).click();
  const idRow = found.getByRole('treeitem', { name: /^id: "\d+"$/ }).first();
  const conversationId = /^id: "(\d+)"$/.exec((await idRow.textContent()) ?? '')?.[1];
  expect(conversationId, 'the search found a conversation').toBeDefined();
  await expect(treeItem(found, 'admin_assignee_id: 0')).toBeVisible();

  // 2. Assign the first result to the Billing team, with a note, by reference to the search's output.
  await addIntercomStep(page, 'Intercom2');
  await chooseOperation(editor, 'Conversation', 'Assign conversation');
  await pickReference(editor, 'Conversation ID', 'results', 'Intercom.results[0].id');
  await expect(editor.getByRole('textbox', { name: 'Conversation ID', exact: true })).toHaveValue('<Intercom.results[0].id>');
  await choose(editor, 'Assign to', 'Team');
  await choose(editor, 'Assignee', 'Billing');
  await editor.getByRole('textbox', { name: 'Assignment note', exact: true }).fill(note);

  // 3. Close it.
  await addIntercomStep(page, 'Intercom3');
  await chooseOperation(editor, 'Conversation', 'Close conversation');
  await editor.getByRole('textbox', { name: 'Conversation ID', exact: true }).fill('<Intercom.results[0].id>');

  // 4. Read it back.
  await addIntercomStep(page, 'Intercom4');
  await chooseOperation(editor, 'Conversation', 'Get conversation');
  await editor.getByRole('textbox', { name: 'Conversation ID', exact: true }).fill('<Intercom.results[0].id>');

  await page.getByRole('button', { name: 'Run workflow' }).click();
  for (const step of ['Intercom', 'Intercom2', 'Intercom3', 'Intercom4']) {
    await expect(page.getByRole('group', { name: `Intercom step ${step}`, exact: true })).toContainText('Succeeded');
  }
  // Every node stays drawn after the run changed them (React Flow once hid those whose size had not changed).
  const nodes = page.getByRole('region', { name: 'Workflow canvas' }).locator('.react-flow__node');
  await expect(nodes).toHaveCount(6);
  for (const node of await nodes.all()) await expect(node).toBeVisible();
  // The editor's Run panel shows the workflow's run of the selected step, the get.
  const lastRun = runPanel(editor);
  await expect(lastRun.getByText('The last workflow run succeeded.')).toBeVisible();
  const read = lastRun.getByRole('tree', { name: 'Run outputs' });
  await expect(treeItem(read, `id: "${conversationId}"`)).toBeVisible();
  await expect(treeItem(read, 'state: "closed"')).toBeVisible();
  await expect(treeItem(read, 'open: false')).toBeVisible();
  await expect(treeItem(read, 'team_assignee_id: 5100002')).toBeVisible();
  await expect(treeItem(read, 'admin_assignee_id: 0')).toBeVisible();

  // Its last two parts: the assignment with the note, then the close.
  await treeItem(read, 'conversation_parts: {3 keys}').click();
  await treeItem(read, 'conversation_parts: [2 items]').click();
  await read.getByRole('treeitem', { name: /^0: \{\d+ keys\}$/ }).click();
  await expect(treeItem(read, 'part_type: "assignment"')).toBeVisible();
  await expect(treeItem(read, `body: "<p>${note}</p>"`)).toBeVisible();
  await read.getByRole('treeitem', { name: /^1: \{\d+ keys\}$/ }).click();
  await expect(treeItem(read, 'part_type: "close"')).toBeVisible();
  await treeItem(read, 'part_type: "close"').scrollIntoViewIfNeeded();
});
