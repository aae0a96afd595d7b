import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { sampleUpstream } from '../test-support/sample-data.js';
import { savedBlock } from '../test-support/story-helpers.js';
import { IntercomBlockNode } from './IntercomBlockNode.js';

const meta = {
  title: 'Intercom block/Canvas node',
  component: IntercomBlockNode,
  args: { upstream: sampleUpstream },
} satisfies Meta<typeof IntercomBlockNode>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Ready: Story = {
  args: { value: savedBlock('contact', 'get', { contactId: '<Trigger.contact.id>' }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Intercom')).toBeVisible();
    await expect(canvas.getByText('Get contact')).toBeVisible();
    await expect(await canvas.findByText('Ready')).toBeVisible();
  },
};

export const WithProblems: Story = {
  args: { value: savedBlock('conversation', 'reply', { conversationId: '<Trigger.conversation.nope>' }) },
  play: async ({ canvasElement }) => {
    const badge = await within(canvasElement).findByText('2 problems');
    await expect(badge).toHaveAttribute('title', expect.stringContaining('Message is required'));
    await expect(badge.closest('.wb-node')).toHaveAttribute('data-valid', 'false');
  },
};

export const NoOperation: Story = {
  args: { value: savedBlock('ticket', '') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Choose an operation')).toBeVisible();
  },
};

export const SelectedDark: Story = {
  args: { value: savedBlock('admin', 'list'), selected: true, theme: 'dark' },
  play: async ({ canvasElement }) => {
    const node = canvasElement.querySelector<HTMLElement>('.wb-node')!;
    await expect(node).toHaveAttribute('data-selected', 'true');
    await expect(getComputedStyle(node).backgroundColor).toBe('rgb(38, 43, 51)');
    await expect(within(canvasElement).getByText('List admins')).toBeVisible();
  },
};

/** One badge: the host's run shows in it once the block has no problems. */
export const RunSucceeded: Story = {
  args: { value: savedBlock('admin', 'list'), run: 'succeeded', caption: 'Intercom' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Succeeded')).toBeVisible();
    await expect(canvas.queryByText('Ready')).not.toBeInTheDocument();
    await expect(canvasElement.querySelectorAll('.wb-badge')).toHaveLength(1);
  },
};

export const RunFailed: Story = {
  args: { value: savedBlock('admin', 'list'), run: 'failed' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Failed')).toHaveAttribute('data-run', 'failed');
  },
};

/** Problems win over a run: a node never says Ready or Succeeded while its editor shows a problem. */
export const ProblemsOverRun: Story = {
  args: { value: savedBlock('contact', 'get', { contactId: '<Trigger.contact.nope>' }), run: 'succeeded' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('1 problem')).toBeVisible();
    await expect(canvas.queryByText('Succeeded')).not.toBeInTheDocument();
  },
};

export const NotConnected: Story = {
  args: { value: savedBlock('admin', 'list'), connected: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Not connected')).toBeVisible();
    await expect(canvasElement.querySelector('.wb-node')).toHaveAttribute('data-connected', 'false');
  },
};
