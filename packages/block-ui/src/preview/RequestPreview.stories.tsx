import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { BlockUiRoot } from '../editor/BlockUiRoot.js';
import { sampleUpstream } from '../test-support/sample-data.js';
import { RequestPreview } from './RequestPreview.js';
import { sampleStepOutputs } from './sample-step-outputs.js';

const meta = {
  title: 'Intercom block/Request preview',
  component: RequestPreview,
  decorators: [
    (Story) => (
      <BlockUiRoot>
        <Story />
      </BlockUiRoot>
    ),
  ],
  args: { config: { resource: 'contact', operation: 'get', contactId: '<Trigger.contact.id>' }, stepOutputs: sampleStepOutputs(sampleUpstream), defaultOpen: true },
} satisfies Meta<typeof RequestPreview>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A GET with its reference resolved from the upstream sample. */
export const ResolvedPath: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('/contacts/6762f0d0a1b2c3d4e5f60001')).toBeVisible(), { timeout: 10_000 });
    await expect(canvas.getByText('GET')).toBeVisible();
    await expect(canvas.getByText('No request body.')).toBeVisible();
  },
};

export const WithBody: Story = {
  args: { config: { resource: 'conversation', operation: 'reply', conversationId: '<Trigger.conversation.id>', message: 'Hello <Trigger.contact.name>', replyType: 'comment' }, adminId: '991267' },
  play: async ({ canvasElement }) => {
    const body = await within(canvasElement).findByLabelText('Request body', {}, { timeout: 10_000 });
    await expect(body).toHaveTextContent('"body": "Hello Jane Doe"');
    await expect(body).toHaveTextContent('"admin_id": "991267"');
  },
};

/** A reference the samples cannot resolve is named, and the request shows it as written. */
export const UnresolvedReference: Story = {
  args: { config: { resource: 'contact', operation: 'get', contactId: '<Draft.reply>' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/could not be resolved from the upstream samples/, {}, { timeout: 10_000 })).toBeVisible();
    await expect(canvas.getByRole('listitem')).toHaveTextContent('Draft');
  },
};

export const CannotBuildYet: Story = {
  args: { config: { resource: 'contact', operation: 'get' } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/^The request cannot be built yet:/, {}, { timeout: 10_000 })).toBeVisible();
  },
};

export const Closed: Story = {
  args: { defaultOpen: false },
  play: async ({ canvasElement }) => {
    const details = canvasElement.querySelector('details');
    await expect(details?.open).toBe(false);
    await expect(within(canvasElement).getByText('Request preview')).toBeVisible();
  },
};
