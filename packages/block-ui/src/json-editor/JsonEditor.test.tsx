import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { JsonEditor } from './JsonEditor.js';

describe('JsonEditor', () => {
  it('loads the editor module lazily, behind an announced loading state', async () => {
    render(
      <JsonEditor
        modelId="test-queryJson"
        value="{}"
        onChange={vi.fn()}
        onBlur={vi.fn()}
        readOnly={false}
        disabled={false}
        theme="light"
        ariaLabel="Search query"
        describedBy="help"
        invalid={false}
        required
        schema={undefined}
        issues={[]}
        referencePaths={[]}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the JSON editor…');
    expect(await screen.findByRole('textbox', { name: 'Search query' })).toHaveValue('{}');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
