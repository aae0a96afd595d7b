import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { IntercomBlockEditor } from '../editor/IntercomBlockEditor.js';
import { createFakeTransport } from '../test-support/fake-transport.js';
import { notConnected, sampleUpstream } from '../test-support/sample-data.js';
import { lastConfig, savedBlock } from '../test-support/story-helpers.js';

/** A workspace picker (the tag of "Add tag to conversation") in each state of its list. */
const meta = {
  title: 'Intercom block/Workspace picker',
  component: IntercomBlockEditor,
  args: {
    upstream: sampleUpstream,
    onChange: fn(),
    panels: { connection: false, preview: false, run: false },
    defaultValue: savedBlock('conversation', 'addTag', { conversationId: '<Trigger.conversation.id>' }),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 480 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof IntercomBlockEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

const tagInput = (canvasElement: HTMLElement) => within(canvasElement).findByRole('textbox', { name: 'Tag' });

export const Ready: Story = {
  args: { transport: createFakeTransport() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const picker = await canvas.findByRole('combobox', { name: 'Tag' });
    // Keyboard only: open, type to reach "refund", choose.
    picker.focus();
    await userEvent.keyboard('{Enter}');
    await body.findByRole('listbox');
    await userEvent.keyboard('ref');
    await waitFor(() => expect(body.getByRole('option', { name: 'refund' })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(lastConfig(args.onChange)?.tagId).toBe('9100002'));
    await expect(picker).toHaveFocus();
  },
};

export const Loading: Story = {
  args: { transport: createFakeTransport({ pending: ['tags'] }) },
  play: async ({ canvasElement, args }) => {
    const input = await tagInput(canvasElement);
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Loading the workspace's tags…$/));
    await userEvent.type(input, '9100001');
    await expect(lastConfig(args.onChange)?.tagId).toBe('9100001');
  },
};

export const Empty: Story = {
  args: { transport: createFakeTransport({ tags: [] }) },
  play: async ({ canvasElement }) => {
    const input = await tagInput(canvasElement);
    await waitFor(() => expect(input).toHaveAccessibleDescription(/The workspace has no tags yet\.$/));
  },
};

export const Unreadable: Story = {
  args: { transport: createFakeTransport({ unreadable: ['tags'] }) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = await tagInput(canvasElement);
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Could not read the workspace's tags: The proxy could not reach Intercom/));
    const retry = canvas.getByRole('button', { name: 'Retry loading tags' });
    await expect(retry).toBeVisible();
    // The proxy answers again: Retry brings the list.
    (args.transport as ReturnType<typeof createFakeTransport>).unreadable.delete('tags');
    await userEvent.click(retry);
    await expect(await canvas.findByRole('combobox', { name: 'Tag' })).toBeVisible();
  },
};

export const IntercomUnreachable: Story = {
  args: { transport: { ...createFakeTransport(), connection: () => Promise.reject(new Error('Failed to fetch')) } },
  play: async ({ canvasElement }) => {
    const input = await tagInput(canvasElement);
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Could not reach Intercom to list its tags: Failed to fetch$/));
    await expect(within(canvasElement).getByRole('button', { name: 'Retry loading tags' })).toBeEnabled();
  },
};

export const NotConnected: Story = {
  args: { transport: createFakeTransport({ connection: notConnected }) },
  play: async ({ canvasElement }) => {
    const input = await tagInput(canvasElement);
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Connect Intercom to choose from its tags\.$/));
  },
};
