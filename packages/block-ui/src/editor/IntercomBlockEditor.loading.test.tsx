import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { block, renderEditor } from '../test-support/editor-helpers.js';
import { createFakeTransport } from '../test-support/fake-transport.js';

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

describe('IntercomBlockEditor while the validation engine loads', () => {
  it('shows the fields at once, reports nothing and holds Run until block-core has checked, then shows what it found', async () => {
    const onValidate = vi.fn();
    const { user } = renderEditor({
      transport: createFakeTransport(),
      panels: { connection: true, preview: true, run: true },
      onValidate,
      defaultValue: block({ resource: 'contact', operation: 'update', phone: '123' }),
    });
    const phone = screen.getByRole('textbox', { name: 'Phone' });
    const contactId = screen.getByRole('textbox', { name: 'Contact ID' });
    expect(phone).not.toHaveAttribute('aria-invalid');
    const run = await screen.findByRole('button', { name: 'Run' });
    await waitFor(() => expect(run).toHaveAccessibleDescription('Checking the block for problems…'));
    expect(run).toBeDisabled();
    // Leaving an empty required field meanwhile is remembered.
    await user.click(contactId);
    await user.tab();
    expect(contactId).not.toHaveAttribute('aria-invalid');
    expect(onValidate).not.toHaveBeenCalled();

    chunk.open();
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription(/E\.164/);
    expect(contactId).toHaveAttribute('aria-invalid', 'true');
    expect(run).toHaveAccessibleDescription('Fix these 2 problems before running: Contact ID is required; Phone: Write the phone number in E.164 format.');
    expect(onValidate).toHaveBeenLastCalledWith([expect.objectContaining({ field: 'contactId' }), expect.objectContaining({ field: 'phone' })]);
  });
});
