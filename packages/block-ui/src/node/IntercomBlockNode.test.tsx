import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { IntercomBlockNode } from './IntercomBlockNode.js';

describe('IntercomBlockNode', () => {
  it('names the block and its operation, and says it is ready when block-core finds no problem', async () => {
    render(<IntercomBlockNode value={{ type: 'intercom', config: { resource: 'contact', operation: 'get', contactId: '1' } }} />);
    expect(screen.getByText('Intercom')).toBeInTheDocument();
    expect(screen.getByText('Get contact')).toBeInTheDocument();
    expect(await screen.findByText('Ready')).toBeInTheDocument();
  });

  it('counts problems, including references to outputs the upstream steps do not have', async () => {
    render(
      <IntercomBlockNode
        value={{ type: 'intercom', config: { resource: 'conversation', operation: 'reply', conversationId: '<Trigger.nope>' } }}
        upstream={[{ name: 'Trigger', outputs: { id: '1' } }]}
      />,
    );
    expect(screen.getByText('Reply to conversation')).toBeInTheDocument();
    const badge = await screen.findByText('2 problems');
    expect(badge).toHaveAttribute('title', expect.stringContaining('Message is required'));
  });

  it('checks custom attributes against the workspace’s when given, as the editor does', async () => {
    const value = { type: 'intercom', config: { resource: 'contact', operation: 'create', email: 'jane@example.com', customAttributesJson: '{"plann": "pro"}' } } as const;
    const { unmount } = render(<IntercomBlockNode value={value} />);
    expect(await screen.findByText('Ready')).toBeInTheDocument();
    unmount();
    render(<IntercomBlockNode value={value} dataAttributes={[{ name: 'plan', data_type: 'string' }]} />);
    expect(await screen.findByText('1 problem')).toHaveAttribute('title', expect.stringContaining('Did you mean "plan"?'));
  });

  it('asks for an operation when none is chosen', async () => {
    render(<IntercomBlockNode value={{ type: 'intercom', config: { resource: 'contact', operation: '' } }} />);
    expect(screen.getByText('Choose an operation')).toBeInTheDocument();
    expect(await screen.findByText('1 problem')).toBeInTheDocument();
  });

  it('says "Not connected" when the host knows Intercom is not connected, and nothing when it does not know', () => {
    const value = { type: 'intercom' as const, config: { resource: 'admin', operation: 'list' } };
    const { rerender, container } = render(<IntercomBlockNode value={value} connected={false} />);
    expect(screen.getByText('Not connected')).toHaveAttribute('title', 'Connect Intercom before running this block.');
    expect(container.querySelector('.wb-node')).toHaveAttribute('data-connected', 'false');
    rerender(<IntercomBlockNode value={value} />);
    expect(screen.queryByText('Not connected')).toBeNull();
    rerender(<IntercomBlockNode value={value} connected />);
    expect(screen.queryByText('Not connected')).toBeNull();
  });
});
