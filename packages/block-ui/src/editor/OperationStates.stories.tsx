import type { Meta } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { sampleUpstream } from '../test-support/sample-data.js';
import { IntercomBlockEditor } from './IntercomBlockEditor.js';

/**
 * A story per operation of the table and per state (new, with validation errors, run and succeeded, failed:
 * `test-support/operation-states.ts`), each checked by its play function (`test-support/operation-story.tsx`).
 * Their exports are written into this file as Storybook or Vitest loads it (`.storybook/operation-stories.ts`),
 * so an operation added to the table gets its stories with no edit here.
 */
const meta = {
  title: 'Intercom block/Operation states',
  component: IntercomBlockEditor,
  args: { upstream: sampleUpstream, onChange: fn() },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 480 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof IntercomBlockEditor>;
export default meta;
