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
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(
    new RegExp(`^Disconnected from the Intercom \\(US\\): ${escape(disconnected)} ${intercomSaid.source}$`),
  );

  const editor = blockEditor(page);
  const connection = editor.getByRole('group', { name: 'Intercom connection' });
  await expect(connection.getByRole('status')).toHaveText('Intercom is not connected');
  await expect(connection.getByText(disconnected)).toBeVisible();
  await expect(runButton(editor)).toBeDisabled();
  await expect(runButton(editor)).toHaveAccessibleDescription('Run is unavailable because Intercom is not connected. Reconnect it above.');

  // Reconnect checks again; the token is still refused.
  const reconnect = connection.getByRole('button', { name: 'Reconnect' });
  await reconnect.click();
  await expect(reconnect).toBeEnabled();
  await expect(connection.getByRole('status')).toHaveText('Intercom is not connected');

  // A workflow run still reaches the proxy, and Intercom's refusal comes back in the same words.
  await page.getByRole('button', { name: 'Run workflow' }).click();
  await expect(page.getByRole('group', { name: 'Intercom step Intercom' })).toContainText('Failed');
  const lastRun = runPanel(editor);
  await expect(lastRun.getByRole('alert')).toContainText('The last workflow run failed');
  await expect(lastRun.getByRole('treeitem', { name: /^error: / })).toHaveAccessibleName(
    new RegExp(`^error: "${escape(disconnected)} ${intercomSaid.source}"$`),
  );
  await lastRun.scrollIntoViewIfNeeded();
});
