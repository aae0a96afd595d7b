import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

function PipelineCheck() {
  return <button type="button">Intercom</button>;
}

const meta: Meta<typeof PipelineCheck> = { title: 'Pipeline/Check', component: PipelineCheck };
export default meta;

export const Renders: StoryObj<typeof PipelineCheck> = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Intercom' })).toBeVisible();
  },
};
