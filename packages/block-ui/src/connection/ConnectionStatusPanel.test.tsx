import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionState } from '@workflow-blocks/block-core';
import { createFakeTransport, type FakeTransport } from '../test-support/fake-transport.js';
import { intercomConnection, notConnected } from '../test-support/sample-data.js';
import { ConnectionStatusPanel } from './ConnectionStatusPanel.js';
import { CONNECTION_MESSAGE_TYPE } from './oauth-popup.js';
import { useConnectionStatus } from './use-connection-status.js';

const PROXY = 'http://127.0.0.1:8787';

function Panel({ transport }: { transport: FakeTransport }) {
  const { status, refresh } = useConnectionStatus(transport);
  return <ConnectionStatusPanel status={status} onRefresh={refresh} transport={transport} oauthCallbackOrigin={PROXY} />;
}

interface FakePopup {
  closed: boolean;
  close: () => void;
  location: { href: string };
}

function openPopup(): FakePopup {
  const popup: FakePopup = { closed: false, close: vi.fn(() => (popup.closed = true)), location: { href: '' } };
  vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
  return popup;
}

/** A message as the callback page posts it (jsdom's MessageEvent takes no plain object as its source). */
function post(data: unknown, origin: string, source: unknown) {
  const event = new Event('message');
  Object.defineProperties(event, { data: { value: data }, origin: { value: origin }, source: { value: source } });
  act(() => void window.dispatchEvent(event));
}

afterEach(() => vi.restoreAllMocks());

describe('ConnectionStatusPanel: Connect Intercom (OAuth popup)', () => {
  it('opens the consent page in a popup and, on the callback page’s message from the proxy, shows the new connection', async () => {
    const transport = createFakeTransport({ connection: notConnected, authorizeUrl: 'http://127.0.0.1:9/oauth?client_id=x' });
    const popup = openPopup();
    render(<Panel transport={transport} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Connect Intercom' }));
    await vi.waitFor(() => expect(popup.location.href).toBe('http://127.0.0.1:9/oauth?client_id=x'));
    expect(screen.getByRole('button', { name: 'Waiting for Intercom…' })).toHaveAttribute('aria-disabled', 'true');

    // Another origin, or another window, is not listened to.
    transport.setConnection(intercomConnection);
    post({ type: CONNECTION_MESSAGE_TYPE, ok: true, message: 'Connected' }, 'http://evil.example', popup);
    post({ type: CONNECTION_MESSAGE_TYPE, ok: true, message: 'Connected' }, PROXY, window);
    expect(screen.getByRole('button', { name: 'Waiting for Intercom…' })).toBeInTheDocument();

    post({ type: CONNECTION_MESSAGE_TYPE, ok: true, message: 'Connected' }, PROXY, popup);
    expect(await screen.findByText(/^Connected to Intercom as/)).toBeInTheDocument();
    expect(popup.close).toHaveBeenCalled();
  });

  it('says so when consent was denied, when the window was closed, or when the popup was blocked', async () => {
    const transport = createFakeTransport({ connection: notConnected });
    let popup = openPopup();
    render(<Panel transport={transport} />);
    const connect = await screen.findByRole('button', { name: 'Connect Intercom' });
    await userEvent.click(connect);
    await vi.waitFor(() => expect(popup.location.href).not.toBe(''));
    post({ type: CONNECTION_MESSAGE_TYPE, ok: false, message: 'Intercom access was denied.' }, PROXY, popup);
    expect(await screen.findByRole('alert')).toHaveTextContent('Intercom access was denied.');

    popup = openPopup();
    await userEvent.click(screen.getByRole('button', { name: 'Connect Intercom' }));
    await vi.waitFor(() => expect(popup.location.href).not.toBe(''));
    popup.closed = true;
    expect(await screen.findByText('The Intercom window was closed before the connection was made.', {}, { timeout: 3000 })).toBeInTheDocument();

    vi.spyOn(window, 'open').mockReturnValue(null);
    await userEvent.click(screen.getByRole('button', { name: 'Connect Intercom' }));
    expect(await screen.findByText(/The browser blocked the Intercom window/)).toBeInTheDocument();
  });
});

describe('ConnectionStatusPanel: access token, disconnect', () => {
  it('keeps what was typed when the proxy refuses the token, and says why on the field', async () => {
    const transport = createFakeTransport({ connection: notConnected });
    const user = userEvent.setup();
    render(<Panel transport={transport} />);
    await user.click(await screen.findByRole('button', { name: 'Use an access token' }));
    const token = screen.getByLabelText('Access token');
    await user.type(token, 'wrong');
    await user.selectOptions(screen.getByLabelText('Region'), 'au');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText(/Intercom refused this access token/)).toBeInTheDocument();
    expect(token).toHaveValue('wrong');
    expect(token).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Region')).toHaveValue('au');
    expect(transport.connects).toEqual([{ accessToken: 'wrong', region: 'au' }]);
  });

  it('returns focus to its button when the token form is cancelled', async () => {
    render(<Panel transport={createFakeTransport({ connection: notConnected })} />);
    const toggle = await screen.findByRole('button', { name: 'Use an access token' });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Access token')).toBeNull();
    expect(toggle).toHaveFocus();
  });

  it('asks for a token before sending anything', async () => {
    const transport = createFakeTransport({ connection: notConnected });
    render(<Panel transport={transport} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Use an access token' }));
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByLabelText('Access token')).toHaveAccessibleDescription(/Enter the access token/);
    expect(transport.connects).toEqual([]);
  });

  it('disconnects only after the confirmation', async () => {
    const transport = createFakeTransport({ connection: intercomConnection });
    render(<Panel transport={transport} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Disconnect' }));
    expect(transport.disconnects).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(transport.disconnects).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, disconnect' }));
    expect(await screen.findByText('Intercom is not connected')).toBeInTheDocument();
    expect(transport.disconnects).toBe(1);
  });

  it('offers only what the proxy allows (connectMethods)', async () => {
    const tokenOnly: ConnectionState = { ...notConnected, connectMethods: ['token'] };
    render(<Panel transport={createFakeTransport({ connection: tokenOnly })} />);
    const panel = within(await screen.findByRole('group', { name: 'Intercom connection' }));
    await panel.findByRole('button', { name: 'Use an access token' });
    expect(panel.queryByRole('button', { name: 'Connect Intercom' })).toBeNull();
  });
});
