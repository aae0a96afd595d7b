import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OutputTree } from './OutputTree.js';

const outputs = { success: true, contact: { id: '1', email: 'jane@example.com', tags: ['vip', 'beta'] } };

describe('OutputTree', () => {
  it('shows outputs under their names with top-level objects open', () => {
    render(<OutputTree value={outputs} label="Run outputs" />);
    const tree = screen.getByRole('tree', { name: 'Run outputs' });
    expect(tree).toBeInTheDocument();
    expect(screen.getByRole('treeitem', { name: /success: true/ })).toBeInTheDocument();
    expect(screen.getByRole('treeitem', { name: /^contact:/ })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('treeitem', { name: /email: "jane@example.com"/ })).toBeInTheDocument();
    expect(screen.queryByRole('treeitem', { name: /"vip"/ })).not.toBeInTheDocument();
  });

  it('is used with the keyboard alone: Tab in, arrows move, Right opens, Left closes and goes up', async () => {
    const user = userEvent.setup();
    render(<OutputTree value={outputs} label="Run outputs" />);
    await user.tab();
    expect(screen.getByRole('treeitem', { name: /success/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    const tags = screen.getByRole('treeitem', { name: /^tags:/ });
    expect(tags).toHaveFocus();
    expect(tags).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowRight}');
    expect(tags).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('treeitem', { name: /0: "vip"/ })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(tags).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(tags).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Home}');
    expect(screen.getByRole('treeitem', { name: /success/ })).toHaveFocus();
  });

  it('offers the reference to the row in focus, to copy or insert, as <Step.path> with list indexes', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onInsertReference = vi.fn<(reference: string) => void>();
    render(<OutputTree value={outputs} label="Trigger outputs" referenceStep="Trigger" onInsertReference={onInsertReference} />);
    await user.click(screen.getByRole('treeitem', { name: /^email:/ }));
    expect(screen.getByText('<Trigger.contact.email>')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy reference' }));
    expect(writeText).toHaveBeenCalledWith('<Trigger.contact.email>');
    expect(screen.getByRole('status')).toHaveTextContent('Copied <Trigger.contact.email>.');
    await user.click(screen.getByRole('treeitem', { name: /^tags:/ }));
    await user.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('treeitem', { name: '1: "beta"' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Insert as reference' }));
    expect(onInsertReference).toHaveBeenCalledWith('<Trigger.contact.tags[1]>');
  });

  it('says so when a key cannot be written in a reference', async () => {
    const user = userEvent.setup();
    render(<OutputTree value={{ 'first-name': 'Jane' }} label="Outputs" referenceStep="Trigger" />);
    await user.click(screen.getByRole('treeitem', { name: /^first-name/ }));
    expect(screen.getByText('This key cannot be written in a reference.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy reference' })).not.toBeInTheDocument();
  });
});
