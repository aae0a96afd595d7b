import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { visibleFields, type IntercomConfig } from '@workflow-blocks/block-core';
import { createFakeTransport } from '../test-support/fake-transport.js';
import { sampleUpstream } from '../test-support/sample-data.js';
import { IntercomBlockEditor } from './IntercomBlockEditor.js';

const meta = {
  title: 'Intercom block/Editor',
  component: IntercomBlockEditor,
  args: { upstream: sampleUpstream, transport: createFakeTransport(), onChange: fn() },
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

export const ContactSearch: Story = {
  args: {
    defaultValue: {
      type: 'intercom',
      config: { resource: 'contact', operation: 'search', queryJson: '{\n  "query": {\n    "field": "email",\n    "operator": "=",\n    "value": "<Trigger.contact.email>"\n  }\n}' } as IntercomConfig,
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const names = [...canvasElement.querySelectorAll<HTMLElement>('.wb-fields > .wb-field')].map((el) => el.dataset.field);
    await expect(names).toEqual(visibleFields({ resource: 'contact', operation: 'search' }).map((f) => f.name));
    await waitFor(() => expect(canvasElement.querySelector('.monaco-editor')).not.toBeNull(), { timeout: 20_000 });
    await waitFor(() => expect(canvasElement.querySelector('.wb-reference-token')).not.toBeNull(), { timeout: 20_000 });
    await expect(canvas.getByText('Sandbox')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Run' }));
    await expect(await canvas.findByText(/Succeeded in/)).toBeVisible();
  },
};
