import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { IntercomBlockNode } from './IntercomBlockNode.js';

describe('IntercomBlockNode', () => {
  it('names the block and its operation, and says it is ready when block-core finds no problem', () => {
    render(<IntercomBlockNode value={{ type: 'intercom', config: { resource: 'contact', operation: 'get', contactId: '1' } }} />);
    expect(screen.getByText('Intercom')).toBeInTheDocument();
    expect(screen.getByText('Get contact')).toBeInTheDocument();
    expect(screen.getByText('Ready')).toBeInTheDocument();
  });

  it('counts problems, including references to outputs the upstream steps do not have', () => {
    render(
      <IntercomBlockNode
        value={{ type: 'intercom', config: { resource: 'conversation', operation: 'reply', conversationId: '<Trigger.nope>' } }}
        upstream={[{ name: 'Trigger', outputs: { id: '1' } }]}
      />,
    );
    expect(screen.getByText('Reply to conversation')).toBeInTheDocument();
    const badge = screen.getByText('2 problems');
    expect(badge).toHaveAttribute('title', expect.stringContaining('Message is required'));
  });

  it('asks for an operation when none is chosen', () => {
    render(<IntercomBlockNode value={{ type: 'intercom', config: { resource: 'contact', operation: '' } }} />);
    expect(screen.getByText('Choose an operation')).toBeInTheDocument();
    expect(screen.getByText('1 problem')).toBeInTheDocument();
  });
});
