import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { block, renderEditor } from '../test-support/editor-helpers.js';
import { createFakeTransport } from '../test-support/fake-transport.js';

const contacts = (n: number) => Array.from({ length: n }, (_, i) => ({ type: 'contact', id: `c${i + 1}` }));

async function run(config: Parameters<typeof block>[0], answer: Record<string, unknown>) {
  const transport = createFakeTransport({ execute: () => ({ success: true, ...answer }) });
  const { user } = renderEditor({ transport, panels: { run: true }, defaultValue: block(config) });
  const button = await screen.findByRole('button', { name: 'Run' });
  await waitFor(() => expect(button).toBeEnabled(), { timeout: 10_000 });
  await user.click(button);
  await screen.findByText(/^Succeeded in/);
}

describe('the run panel after Fetch every page', () => {
  it('says how many items the run fetched, in the status the screen reader announces', async () => {
    await run({ resource: 'contact', operation: 'list', fetchAll: 'yes', maxResults: 1000 }, { contacts: contacts(12), pages: { type: 'pages', page: 4 } });
    const fetched = screen.getByText('Fetched 12 contacts: every page.');
    expect(fetched.closest('[role="status"]')).not.toBeNull();
  });

  it('says when Max results stopped it with more to come', async () => {
    await run({ resource: 'contact', operation: 'search', queryJson: '{"query":{"field":"role","operator":"=","value":"user"}}', fetchAll: 'yes', maxResults: 5 }, {
      results: contacts(5),
      pages: { type: 'pages', page: 2, next: { per_page: 3, starting_after: 'abc' } },
    });
    expect(screen.getByText('Fetched 5 results: Max results reached, more remain in Intercom.')).toBeInTheDocument();
  });

  it('says nothing of the kind for a one-page run', async () => {
    await run({ resource: 'contact', operation: 'list', fetchAll: 'no' }, { contacts: contacts(3), pages: null });
    expect(screen.queryByText(/^Fetched/)).not.toBeInTheDocument();
  });
});
