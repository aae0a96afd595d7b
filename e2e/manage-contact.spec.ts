import { blockEditor, choose, chooseOperation, pasteIntoJsonField, pickReference, runFromEditor, runPanel, stepPanel, treeItem } from './block-editor.js';
import { expect, test } from './journey.js';

// The seeded user Jonas Becker, whom the demo's trigger is about; 9100001 is the seeded VIP tag.
const externalId = 'usr_1002';
const vipAndJonas = `{"query": {"operator": "AND", "value": [{"field": "tag_id", "operator": "=", "value": "9100001"}, {"field": "external_id", "operator": "=", "value": "${externalId}"}]}}`;
const note = 'Asked for a copy of the corrected invoice for the finance team.';

/** Adds an Intercom block from the palette after the selected step; it becomes the selected one. */
async function addIntercomStep(page: Parameters<typeof blockEditor>[0], name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Blocks' }).getByRole('button', { name: /^Intercom/ }).click();
  await expect(stepPanel(page).getByRole('textbox', { name: 'Step name (used in references)' })).toHaveValue(name);
}

test('finds a contact by external id, tags it, notes it, archives it so a search no longer finds it, and unarchives it', async ({ page }) => {
  const editor = blockEditor(page);

  // 1. Find the contact by the external id your own app gave it.
  await chooseOperation(editor, 'Contact', 'Find contact by external ID');
  await editor.getByRole('textbox', { name: 'External ID', exact: true }).fill(externalId);
  const found = await runFromEditor(editor);
  await expect(treeItem(found, 'success: true')).toBeVisible();
  // Top-level outputs are open at first.
  await expect(treeItem(found, 'name: "Jonas Becker"')).toBeVisible();
  await expect(treeItem(found, `external_id: "${externalId}"`)).toBeVisible();

  // 2. Tag it VIP, from the workspace's tags, by reference to the found contact.
  await addIntercomStep(page, 'Intercom2');
  await chooseOperation(editor, 'Contact', 'Add tag to contact');
  await pickReference(editor, 'Contact ID', 'contact.id', 'Intercom.contact.id');
  await expect(editor.getByRole('textbox', { name: 'Contact ID', exact: true })).toHaveValue('<Intercom.contact.id>');
  await choose(editor, 'Tag', 'VIP');

  // 3. A note for the team.
  await addIntercomStep(page, 'Intercom3');
  await chooseOperation(editor, 'Contact', 'Add note to contact');
  await editor.getByRole('textbox', { name: 'Contact ID', exact: true }).fill('<Intercom.contact.id>');
  await editor.getByRole('textbox', { name: 'Note', exact: true }).fill(note);

  // 4. Archive it.
  await addIntercomStep(page, 'Intercom4');
  await chooseOperation(editor, 'Contact', 'Archive contact');
  await editor.getByRole('textbox', { name: 'Contact ID', exact: true }).fill('<Intercom.contact.id>');

  // 5. Search for the VIP with that external id: archived, it is not found.
  await addIntercomStep(page, 'Intercom5');
  const stepName = stepPanel(page).getByRole('textbox', { name: 'Step name (used in references)' });
  await stepName.fill('Search');
  await stepName.press('Enter');
  await expect(page.getByRole('group', { name: 'Intercom step Search', exact: true })).toBeVisible();
  await chooseOperation(editor, 'Contact', 'Search contacts');
  await pasteIntoJsonField(editor, 'Search query', vipAndJonas);
  await expect(editor.getByRole('textbox', { name: 'Search query', exact: true })).not.toHaveAttribute('aria-invalid');

  // 6. Unarchive it (new steps take the first free name: Intercom5 again).
  await addIntercomStep(page, 'Intercom5');
  await chooseOperation(editor, 'Contact', 'Unarchive contact');
  await editor.getByRole('textbox', { name: 'Contact ID', exact: true }).fill('<Intercom.contact.id>');

  await page.getByRole('button', { name: 'Run workflow' }).click();
  for (const step of ['Intercom', 'Intercom2', 'Intercom3', 'Intercom4', 'Search', 'Intercom5']) {
    await expect(page.getByRole('group', { name: `Intercom step ${step}`, exact: true })).toContainText('Succeeded');
  }
  const lastRun = runPanel(editor);
  await expect(lastRun.getByText('The last workflow run succeeded.')).toBeVisible();
  const unarchived = lastRun.getByRole('tree', { name: 'Run outputs' });
  await expect(treeItem(unarchived, 'archived: false')).toBeVisible();

  // The search ran while the contact was archived: it found nothing.
  await page.getByRole('group', { name: 'Intercom step Search', exact: true }).click();
  await expect(stepName).toHaveValue('Search');
  const searched = runPanel(editor).getByRole('tree', { name: 'Run outputs' });
  await expect(treeItem(searched, 'results: [0 items]')).toBeVisible();

  // Run again now, the unarchived contact is found by its tag, with the note on it.
  const again = await runFromEditor(editor);
  await expect(treeItem(again, 'results: [1 item]')).toBeVisible();
  await again.getByRole('treeitem', { name: /^0: \{\d+ keys\}$/ }).click();
  await expect(treeItem(again, `external_id: "${externalId}"`)).toBeVisible();
  await treeItem(again, 'notes: {5 keys}').click();
  await expect(treeItem(again, 'total_count: 1')).toBeVisible();
  await treeItem(again, 'total_count: 1').scrollIntoViewIfNeeded();
});
