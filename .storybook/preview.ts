/// <reference types="vite/client" />
import type { Preview } from '@storybook/react-vite';
// The stylesheet a host imports, resolved to the source in Storybook.
import '@workflow-blocks/block-ui/style.css';

const preview: Preview = {
  parameters: {
    // Every story's accessibility check fails the story test on a violation.
    a11y: { test: 'error' },
  },
};

export default preview;
