import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listReferencePaths } from '@workflow-blocks/block-core';
import { manyUpstreamSteps, sampleUpstream } from '../test-support/sample-data.js';
import { ReferencePicker } from './ReferencePicker.js';

function renderPicker(paths = listReferencePaths(sampleUpstream)) {
  const onSelect = vi.fn<(reference: string) => void>();
  const onClose = vi.fn();
  render(<ReferencePicker paths={paths} label="Insert a reference into Email" onSelect={onSelect} onClose={onClose} />);
  const input = screen.getByRole('combobox', { name: 'Insert a reference into Email' });
  const active = () => {
    const id = input.getAttribute('aria-activedescendant');
    return id ? document.getElementById(id) : null;
  };
  return { input, onSelect, onClose, active };
}

describe('ReferencePicker', () => {
  it('is a focused combobox controlling a listbox of upstream steps', () => {
    const { input, active } = renderPicker();
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox');
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual([
      expect.stringContaining('Trigger'),
      expect.stringContaining('Classify'),
      expect.stringContaining('Draft'),
    ]);
    expect(active()).toHaveTextContent('Trigger');
  });

  it('goes into nested objects with Right, back out with Left, and inserts with Enter', async () => {
    const user = userEvent.setup();
    const { onSelect, onClose, active } = renderPicker();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('listbox', { name: 'Trigger' })).toBeInTheDocument();
    expect(active()).toHaveTextContent('contact');
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(active()).toHaveTextContent('email');
    expect(active()).toHaveTextContent('"jane@example.com"');
    await user.keyboard('{ArrowLeft}');
    expect(active()).toHaveTextContent('contact');
    await user.keyboard('{ArrowRight}{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('<Trigger.contact.email>');
    expect(onClose).toHaveBeenCalledWith('select');
  });

  it('opens a step with Enter instead of inserting it, since a step alone is not a reference', async () => {
    const user = userEvent.setup();
    const { onSelect, active } = renderPicker();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).not.toHaveBeenCalled();
    expect(active()).toHaveTextContent('labels');
  });

  it('opens a row with › on click instead of inserting it, and inserts a leaf on click', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderPicker();
    await user.click(screen.getByRole('option', { name: /^Trigger/ }));
    expect(onSelect).not.toHaveBeenCalled();
    await user.click(screen.getByRole('option', { name: /^contact/ }));
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.getByRole('listbox', { name: 'Trigger › contact' })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: /^email/ }));
    expect(onSelect).toHaveBeenCalledWith('<Trigger.contact.email>');
  });

  it('opens an object with Enter too, and inserts it whole from its "Insert all of" row, by mouse or keyboard', async () => {
    const user = userEvent.setup();
    const { onSelect, active } = renderPicker();
    await user.keyboard('{Enter}');
    expect(active()).toHaveTextContent('contact');
    await user.keyboard('{Enter}');
    expect(onSelect).not.toHaveBeenCalled();
    expect(active()).toHaveTextContent(/^id/);
    await user.keyboard('{ArrowUp}');
    expect(active()).toHaveTextContent('Insert all of contact');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('<Trigger.contact>');
  });

  it('inserts an opened object whole by clicking its "Insert all of" row', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderPicker();
    await user.click(screen.getByRole('option', { name: /^Trigger/ }));
    await user.click(screen.getByRole('option', { name: /^conversation/ }));
    await user.click(screen.getByRole('option', { name: /Insert all of conversation/ }));
    expect(onSelect).toHaveBeenCalledWith('<Trigger.conversation>');
  });

  it('opens an object found by search in place instead of inserting it', async () => {
    const user = userEvent.setup();
    const { onSelect, active } = renderPicker();
    await user.keyboard('Trigger.contact');
    expect(active()).toHaveTextContent(/^Trigger\.contactobject/);
    await user.keyboard('{Enter}');
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.getByRole('listbox', { name: 'Trigger › contact' })).toBeInTheDocument();
  });

  it('searches with block-core and inserts the match', async () => {
    const user = userEvent.setup();
    const { onSelect, active } = renderPicker();
    await user.keyboard('emai');
    expect(active()).toHaveTextContent('Trigger.contact.email');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('<Trigger.contact.email>');
  });

  it('closes on Escape without inserting', async () => {
    const user = userEvent.setup();
    const { onSelect, onClose } = renderPicker();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledWith('escape');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('renders only the rows in view for 500 steps and caps search results', async () => {
    const user = userEvent.setup();
    const { active } = renderPicker(listReferencePaths(manyUpstreamSteps(500)));
    const options = screen.getAllByRole('option');
    expect(options.length).toBeLessThan(30);
    expect(options[0]).toHaveAttribute('aria-setsize', '500');
    await user.keyboard('{PageDown}{PageDown}{PageDown}');
    expect(active()).toHaveAttribute('aria-posinset', '22');
    await user.keyboard('score');
    expect(screen.getByText(/Showing the first 50 matches/)).toBeInTheDocument();
    expect(screen.getAllByRole('option').length).toBeLessThanOrEqual(50);
  });
});
