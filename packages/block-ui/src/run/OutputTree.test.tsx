import { describe, expect, it } from 'vitest';
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
});
