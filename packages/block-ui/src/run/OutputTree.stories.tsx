import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { OutputTree } from './OutputTree.js';

const meta = {
  title: 'Intercom block/Output tree',
  component: OutputTree,
  args: {
    label: 'Outputs of Intercom',
    value: {
      success: true,
      contact: { type: 'contact', id: '6762f0d0a1b2c3d4e5f60001', email: 'jane@example.com', custom_attributes: { plan: 'pro' }, tags: ['vip'] },
    },
  },
} satisfies Meta<typeof OutputTree>;
export default meta;
type Story = StoryObj<typeof meta>;

export const KeyboardOnly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('treeitem', { name: 'success: true' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    const attributes = canvas.getByRole('treeitem', { name: /^custom_attributes:/ });
    await expect(attributes).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(attributes).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('treeitem', { name: 'plan: "pro"' })).toHaveFocus();
  },
};

export const Failure: Story = {
  args: { value: { success: false, error: 'Intercom rejected the request: the contact does not exist.' }, theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('treeitem', { name: /^error: "Intercom rejected/ })).toBeVisible();
  },
};

/** Take a reference from where the value is: the row in focus offers `<Step.path>` to copy. */
export const CopyReference: Story = {
  args: { referenceStep: 'Intercom' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('treeitem', { name: 'email: "jane@example.com"' }));
    await expect(canvas.getByText('<Intercom.contact.email>')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Copy reference' })).toBeVisible();
  },
};
