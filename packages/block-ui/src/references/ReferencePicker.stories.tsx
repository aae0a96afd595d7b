import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { listReferencePaths } from '@workflow-blocks/block-core';
import { BlockUiRoot } from '../editor/BlockUiRoot.js';
import { manyUpstreamSteps, sampleUpstream } from '../test-support/sample-data.js';
import { ReferencePicker } from './ReferencePicker.js';

const meta = {
  title: 'Intercom block/Reference picker',
  component: ReferencePicker,
  decorators: [
    (Story, { parameters }) => (
      <BlockUiRoot theme={(parameters as { theme?: 'dark' }).theme ?? 'light'}>
        {/* The picker opens under its field: a positioned box stands in for it. */}
        <div style={{ position: 'relative', width: 360, height: 420 }}>
          <Story />
        </div>
      </BlockUiRoot>
    ),
  ],
  args: { paths: listReferencePaths(sampleUpstream), label: 'Insert a reference into Email', onSelect: fn(), onClose: fn() },
} satisfies Meta<typeof ReferencePicker>;
export default meta;
type Story = StoryObj<typeof meta>;

const active = (canvasElement: HTMLElement) => {
  const id = within(canvasElement).getByRole('combobox').getAttribute('aria-activedescendant');
  return id ? canvasElement.ownerDocument.getElementById(id) : null;
};

/** The upstream steps, each opening to its outputs. */
export const Steps: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('combobox', { name: 'Insert a reference into Email' })).toHaveFocus();
    await expect(canvas.getAllByRole('option')).toHaveLength(3);
  },
};

/** A click on a row with › opens it; a click on a leaf inserts it. */
export const OpenThenInsertByMouse: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('option', { name: /^Trigger/ }));
    await userEvent.click(canvas.getByRole('option', { name: /^contact/ }));
    await expect(args.onSelect).not.toHaveBeenCalled();
    await expect(canvas.getByRole('listbox', { name: 'Trigger › contact' })).toBeVisible();
    await userEvent.click(canvas.getByRole('option', { name: /^email/ }));
    await expect(args.onSelect).toHaveBeenCalledWith('<Trigger.contact.email>');
  },
};

/** Enter opens an object too; its "Insert all of" row inserts it whole. */
export const InsertWholeObjectByKeyboard: Story = {
  parameters: { theme: 'dark' },
  play: async ({ canvasElement, args }) => {
    await userEvent.keyboard('{Enter}{Enter}');
    await expect(args.onSelect).not.toHaveBeenCalled();
    await userEvent.keyboard('{ArrowUp}');
    await expect(active(canvasElement)).toHaveTextContent('Insert all of contact');
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith('<Trigger.contact>');
  },
};

export const Search: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.keyboard('emai');
    await expect(canvas.getByRole('listbox', { name: 'Matching outputs' })).toBeVisible();
    await expect(active(canvasElement)).toHaveTextContent('Trigger.contact.email');
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith('<Trigger.contact.email>');
  },
};

export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.keyboard('zzzz');
    await expect(within(canvasElement).getByText('No outputs match “zzzz”.')).toBeVisible();
  },
};

export const NoUpstreamSteps: Story = {
  args: { paths: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No upstream step has outputs to reference yet.')).toBeVisible();
  },
};

export const ManySteps: Story = {
  args: { paths: listReferencePaths(manyUpstreamSteps(500)) },
  play: async ({ canvasElement }) => {
    const options = within(canvasElement).getAllByRole('option');
    await expect(options.length).toBeLessThan(30);
    await expect(options[0]).toHaveAttribute('aria-setsize', '500');
  },
};

export const ClosesOnEscape: Story = {
  play: async ({ args }) => {
    await userEvent.keyboard('{Escape}');
    await expect(args.onClose).toHaveBeenCalledWith('escape');
    await expect(args.onSelect).not.toHaveBeenCalled();
  },
};
