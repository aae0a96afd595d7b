import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, useState } from 'react';
import { intercomBlock, visibleFields, type SavedIntercomBlock } from '@workflow-blocks/block-core';
import { block, choose, renderEditor, shownFields } from '../test-support/editor-helpers.js';
import { IntercomBlockEditor } from './IntercomBlockEditor.js';

describe('IntercomBlockEditor fields', () => {
  it.each(intercomBlock.operations.map((op) => [op.key, op.resource, op.operation] as const))(
    'shows exactly the fields block-core lists for %s, in order',
    (_key, resource, operation) => {
      const { container } = renderEditor({ defaultValue: block({ resource, operation }) });
      expect(shownFields(container)).toEqual(visibleFields({ resource, operation }).map((field) => field.name));
    },
  );

  it('labels each field, marks required ones and shows help and defaults', () => {
    renderEditor({ defaultValue: block({ resource: 'conversation', operation: 'reply' }) });
    const conversationId = screen.getByRole('textbox', { name: 'Conversation ID' });
    expect(conversationId).toHaveAttribute('aria-required', 'true');
    expect(conversationId).toHaveAccessibleDescription(/Intercom conversation ID to act on/);
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveAttribute('aria-required', 'true');
    const replyType = screen.getByRole('combobox', { name: 'Reply type' });
    expect(replyType).not.toHaveAttribute('aria-required');
    expect(replyType).toHaveAccessibleDescription(/Default: Comment\./);
    expect(screen.getByRole('combobox', { name: 'Resource' })).toHaveTextContent('Conversation');
    expect(screen.getByRole('combobox', { name: 'Operation' })).toHaveTextContent('Reply to conversation');
  });

  it('starts a new block from block-core defaults and applies an operation’s defaults when it is chosen', async () => {
    const { user, container, lastConfig } = renderEditor();
    expect(shownFields(container)).toEqual(['resource', 'operation']);
    await choose(user, 'Operation', 'List contacts');
    expect(shownFields(container)).toEqual(['resource', 'operation', 'perPage', 'startingAfter', 'fetchAll']);
    expect(screen.getByRole('textbox', { name: 'Per page' })).toHaveValue('50');
    expect(lastConfig()).toMatchObject({ resource: 'contact', operation: 'list', perPage: 50 });
  });

  it('keeps what was typed into fields the new operation hides, and shows it again on the way back', async () => {
    const { user, lastConfig } = renderEditor({ defaultValue: block({ resource: 'contact', operation: 'create' }) });
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'jane@example.com');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Jane');
    await choose(user, 'Operation', 'Get contact');
    expect(screen.queryByRole('textbox', { name: 'Email' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Contact ID' }), '123');
    expect(lastConfig()).toMatchObject({ operation: 'get', email: 'jane@example.com', name: 'Jane', contactId: '123' });
    await choose(user, 'Operation', 'Create contact');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('jane@example.com');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Jane');
  });

  it('adds no key for a field left empty, and a field the user emptied stays empty after its operation comes back', async () => {
    const { user, lastConfig } = renderEditor({ defaultValue: block({ resource: 'contact', operation: 'create', name: 'Jane' }) });
    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    expect(lastConfig()).toEqual({ resource: 'contact', operation: 'create', name: '' });
    await choose(user, 'Operation', 'Get contact');
    await choose(user, 'Operation', 'Create contact');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'a');
    expect(lastConfig()).toEqual({ resource: 'contact', operation: 'create', name: '', role: 'user', email: 'a' });
  });

  it('gives Create’s role default back on the way to Update, so an update sends no role nobody chose', async () => {
    const { user, lastConfig } = renderEditor({ defaultValue: block({ resource: 'contact', operation: '' }) });
    await choose(user, 'Operation', 'Create contact');
    expect(lastConfig()).toMatchObject({ role: 'user' });
    await choose(user, 'Operation', 'Update contact');
    expect(lastConfig()).not.toHaveProperty('role');
    const role = screen.getByRole('combobox', { name: 'Role' });
    expect(role).toHaveTextContent('Leave unchanged');
    expect(role).not.toHaveAccessibleDescription(/default/i);
  });

  it('offers “Leave unchanged” on an optional select with no default, and choosing it clears the value', async () => {
    const { user, lastConfig } = renderEditor({ defaultValue: block({ resource: 'contact', operation: 'update', contactId: '1', role: 'lead' }) });
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveTextContent('Lead');
    await choose(user, 'Role', 'Leave unchanged');
    expect(lastConfig()).toEqual({ resource: 'contact', operation: 'update', contactId: '1' });
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveTextContent('Leave unchanged');
    await choose(user, 'Role', 'User');
    expect(lastConfig()).toMatchObject({ role: 'user' });
  });

  it('states a default once, and offers no way to unset a select that has one', async () => {
    const { user } = renderEditor({ defaultValue: block({ resource: 'contact', operation: 'create' }) });
    const role = screen.getByRole('combobox', { name: 'Role' });
    expect(role).toHaveAccessibleDescription(/prospect\)\. Default: User\.$/);
    await user.click(role);
    expect(within(await screen.findByRole('listbox')).getAllByRole('option').map((o) => o.textContent)).toEqual(['User', 'Lead']);
    await user.keyboard('{Escape}');
    await choose(user, 'Operation', 'List contacts');
    expect(screen.getByRole('textbox', { name: 'Per page' })).toHaveAccessibleDescription(/150\. Default: 50\.$/);
  });

  it('keeps unknown keys and values of unused fields from the saved block', async () => {
    const saved = block({ resource: 'contact', operation: 'get', contactId: '1', ticketJson: '{"x":1}', custom: { keep: true } });
    const { user, lastConfig } = renderEditor({ defaultValue: saved });
    await user.type(screen.getByRole('textbox', { name: 'Contact ID' }), '2');
    expect(lastConfig()).toEqual({ resource: 'contact', operation: 'get', contactId: '12', ticketJson: '{"x":1}', custom: { keep: true } });
  });

  it('shows an operation typed into the saved JSON that the resource does not have, with the reason', async () => {
    renderEditor({ defaultValue: block({ resource: 'contact', operation: '...' }) });
    const operation = screen.getByRole('combobox', { name: 'Operation' });
    expect(operation).toHaveTextContent('... (not available)');
    await waitFor(() => expect(operation).toHaveAttribute('aria-invalid', 'true'));
    expect(operation).toHaveAccessibleDescription(/Operation "..." is not available for contact/);
  });
});

describe('IntercomBlockEditor value', () => {
  function Controlled({ initial, onChange }: { initial: SavedIntercomBlock; onChange?: (b: SavedIntercomBlock) => void }) {
    const [value, setValue] = useState(initial);
    return (
      <>
        <IntercomBlockEditor
          value={value}
          onChange={(next) => {
            setValue(next);
            onChange?.(next);
          }}
          panels={{ connection: false, preview: false, run: false }}
        />
        <button type="button" onClick={() => setValue(block({ resource: 'ticket', operation: 'get', ticketId: '42' }))}>
          Load another block
        </button>
        <output aria-label="Saved">{JSON.stringify(value)}</output>
      </>
    );
  }

  it('is controlled: edits go out through onChange and a new value from the host replaces the form', async () => {
    const user = userEvent.setup();
    render(<Controlled initial={block({ resource: 'contact', operation: 'get', contactId: '' })} />);
    await user.type(screen.getByRole('textbox', { name: 'Contact ID' }), 'abc');
    expect(JSON.parse(screen.getByRole('status', { name: 'Saved' }).textContent ?? '{}')).toEqual({
      type: 'intercom',
      config: { resource: 'contact', operation: 'get', contactId: 'abc' },
    });
    await user.click(screen.getByRole('button', { name: 'Load another block' }));
    expect(screen.queryByRole('textbox', { name: 'Contact ID' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Ticket ID' })).toHaveValue('42');
  });

  it('commits no render for a keystroke in a text field (the input is registered, not controlled), yet reports the edit', () => {
    const onChange = vi.fn<(b: SavedIntercomBlock) => void>();
    const onRender = vi.fn();
    render(
      <Profiler id="editor" onRender={onRender}>
        <IntercomBlockEditor defaultValue={block({ resource: 'contact', operation: 'create' })} onChange={onChange} panels={{ connection: false, preview: false, run: false }} />
      </Profiler>,
    );
    const commitsBefore = onRender.mock.calls.length;
    const email = screen.getByRole('textbox', { name: 'Email' });
    fireEvent.change(email, { target: { value: 'j' } });
    fireEvent.change(email, { target: { value: 'ja' } });
    expect(onRender).toHaveBeenCalledTimes(commitsBefore);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange.mock.calls[1]?.[0].config).toEqual({ resource: 'contact', operation: 'create', email: 'ja' });
  });

  it('checks a block the host loads at once, like the one it started from', async () => {
    const panels = { connection: false, preview: true, run: false };
    const { rerender } = render(<IntercomBlockEditor value={block({ resource: 'contact', operation: 'create' })} panels={panels} />);
    // The validation engine is there (it loads lazily with the preview's).
    await waitFor(() => expect(screen.queryByText('Preparing the preview…')).not.toBeInTheDocument());
    rerender(<IntercomBlockEditor value={block({ resource: 'contact', operation: 'create', phone: '123' })} panels={panels} />);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveAttribute('aria-invalid', 'true'));
  });

  it('shows a text field’s placeholder only while it is empty', async () => {
    const user = userEvent.setup();
    render(<Controlled initial={block({ resource: 'contact', operation: 'create' })} />);
    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toHaveAttribute('placeholder', 'jane@example.com');
    await user.type(email, 'j');
    expect(email).not.toHaveAttribute('placeholder');
    await user.clear(email);
    expect(email).toHaveAttribute('placeholder', 'jane@example.com');
  });

  it('drops the placeholder of a field the host fills from outside, and brings it back when the host empties it', () => {
    const empty = block({ resource: 'contact', operation: 'create' });
    const { rerender } = render(<IntercomBlockEditor value={empty} panels={{ connection: false, preview: false, run: false }} />);
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAttribute('placeholder', 'jane@example.com');
    rerender(<IntercomBlockEditor value={block({ resource: 'contact', operation: 'create', email: 'a@b.co' })} panels={{ connection: false, preview: false, run: false }} />);
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('a@b.co');
    expect(screen.getByRole('textbox', { name: 'Email' })).not.toHaveAttribute('placeholder');
    rerender(<IntercomBlockEditor value={empty} panels={{ connection: false, preview: false, run: false }} />);
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAttribute('placeholder', 'jane@example.com');
  });

  it('shows a number field’s default as its placeholder only while it is empty', async () => {
    const { user } = renderEditor({ defaultValue: block({ resource: 'contact', operation: 'list' }) });
    const perPage = screen.getByRole('textbox', { name: 'Per page' });
    await user.clear(perPage);
    expect(perPage).toHaveAttribute('placeholder', '50');
    await user.type(perPage, '20');
    expect(perPage).not.toHaveAttribute('placeholder');
  });

  it('is uncontrolled with defaultValue: it keeps its own state', async () => {
    const { user, onChange } = renderEditor({ defaultValue: block({ resource: 'ticket', operation: 'get' }) });
    await user.type(screen.getByRole('textbox', { name: 'Ticket ID' }), '9');
    expect(screen.getByRole('textbox', { name: 'Ticket ID' })).toHaveValue('9');
    expect(onChange).toHaveBeenLastCalledWith({ type: 'intercom', config: { resource: 'ticket', operation: 'get', ticketId: '9' } });
  });
});

describe('IntercomBlockEditor readOnly and disabled', () => {
  const saved = block({ resource: 'contact', operation: 'update', contactId: '1', role: 'lead', customAttributesJson: '{"plan":"pro"}' });

  it('readOnly: every control can be read and focused but not changed', async () => {
    const { user, onChange } = renderEditor({ defaultValue: saved, readOnly: true, upstream: [{ name: 'Trigger', outputs: { id: '1' } }] });
    for (const name of ['Contact ID', 'Email', 'Name', 'Phone']) expect(screen.getByRole('textbox', { name })).toHaveAttribute('readonly');
    expect(await screen.findByRole('textbox', { name: 'Custom attributes' })).toHaveAttribute('readonly');
    const role = screen.getByRole('combobox', { name: 'Role' });
    expect(role).toHaveAttribute('aria-readonly', 'true');
    await user.click(role);
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Contact ID' }), '2');
    expect(screen.queryByRole('button', { name: /Insert a reference/ })).not.toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('disabled: every control is disabled', () => {
    renderEditor({ defaultValue: saved, disabled: true, upstream: [{ name: 'Trigger', outputs: { id: '1' } }] });
    for (const name of ['Contact ID', 'Email', 'Name', 'Phone', 'Custom attributes']) expect(screen.getByRole('textbox', { name })).toBeDisabled();
    for (const name of ['Resource', 'Operation', 'Role']) expect(screen.getByRole('combobox', { name })).toBeDisabled();
    for (const button of screen.getAllByRole('button', { name: /Insert a reference/ })) expect(button).toBeDisabled();
  });
});

describe('IntercomBlockEditor validation', () => {
  it('shows block-core’s message on the field after typing pauses, linked with aria-invalid and aria-describedby', async () => {
    const { user } = renderEditor({ defaultValue: block({ resource: 'contact', operation: 'create' }) });
    const email = screen.getByRole('textbox', { name: 'Email' });
    await user.type(email, 'nope');
    expect(email).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(/"nope" does not look like an email address/);
    await user.type(email, '@example.com');
    await waitFor(() => expect(email).not.toHaveAttribute('aria-invalid'));
  });

  it('shows a missing required value when the field is left', async () => {
    const { user } = renderEditor({ defaultValue: block({ resource: 'contact', operation: 'get' }) });
    const contactId = screen.getByRole('textbox', { name: 'Contact ID' });
    expect(contactId).not.toHaveAttribute('aria-invalid');
    await user.click(contactId);
    await user.tab();
    await waitFor(() => expect(contactId).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText(/Contact ID is required/)).toBeInTheDocument();
  });

  it('shows problems of a saved config at once, and all of them with showAllIssues', async () => {
    renderEditor({ defaultValue: block({ resource: 'contact', operation: 'create', phone: '123' }) });
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveAccessibleDescription(/E\.164/));
    renderEditor({ defaultValue: block({ resource: 'conversation', operation: 'reply' }), showAllIssues: true });
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Message' })).toHaveAttribute('aria-invalid', 'true'));
  });

  it('puts JSON problems under the editor with their line and column, and hands them to the editor as markers', async () => {
    const queryJson = '{\n  "query": {\n    "field": "email",\n    "operator": "LIKE",\n    "value": "x"\n  }\n}';
    renderEditor({ defaultValue: block({ resource: 'contact', operation: 'search', queryJson }) });
    const editor = await screen.findByRole('textbox', { name: 'Search query' });
    await waitFor(() => expect(editor).toHaveAttribute('aria-invalid', 'true'));
    expect(editor).toHaveAccessibleDescription(/Line 4, column 17: Operator "LIKE" is not one Intercom accepts/);
    const marker = screen.getByText(/Operator "LIKE"/, { selector: '[data-line]' });
    expect(marker).toHaveAttribute('data-line', '4');
    expect(marker).toHaveAttribute('data-column', '17');
  });

  it('reports unknown references against the upstream steps', async () => {
    const { user } = renderEditor({ defaultValue: block({ resource: 'contact', operation: 'get' }), upstream: [{ name: 'Trigger', outputs: { id: '1' } }] });
    const contactId = screen.getByRole('textbox', { name: 'Contact ID' });
    await user.type(contactId, '<');
    expect(screen.getByRole('combobox', { name: 'Insert a reference into Contact ID' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(contactId).toHaveFocus();
    await user.keyboard('Trigger.nope>');
    expect(contactId).toHaveValue('<Trigger.nope>');
    await waitFor(() => expect(contactId).toHaveAccessibleDescription(/Trigger has no output "nope". Available: id/));
  });
});

describe('IntercomBlockEditor JSON fields', () => {
  it('gives each JSON field block-core’s schema for its kind', async () => {
    renderEditor({ defaultValue: block({ resource: 'contact', operation: 'create' }) });
    const editor = await screen.findByRole('textbox', { name: 'Custom attributes' });
    await waitFor(() => expect(editor.closest('[data-schema]')).toHaveAttribute('data-schema', 'yes'));
  });
});

describe('IntercomBlockEditor with a host that is slow to echo the value', () => {
  function LaggingHost({ lagMs }: { lagMs: number }) {
    const [value, setValue] = useState(block({ resource: 'contact', operation: 'create' }));
    return (
      <IntercomBlockEditor
        value={value}
        onChange={(next) => setTimeout(() => setValue(next), lagMs)}
        panels={{ connection: false, preview: false, run: false }}
      />
    );
  }

  it('never loses keys typed while the host catches up with earlier edits', async () => {
    const user = userEvent.setup({ delay: 8 });
    render(<LaggingHost lagMs={20} />);
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.type(name, 'Jane Doe from Acme');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(name).toHaveValue('Jane Doe from Acme');
  });
});
