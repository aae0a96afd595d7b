import { blockEditor, choose, chooseOperation, pasteIntoJsonField, pickReference, previewedRequestBody, runFromEditor, stepPanel, treeItem } from './block-editor.js';
import { expect, test } from './journey.js';

// The sandbox's "Bug report" type asks for a title and a severity (list option 5003 is "High").
const ticketBody = '{"contacts": [{"email": "<Trigger.contact.email>"}], "ticket_attributes": {"_default_title_": "Wrong VAT number on invoice", "severity": "5003"}}';

test('creates a ticket of a type chosen in the editor, then gets it by the id from that output', async ({ page }) => {
  const editor = blockEditor(page);
  await chooseOperation(editor, 'Ticket', 'Create ticket');
  await pasteIntoJsonField(editor, 'Ticket', ticketBody);
  // Without a type the ticket is incomplete; choosing one writes its id into the JSON.
  await choose(editor, 'Ticket type', 'Bug report');
  const body = await previewedRequestBody(editor);
  await expect(body).toContainText('"ticket_type_id": "101"');
  await expect(body).toContainText('"email": "jonas.becker@kraftwerk-logistics.example"');

  const created = await runFromEditor(editor);
  await expect(treeItem(created, 'success: true')).toBeVisible();
  const idRow = created.getByRole('treeitem', { name: /^id: "\d+"$/ }).first();
  const ticketId = /^id: "(\d+)"$/.exec((await idRow.textContent()) ?? '')?.[1];
  expect(ticketId, 'the created ticket has an id').toBeDefined();
  await expect(treeItem(created, 'category: "Customer"')).toBeVisible();

  // A second Intercom block from the palette, after the first one.
  await page.getByRole('navigation', { name: 'Blocks' }).getByRole('button', { name: /^Intercom/ }).click();
  await expect(stepPanel(page).getByRole('textbox', { name: 'Step name (used in references)' })).toHaveValue('Intercom2');
  await chooseOperation(editor, 'Ticket', 'Get ticket');
  await pickReference(editor, 'Ticket ID', 'ticket.id', 'Intercom.ticket.id');
  await expect(editor.getByRole('textbox', { name: 'Ticket ID', exact: true })).toHaveValue('<Intercom.ticket.id>');

  const fetched = await runFromEditor(editor);
  await expect(treeItem(fetched, 'success: true')).toBeVisible();
  await expect(treeItem(fetched, `id: "${ticketId}"`)).toBeVisible();
  await treeItem(fetched, 'ticket_attributes: {2 keys}').click();
  await expect(treeItem(fetched, '_default_title_: "Wrong VAT number on invoice"')).toBeVisible();
  await treeItem(fetched, '_default_title_: "Wrong VAT number on invoice"').scrollIntoViewIfNeeded();
});
