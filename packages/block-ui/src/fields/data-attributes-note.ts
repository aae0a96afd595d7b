import type { WorkspaceData } from '../connection/connection-context.js';
import type { PickerState } from './PickerNote.js';

const noCheck = 'Intercom checks them when the block runs';

/**
 * What a JSON field whose checks need the workspace's custom attributes says while they are not there: loading,
 * no connection, unreadable (with a retry), or a host that lists none. The block is never held back for them.
 * Undefined once they are loaded.
 */
export function dataAttributesNote(workspace: WorkspaceData): PickerState | undefined {
  const { status, dataAttributes } = workspace;
  if (status.kind === 'none') return { text: `Custom attribute names and types are checked against the workspace once Intercom is connected; until then ${noCheck}.` };
  if (status.kind === 'checking') return { text: 'Loading the workspace’s custom attributes: their names and types are checked once they arrive.' };
  if (status.kind === 'failed') return { text: `Could not reach Intercom to read its custom attributes (${status.reason}); ${noCheck}.`, retry: workspace.refresh };
  if (!status.state.connected) return { text: `Connect Intercom to check custom attribute names and types against its workspace; until then ${noCheck}.` };
  switch (dataAttributes.state) {
    case 'ready':
      return undefined;
    case 'idle':
    case 'loading':
      return { text: 'Loading the workspace’s custom attributes: their names and types are checked once they arrive.' };
    case 'failed':
      return { text: `Could not read the workspace’s custom attributes (${dataAttributes.reason}); ${noCheck}.`, retry: workspace.refresh };
    case 'unavailable':
      return { text: `This host does not list the workspace’s custom attributes: ${noCheck}.` };
  }
}
