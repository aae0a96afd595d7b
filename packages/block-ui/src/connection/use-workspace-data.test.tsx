import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createFakeTransport } from '../test-support/fake-transport.js';
import { notConnected, sampleTeams } from '../test-support/sample-data.js';
import { useWorkspaceData } from './use-workspace-data.js';

describe('useWorkspaceData', () => {
  it('checks the connection, then reads every list the transport offers', async () => {
    const onState = vi.fn();
    const transport = createFakeTransport();
    const { result } = renderHook(() => useWorkspaceData(transport, 0, onState));
    expect(result.current.status).toEqual({ kind: 'checking' });
    await waitFor(() => expect(result.current.lists.teams).toEqual({ state: 'ready', items: sampleTeams }));
    expect(result.current.status.kind).toBe('known');
    expect(onState).toHaveBeenCalledWith(expect.objectContaining({ connected: true }));
    expect(result.current.lists.admins.state).toBe('ready');
    expect(result.current.lists.tags.state).toBe('ready');
    expect(result.current.ticketTypes.map((type) => type.id)).toEqual(['7', '8']);
    expect(result.current.lists.ticketStates.state).toBe('ready');
  });

  it('says a list is unavailable when the transport has no call for it (its fields stay text inputs)', async () => {
    const transport = { ...createFakeTransport(), ticketStates: undefined };
    const { result } = renderHook(() => useWorkspaceData(transport));
    await waitFor(() => expect(result.current.lists.teams.state).toBe('ready'));
    expect(result.current.lists.ticketStates).toEqual({ state: 'unavailable' });
  });

  it('says a list is loading while its call has not answered', async () => {
    const transport = createFakeTransport({ pending: ['tags'] });
    const { result } = renderHook(() => useWorkspaceData(transport));
    await waitFor(() => expect(result.current.lists.teams.state).toBe('ready'));
    expect(result.current.lists.tags).toEqual({ state: 'loading' });
  });

  it('keeps the reason of a list that cannot be read, the others usable, and reads it again on reload', async () => {
    const transport = createFakeTransport({ unreadable: ['teams'] });
    const { result } = renderHook(() => useWorkspaceData(transport));
    await waitFor(() => expect(result.current.lists.teams.state).toBe('failed'));
    expect(result.current.lists.teams).toEqual({ state: 'failed', reason: 'The proxy could not reach Intercom (503): try again in a moment.' });
    expect(result.current.lists.admins.state).toBe('ready');
    transport.unreadable.delete('teams');
    await act(() => result.current.reload('teams'));
    expect(result.current.lists.teams).toEqual({ state: 'ready', items: sampleTeams });
    // Only teams again (the assignees list reads admins and teams once too).
    expect(transport.listCalls).toMatchObject({ teams: 3, admins: 2 });
  });

  it('reads no list when not connected, and says why the connection could not be checked', async () => {
    const transport = createFakeTransport({ connection: notConnected });
    const { result } = renderHook(() => useWorkspaceData(transport));
    await waitFor(() => expect(result.current.status.kind).toBe('known'));
    expect(result.current.lists.admins).toEqual({ state: 'idle' });
    const failing = createFakeTransport();
    failing.connection = () => Promise.reject(new Error('Network error'));
    const { result: failed } = renderHook(() => useWorkspaceData(failing));
    await waitFor(() => expect(failed.current.status).toEqual({ kind: 'failed', reason: 'Network error' }));
  });

  it('without a transport, asks nothing', () => {
    const { result } = renderHook(() => useWorkspaceData(undefined));
    expect(result.current.status).toEqual({ kind: 'none' });
    expect(result.current.lists.teams).toEqual({ state: 'idle' });
  });
});
