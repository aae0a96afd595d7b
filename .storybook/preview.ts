import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    // Every story's accessibility check fails the story test on a violation.
    a11y: { test: 'error' },
  },
};

export default preview;
