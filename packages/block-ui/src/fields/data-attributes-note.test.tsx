import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { block, renderEditor } from '../test-support/editor-helpers.js';
import { createFakeTransport } from '../test-support/fake-transport.js';
import { notConnected, sampleDataAttributes } from '../test-support/sample-data.js';

const create = (customAttributesJson: string) =>
  block({ resource: 'contact', operation: 'create', role: 'user', email: 'jane@example.com', customAttributesJson });
const allPanels = { connection: true, preview: false, run: true };
const customAttributesField = () => screen.getByText('Custom attributes', { selector: '.wb-label' }).closest<HTMLElement>('.wb-field') as HTMLElement;

describe('custom attributes that know the workspace, in the editor', () => {
  it('says the checks wait while the attributes load, and the block can still run', async () => {
    const transport = createFakeTransport({ dataAttributes: sampleDataAttributes, pending: ['dataAttributes'] });
    renderEditor({ transport, panels: allPanels, defaultValue: create('{"plann": "pro"}') });
    const note = await within(customAttributesField()).findByText('Loading the workspace’s custom attributes: their names and types are checked once they arrive.');
    expect(note).toHaveAttribute('role', 'status');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled(), { timeout: 10_000 });
    expect(screen.queryByText(/no custom attribute "plann"/)).not.toBeInTheDocument();
  });

  it('says why nothing is checked without a connection, or from a host that lists no attributes', async () => {
    const offline = renderEditor({ transport: createFakeTransport({ connection: notConnected, dataAttributes: sampleDataAttributes }), defaultValue: create('{}') });
    expect(await within(customAttributesField()).findByText(/^Connect Intercom to check custom attribute names and types/)).toHaveAttribute('role', 'status');
    offline.unmount();
    renderEditor({ transport: createFakeTransport(), defaultValue: create('{}') });
    expect(await within(customAttributesField()).findByText('This host does not list the workspace’s custom attributes: Intercom checks them when the block runs.')).toBeInTheDocument();
  });

  it('once loaded, says nothing more and flags an unknown key with the closest name', async () => {
    renderEditor({ transport: createFakeTransport({ dataAttributes: sampleDataAttributes }), defaultValue: create('{"plann": "pro"}') });
    const issues = await within(customAttributesField()).findAllByText(/no custom attribute "plann": Intercom would refuse it\. Did you mean "plan"\?/, {}, { timeout: 10_000 });
    expect(issues.length).toBeGreaterThan(0);
    expect(within(customAttributesField()).queryByText(/custom attributes: their names|does not list the workspace|Connect Intercom to check/)).not.toBeInTheDocument();
  });
});
