import type { PickerKind } from '@workflow-blocks/block-core';
import type { WorkspaceData } from '../connection/connection-context.js';
import { useEditorEnvironment } from '../editor/editor-context.js';
import type { FieldNote } from './TextField.js';
import type { FieldIds } from './field-ids.js';
import { pickerSources } from './picker-entries.js';

/** What a picker says under its text input while its list is not there to choose from, and what it offers. */
export interface PickerState {
  text: string;
  retry?: () => Promise<void>;
}

/**
 * Why the picker offers no list yet, in words: loading, an empty list, a workspace that cannot be read (with a
 * retry), or no connection. Undefined when there is nothing to say (no transport, or no such list).
 */
export function pickerState(workspace: WorkspaceData, kind: PickerKind): PickerState | undefined {
  const { noun } = pickerSources[kind];
  const { status } = workspace;
  if (status.kind === 'none') return undefined;
  if (status.kind === 'checking') return { text: `Loading the workspace's ${noun}…` };
  if (status.kind === 'failed') return { text: `Could not reach Intercom to list its ${noun}: ${status.reason}`, retry: workspace.refresh };
  if (!status.state.connected) return { text: `Connect Intercom to choose from its ${noun}.` };
  const list = workspace.lists[kind];
  switch (list.state) {
    case 'unavailable':
      return undefined;
    case 'idle':
    case 'loading':
      return { text: `Loading the workspace's ${noun}…` };
    case 'failed':
      return { text: `Could not read the workspace's ${noun}: ${list.reason}`, retry: () => workspace.reload(kind) };
    case 'ready':
      return list.items.length === 0 ? { text: `The workspace has no ${noun} yet.` } : undefined;
  }
}

/** The state line under the text input, with Retry where the list can be read again. */
export function pickerNote({ ids, state, noun }: { ids: FieldIds; state: PickerState; noun: string }): FieldNote {
  const id = `${ids.control}-list-state`;
  return {
    id,
    content: <PickerNoteLine id={id} refocus={() => document.getElementById(ids.control)?.focus()} state={state} noun={noun} />,
  };
}

/** The state line, with Retry; `refocus` gives the focus back to the field while the list loads again. */
export function PickerNoteLine({ id, refocus, state, noun }: { id: string; refocus: () => void; state: PickerState; noun: string }) {
  const { disabled } = useEditorEnvironment();
  const { retry } = state;
  return (
    <div className="wb-picker-note">
      <p className="wb-help" id={id} role="status">
        {state.text}
      </p>
      {retry ? (
        <button
          type="button"
          className="wb-button"
          aria-label={`Retry loading ${noun}`}
          disabled={disabled}
          onClick={() => {
            // The button goes while the list loads: the field keeps the focus.
            refocus();
            void retry();
          }}
        >
          Retry
        </button>
      ) : null}
    </div>
  );
}
