import type { Page } from 'playwright/test';
import { blockEditor, choose, chooseOperation, pasteIntoJsonField, pickReference, runFromEditor, stepPanel, treeItem } from './block-editor.js';
import { expect, test } from './journey.js';

// The sandbox's "Bug report" type asks for a title and a severity (list options 5003 "High", 5004 "Critical").
const ticketBody = '{"contacts": [{"email": "<Trigger.contact.email>"}], "ticket_attributes": {"_default_title_": "Export to CSV drops the VAT column", "severity": "5003"}}';
const byTitle = '{"query": {"field": "title", "operator": "~", "value": "VAT column"}}';

/** Adds an Intercom block from the palette after the selected step; it becomes the selected one. */
async function addIntercomStep(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Blocks' }).getByRole('button', { name: /^Intercom/ }).click();
  await expect(stepPanel(page).getByRole('textbox', { name: 'Step name (used in references)' })).toHaveValue(name);
}

test('creates a ticket, moves it to a state of its type with a new severity, replies, finds it by search and reads it back', async ({ page }) => {
  const editor = blockEditor(page);
  await chooseOperation(editor, 'Ticket', 'Create ticket');
  await pasteIntoJsonField(editor, 'Ticket', ticketBody);
  await choose(editor, 'Ticket type', 'Bug report');
  const created = await runFromEditor(editor);
  await expect(treeItem(created, 'success: true')).toBeVisible();

  // Update it: once the editor knows the ticket's type, the state picker offers only that type's states.
  await addIntercomStep(page, 'Intercom2');
  await chooseOperation(editor, 'Ticket', 'Update ticket');
  await pickReference(editor, 'Ticket ID', 'ticket.id', 'Intercom.ticket.id');
  await choose(editor, 'Ticket state', 'In progress');
  await pasteIntoJsonField(editor, 'Ticket attributes', '{"severity": "5004"}');
  const updated = await runFromEditor(editor);
  await expect(treeItem(updated, 'success: true')).toBeVisible();

  // A note for the team on the ticket.
  await addIntercomStep(page, 'Intercom3');
  await chooseOperation(editor, 'Ticket', 'Reply to ticket');
  await editor.getByRole('textbox', { name: 'Ticket ID', exact: true }).fill('<Intercom.ticket.id>');
  await editor.getByRole('textbox', { name: 'Reply', exact: true }).fill('Reproduced on 4.2; engineering has it.');
  await choose(editor, 'Reply type', 'Note');
  const replied = await runFromEditor(editor);
  await expect(treeItem(replied, 'success: true')).toBeVisible();
  await expect(treeItem(replied, 'part_type: "note"')).toBeVisible();

  // The title search finds it.
  await addIntercomStep(page, 'Intercom4');
  await chooseOperation(editor, 'Ticket', 'Search tickets');
  await pasteIntoJsonField(editor, 'Search query', byTitle);
  const found = await runFromEditor(editor);
  await expect(treeItem(found, 'results: [1 item]')).toBeVisible();

  // Read back: the state and the severity the update set.
  await addIntercomStep(page, 'Intercom5');
  await chooseOperation(editor, 'Ticket', 'Get ticket');
  await editor.getByRole('textbox', { name: 'Ticket ID', exact: true }).fill('<Intercom.ticket.id>');
  const fetched = await runFromEditor(editor);
  await expect(treeItem(fetched, 'success: true')).toBeVisible();
  await fetched.getByRole('treeitem', { name: /^ticket_state: \{\d+ keys\}$/ }).click();
  await expect(treeItem(fetched, 'internal_label: "In progress"')).toBeVisible();
  await fetched.getByRole('treeitem', { name: /^ticket_attributes: \{\d+ keys\}$/ }).click();
  await expect(treeItem(fetched, 'severity: "5004"')).toBeVisible();
});

test('sets an admin away and reads the away mode back with Get admin', async ({ page }) => {
  const editor = blockEditor(page);
  await chooseOperation(editor, 'Admin', 'Set admin away');
  await choose(editor, 'Admin', 'Lucas Ferreira (lucas.ferreira@northwind.example)');
  await choose(editor, 'Away mode', 'On');
  const away = await runFromEditor(editor);
  await expect(treeItem(away, 'away_mode_enabled: true')).toBeVisible();

  await addIntercomStep(page, 'Intercom2');
  await chooseOperation(editor, 'Admin', 'Get admin');
  await choose(editor, 'Admin', 'Lucas Ferreira (lucas.ferreira@northwind.example)');
  const fetched = await runFromEditor(editor);
  await expect(treeItem(fetched, 'name: "Lucas Ferreira"')).toBeVisible();
  await expect(treeItem(fetched, 'away_mode_enabled: true')).toBeVisible();
});
