import { blockEditor, runButton, runPanel } from './block-editor.js';
import { expect, test } from './journey.js';
import { ports, url } from './stack.js';

// block-core's describeIntercomError wording for Intercom's 401, then what Intercom (here the sandbox) said.
const disconnected = 'The Intercom integration is disconnected or its authorization has expired; reconnect it.';
const intercomSaid = /Intercom said: Access Token Invalid \[unauthorized\] \(request id [0-9a-f-]{36}\)\./;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// This playground's proxy holds a token the sandbox does not accept.
test.use({ baseURL: url(ports.wrongTokenPlayground) });

test('a disconnected integration says so, blocks Run, and a workflow run fails with the documented message', async ({ page }) => {
  // The header and the editor show the same connection: Intercom refused the token, so it needs a reconnect.
  const header = page.getByRole('banner').getByRole('group', { name: 'Intercom connection' });
  await expect(header.getByRole('status')).toHaveText('Intercom needs to be reconnected');
  await expect(header.getByText(new RegExp(`^${escape(disconnected)} ${intercomSaid.source}$`))).toBeVisible();

  const editor = blockEditor(page);
  const connection = editor.getByRole('group', { name: 'Intercom connection' });
  await expect(connection.getByRole('status')).toHaveText('Intercom needs to be reconnected');
  await expect(runButton(editor)).toBeDisabled();
  await expect(runButton(editor)).toHaveAccessibleDescription('Run is unavailable because Intercom needs to be reconnected. Reconnect it above.');

  // Reconnect with another token: the proxy checks it with Intercom, which refuses it; what was typed stays.
  await connection.getByRole('button', { name: 'Reconnect' }).click();
  const token = connection.getByLabel('Access token', { exact: true });
  await expect(token).toBeFocused();
  await token.fill('another-token-the-sandbox-refuses');
  await connection.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(token).toHaveAttribute('aria-invalid', 'true');
  await expect(token).toHaveValue('another-token-the-sandbox-refuses');
  await expect(connection.getByRole('status')).toHaveText('Intercom needs to be reconnected');

  // A workflow run is refused by the proxy in the same words, without reaching Intercom.
  await page.getByRole('button', { name: 'Run workflow' }).click();
  await expect(page.getByRole('group', { name: 'Intercom step Intercom' })).toContainText('Failed');
  const lastRun = runPanel(editor);
  await expect(lastRun.getByRole('alert')).toContainText('The last workflow run failed');
  await expect(lastRun.getByRole('treeitem', { name: /^error: / })).toHaveAccessibleName(new RegExp(`^error: "${escape(disconnected)}`));
  await lastRun.scrollIntoViewIfNeeded();
});
