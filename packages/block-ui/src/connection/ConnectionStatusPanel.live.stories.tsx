import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { ConnectionState } from '@workflow-blocks/block-core';
import { createFakeTransport } from '../test-support/fake-transport.js';
import { disconnectedConnection, intercomConnection, notConnected, sandboxConnection, validAccessToken } from '../test-support/sample-data.js';
import { ConnectionStatusPanel } from './ConnectionStatusPanel.js';
import { useConnectionStatus } from './use-connection-status.js';

/** The panel as a host shows it: a fake transport starting in the given state, re-checked after each action. */
function LivePanel({ start }: { start: ConnectionState }) {
  const transport = useMemo(() => createFakeTransport({ connection: start }), [start]);
  const { status, refresh } = useConnectionStatus(transport);
  return (
    <div className="wb-intercom">
      <ConnectionStatusPanel status={status} onRefresh={refresh} transport={transport} />
    </div>
  );
}

const meta = {
  title: 'Intercom block/Connection panel (connecting)',
  component: LivePanel,
  args: { start: notConnected },
} satisfies Meta<typeof LivePanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const panelOf = async (canvasElement: HTMLElement) => within(await within(canvasElement).findByRole('group', { name: 'Intercom connection' }));

export const NotConnected: Story = {
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    await expect(await panel.findByRole('status')).toHaveTextContent('Intercom is not connected');
    await expect(panel.getByText('Connect the Intercom integration before adding it.')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Connect Intercom' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Use an access token' })).toHaveAttribute('aria-expanded', 'false');
  },
};

export const TokenRefusedThenAccepted: Story = {
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    await panel.findByRole('button', { name: 'Connect Intercom' });
    // Keyboard only: Tab to "Use an access token", open it, type, pick a region, submit.
    await userEvent.tab();
    await expect(panel.getByRole('button', { name: 'Connect Intercom' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const token = panel.getByLabelText('Access token');
    await expect(token).toHaveFocus();
    await userEvent.keyboard('not-a-token');
    await userEvent.tab();
    await userEvent.selectOptions(panel.getByLabelText('Region'), 'eu');
    await userEvent.tab();
    await expect(panel.getByRole('button', { name: 'Connect' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(token).toHaveAttribute('aria-invalid', 'true'));
    await expect(token).toHaveAccessibleDescription(/Intercom refused this access token/);
    // What was typed stays, and the field has focus to fix it.
    await expect(token).toHaveValue('not-a-token');
    await expect(token).toHaveFocus();
    await userEvent.clear(token);
    await userEvent.type(token, `${validAccessToken}{Enter}`);
    await expect(await panel.findByText(/^Connected to Intercom as Ada Lovelace/)).toBeVisible();
    await expect(panel.getByText('Europe region')).toBeVisible();
  },
};

export const NeedsReconnect: Story = {
  args: { start: disconnectedConnection },
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    await expect(await panel.findByText('Intercom needs to be reconnected')).toBeVisible();
    await expect(panel.getByText(/authorization has expired/)).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Reconnect' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Use an access token' })).toBeVisible();
  },
};

export const Connected: Story = {
  args: { start: intercomConnection },
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    await expect(await panel.findByText('Connected to Intercom as Ada Lovelace (ada@example.com)')).toBeVisible();
    await expect(panel.getByText('Workspace Acme Support')).toBeVisible();
    await expect(panel.getByText('Europe region')).toBeVisible();
  },
};

export const DisconnectWithConfirmation: Story = {
  args: { start: intercomConnection },
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    const disconnect = await panel.findByRole('button', { name: 'Disconnect' });
    await userEvent.click(disconnect);
    // The confirmation takes focus on Cancel; Escape backs out and returns focus to Disconnect.
    await expect(panel.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expect(panel.getByRole('group', { name: /^Disconnect Acme Support\?/ })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(panel.getByRole('button', { name: 'Disconnect' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(panel.getByRole('button', { name: 'Yes, disconnect' }));
    await expect(await panel.findByText('Intercom is not connected')).toBeVisible();
  },
};

export const SandboxDark: Story = {
  args: { start: sandboxConnection },
  decorators: [
    (Story) => (
      <div className="wb-intercom" data-theme="dark">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    await expect(await panel.findByText('Sandbox')).toBeVisible();
    await expect(panel.getByText('Workspace Sandbox workspace')).toBeVisible();
    await expect(panel.getByText('as Ada Lovelace (ada@example.com)')).toBeVisible();
  },
};
