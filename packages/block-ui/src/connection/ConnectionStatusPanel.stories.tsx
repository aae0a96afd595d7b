import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { BlockUiRoot } from '../editor/BlockUiRoot.js';
import { disconnectedConnection, intercomConnection, sandboxConnection } from '../test-support/sample-data.js';
import { ConnectionStatusPanel } from './ConnectionStatusPanel.js';

const meta = {
  title: 'Intercom block/Connection status',
  component: ConnectionStatusPanel,
  decorators: [
    (Story, { parameters }) => (
      <BlockUiRoot theme={(parameters as { theme?: 'dark' }).theme ?? 'light'}>
        <Story />
      </BlockUiRoot>
    ),
  ],
  args: { status: { kind: 'known', state: sandboxConnection }, onRefresh: fn(() => Promise.resolve()) },
} satisfies Meta<typeof ConnectionStatusPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const group = (canvasElement: HTMLElement) => within(canvasElement).getByRole('group', { name: 'Intercom connection' });

/** One compact line, not a card: the sandbox and its region. */
export const Sandbox: Story = {
  play: async ({ canvasElement }) => {
    const panel = group(canvasElement);
    await expect(within(panel).getByRole('status')).toHaveTextContent('Sandbox');
    await expect(within(panel).getByText('test data, not a real workspace')).toBeVisible();
    await expect(within(panel).getByText('US region')).toBeVisible();
    await expect(panel.getBoundingClientRect().height).toBeLessThan(48);
  },
};

export const Connected: Story = {
  args: { status: { kind: 'known', state: intercomConnection } },
  play: async ({ canvasElement }) => {
    const panel = group(canvasElement);
    await expect(within(panel).getByRole('status')).toHaveTextContent('Connected to Intercom as Ada Lovelace (ada@example.com)');
    await expect(within(panel).getByText('Workspace Acme Support')).toBeVisible();
    await expect(within(panel).getByText('Europe region')).toBeVisible();
  },
};

export const Checking: Story = {
  args: { status: { kind: 'checking' } },
  play: async ({ canvasElement }) => {
    await expect(within(group(canvasElement)).getByRole('status')).toHaveTextContent('Checking the Intercom connection…');
  },
};

export const NotConfigured: Story = {
  args: { status: { kind: 'none' } },
  play: async ({ canvasElement }) => {
    await expect(within(group(canvasElement)).getByRole('status')).toHaveTextContent('No connection configured');
    await expect(within(canvasElement).queryByRole('button', { name: 'Reconnect' })).not.toBeInTheDocument();
  },
};

/** Disconnected: the reason, and Reconnect (the host's flow, then a fresh check). */
export const Disconnected: Story = {
  args: { status: { kind: 'known', state: disconnectedConnection }, onReconnect: fn(() => Promise.resolve()) },
  play: async ({ canvasElement, args }) => {
    const panel = group(canvasElement);
    await expect(within(panel).getByRole('status')).toHaveTextContent('Intercom needs to be reconnected');
    await expect(within(panel).getByText(/authorization has expired/)).toBeVisible();
    await userEvent.click(within(panel).getByRole('button', { name: 'Reconnect' }));
    await waitFor(() => expect(args.onRefresh).toHaveBeenCalled());
    await expect(args.onReconnect).toHaveBeenCalled();
  },
};

export const Unreachable: Story = {
  args: { status: { kind: 'failed', reason: 'The proxy did not answer within 30 s.' } },
  parameters: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const panel = group(canvasElement);
    await expect(within(panel).getByRole('status')).toHaveTextContent('Could not reach the Intercom connection');
    await expect(within(panel).getByText('The proxy did not answer within 30 s.')).toBeVisible();
    await expect(within(panel).getByRole('button', { name: 'Reconnect' })).toBeEnabled();
  },
};
