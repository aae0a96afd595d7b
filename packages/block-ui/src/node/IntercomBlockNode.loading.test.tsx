import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { IntercomBlockNode } from './IntercomBlockNode.js';

// Holds block-core's validation engine back until the test lets it load.
const chunk = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
});
vi.mock('../validation/validation-engine.js', async (importOriginal) => {
  await chunk.opened;
  return importOriginal();
});

const getContact = { type: 'intercom' as const, config: { resource: 'contact', operation: 'get', contactId: '1' } };

describe('IntercomBlockNode while the validation engine loads', () => {
  it('says "Checking…", neither ready nor failing, until block-core has checked the block', async () => {
    const { container } = render(<IntercomBlockNode value={getContact} />);
    const badge = screen.getByText('Checking…');
    expect(badge).toHaveAttribute('data-checking', 'true');
    expect(badge).not.toHaveAttribute('data-valid');
    expect(container.querySelector('.wb-node')).not.toHaveAttribute('data-valid');
    expect(screen.queryByText('Ready')).not.toBeInTheDocument();
    chunk.open();
    expect(await screen.findByText('Ready')).toHaveAttribute('data-valid', 'true');
    expect(screen.queryByText('Checking…')).not.toBeInTheDocument();
  });

  it('checks at once once the engine is there', () => {
    render(<IntercomBlockNode value={{ type: 'intercom', config: { resource: 'contact', operation: '' } }} />);
    expect(screen.getByText('1 problem')).toHaveAttribute('data-valid', 'false');
  });
});
