import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeTransport } from '../test-support/fake-transport.js';
import { notConnected, sampleDataAttributes } from '../test-support/sample-data.js';
import { useWorkspaceData } from './use-workspace-data.js';

describe('useWorkspaceData: the workspace’s custom attributes', () => {
  it('are loading after the connection is known, then read from the transport', async () => {
    // One transport for every render: a new one would start the lookups again.
    const transport = createFakeTransport({ dataAttributes: sampleDataAttributes, pending: ['dataAttributes'] });
    const { result } = renderHook(() => useWorkspaceData(transport));
    await waitFor(() => expect(result.current.dataAttributes).toEqual({ state: 'loading' }));
    const ready = createFakeTransport({ dataAttributes: sampleDataAttributes });
    const loaded = renderHook(() => useWorkspaceData(ready));
    await waitFor(() => expect(loaded.result.current.dataAttributes).toEqual({ state: 'ready', items: sampleDataAttributes }));
    expect(ready.listCalls.dataAttributes).toBe(1);
  });

  it('are idle without a transport or a connection, unavailable from a transport that lists none, failed with the reason', async () => {
    expect(renderHook(() => useWorkspaceData(undefined)).result.current.dataAttributes).toEqual({ state: 'idle' });

    const offline = createFakeTransport({ connection: notConnected, dataAttributes: sampleDataAttributes });
    const disconnected = renderHook(() => useWorkspaceData(offline));
    await waitFor(() => expect(disconnected.result.current.status.kind).toBe('known'));
    expect(disconnected.result.current.dataAttributes).toEqual({ state: 'idle' });
    expect(offline.listCalls.dataAttributes).toBe(0);

    const plain = createFakeTransport();
    const silent = renderHook(() => useWorkspaceData(plain));
    await waitFor(() => expect(silent.result.current.dataAttributes).toEqual({ state: 'unavailable' }));

    const broken = createFakeTransport({ dataAttributes: sampleDataAttributes, unreadable: ['dataAttributes'] });
    const failing = renderHook(() => useWorkspaceData(broken));
    await waitFor(() => expect(failing.result.current.dataAttributes).toMatchObject({ state: 'failed' }));
    const failed = failing.result.current.dataAttributes;
    expect(failed.state === 'failed' ? failed.reason : '').not.toBe('');
  });
});
