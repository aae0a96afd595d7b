import { EU_WORKSPACE_ID } from '@workflow-blocks/intercom-sandbox';
import type { Page } from 'playwright/test';
import { blockEditor, chooseOperation, runButton, runFromEditor, treeItem } from './block-editor.js';
import { expect, test } from './journey.js';
import { ports, tenantKeys, url } from './stack.js';

const connectionPanel = (page: Page) => page.getByRole('banner').getByRole('group', { name: 'Intercom connection' });

/** Consents in Intercom's (the sandbox's) popup for the EU workspace, with the keyboard, and waits for it to close. */
async function consentInPopup(page: Page, start: () => Promise<void>): Promise<void> {
  const opened = page.waitForEvent('popup');
  await start();
  const popup = await opened;
  const workspace = popup.getByRole('radio', { name: 'Fjordline Travel (Sandbox) (EU)' });
  await workspace.check();
  await workspace.focus();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Allow access' })).toBeFocused();
  const closed = popup.waitForEvent('close');
  await popup.keyboard.press('Enter');
  await closed;
}

test('a second workspace connects its own Intercom by OAuth, sees its own data, is revoked, reconnects and runs again', async ({ page, request }) => {
  // globex starts unconnected, whatever an earlier journey left in the proxy's store.
  await request.delete(`${url(ports.proxy)}/v1/intercom/connection`, { headers: { Authorization: `Bearer ${tenantKeys.globex}` } });
  await page.reload();

  // The first tenant starts connected to the sandbox's first workspace: the demo runs at once.
  const panel = connectionPanel(page);
  await expect(panel.getByRole('status')).toHaveText('Sandbox');
  await expect(panel).toContainText('Workspace Northwind Support (Sandbox)');

  // The second tenant is not connected: the palette, the canvas node and Run say so.
  await page.getByRole('banner').getByLabel('Workspace').selectOption('globex');
  await expect(panel.getByRole('status')).toHaveText('Intercom is not connected');
  const paletteEntry = page.getByRole('navigation', { name: 'Blocks' }).getByRole('button', { name: /^Intercom/ });
  await expect(paletteEntry).toContainText('Not connected: connect Intercom first');
  await expect(page.getByTestId('node-Intercom')).toContainText('Not connected');
  const editor = blockEditor(page);
  await expect(runButton(editor)).toHaveAccessibleDescription('Run is unavailable because Intercom is not connected. Connect it above.');

  // The palette leads to Connect; the consent happens in Intercom's popup; the proxy's page tells this one.
  await paletteEntry.click();
  const connect = panel.getByRole('button', { name: 'Connect Intercom' });
  await expect(connect).toBeFocused();
  await consentInPopup(page, () => connect.press('Enter'));
  await expect(panel.getByRole('status')).toHaveText('Sandbox');
  await expect(panel).toContainText('Workspace Fjordline Travel (Sandbox)');
  await expect(panel).toContainText('Europe region');
  await expect(panel).toContainText('as Ingrid Solberg');
  await expect(page.getByTestId('node-Intercom')).not.toContainText('Not connected');

  // Its own workspace's admins in the picker: Fjordline's, not Northwind's.
  const replyAs = editor.getByRole('combobox', { name: 'Reply as admin', exact: true });
  await replyAs.click();
  await expect(page.getByRole('option', { name: /^Tomás Ferraz/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /^Maya Okafor/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // The workspace uninstalls the app (the sandbox revokes its tokens): the next run finds out, and the panel says so.
  const revoked = await request.post(`${url(ports.sandbox)}/__sandbox/tokens/revoke`, { data: { workspace: EU_WORKSPACE_ID } });
  expect(revoked.ok(), 'the sandbox revokes the EU workspace').toBe(true);
  await chooseOperation(editor, 'Admin', 'List admins');
  const failed = await runFromEditor(editor);
  await expect(treeItem(failed, 'success: false')).toBeVisible();
  await expect(panel.getByRole('status')).toHaveText('Intercom needs to be reconnected');
  await expect(runButton(editor)).toHaveAccessibleDescription('Run is unavailable because Intercom needs to be reconnected. Reconnect it above.');

  // Reconnect, and run again.
  await consentInPopup(page, () => panel.getByRole('button', { name: 'Reconnect' }).click());
  await expect(panel.getByRole('status')).toHaveText('Sandbox');
  const outputs = await runFromEditor(editor);
  await expect(treeItem(outputs, 'success: true')).toBeVisible();
  await expect(treeItem(outputs, 'admins: [2 items]')).toBeVisible();

  // The first tenant's connection was never touched.
  await page.getByRole('banner').getByLabel('Workspace').selectOption('acme');
  await expect(panel).toContainText('Workspace Northwind Support (Sandbox)');
});
