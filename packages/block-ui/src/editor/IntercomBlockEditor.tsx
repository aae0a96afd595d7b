import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { BlockOutputs, BlockTransport, ConnectionState, SavedIntercomBlock, UpstreamStep, ValidationIssue } from '@workflow-blocks/block-core';
import type { BlockTheme } from './editor-context.js';
import { EditorBody } from './EditorBody.js';
import type { ValueFollower } from './use-block-form.js';
import type { HostRun } from '../run/RunPanel.js';

export interface IntercomBlockEditorProps {
  /** Controlled: the saved block `{ type: "intercom", config }`; the editor follows it whenever it changes. */
  value?: SavedIntercomBlock;
  /** Uncontrolled: the block to start from (a new block with block-core's defaults when neither is given). */
  defaultValue?: SavedIntercomBlock;
  /** Every edit, as the whole saved block; values of hidden fields and unknown keys are kept. */
  onChange?: (block: SavedIntercomBlock) => void;
  /** Steps before this block on the canvas: what references may point at, and samples for the preview. */
  upstream?: UpstreamStep[];
  /** How the editor reaches Intercom (connection, admins, ticket types, run); without it the editor only edits. */
  transport?: BlockTransport;
  /**
   * The host's own Reconnect, used when the transport cannot connect by itself (no `startOAuth` or
   * `connectWithToken`); the connection is checked again after.
   */
  onReconnect?: () => void | Promise<void>;
  /** The origin of the proxy's OAuth callback page, whose message ends the consent popup (default: this page's origin). */
  oauthCallbackOrigin?: string;
  /** Change it to have the editor check the connection again (e.g. after the host connected or disconnected). */
  connectionRevision?: number;
  /** Each connection state the editor learns (after a check, a connect or a disconnect). */
  onConnectionChange?: (state: ConnectionState) => void;
  /** Every issue block-core reports, after each validation. */
  onValidate?: (issues: ValidationIssue[]) => void;
  /** Outputs of a run started from the editor. */
  onRunComplete?: (outputs: BlockOutputs) => void;
  /** When a referenced upstream step has not run, Run offers this: the host runs the steps before the block. */
  onRunUpstream?: () => void | Promise<void>;
  /** The step's name in the host's workflow: the run outputs then offer `<stepName.path>` references to copy. */
  stepName?: string;
  /** The host's latest run of this block (e.g. in a workflow run): the Run panel shows it when it is the newest. */
  lastRun?: HostRun;
  readOnly?: boolean;
  disabled?: boolean;
  /** `light` (default), `dark`, or `system` to follow the host's colour scheme. */
  theme?: BlockTheme;
  /** Show every field's issues now, not only those of fields the user touched (e.g. after a failed save). */
  showAllIssues?: boolean;
  /** Which panels to show around the fields; all by default. `heading: false` when the host titles the block itself. */
  panels?: { heading?: boolean; connection?: boolean; preview?: boolean; run?: boolean };
  /** Level of the "Intercom" heading, to fit the host's outline. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Prefix for element ids; generated when absent. */
  id?: string;
  className?: string;
}

/** A callback that keeps its identity while always calling the host's latest one (hosts often pass inline functions). */
function useLatest<A extends unknown[], R>(callback: ((...args: A) => R) | undefined): (...args: A) => R | undefined {
  const latest = useRef(callback);
  latest.current = callback;
  return useCallback((...args: A) => latest.current?.(...args), []);
}

/**
 * Edits one Intercom block: exactly the fields block-core's `visibleFields(config)` returns, validated by
 * block-core as the user types, with Monaco for JSON fields, a reference picker, the connection, a request
 * preview and Run around them.
 * @example
 * <IntercomBlockEditor value={block} onChange={setBlock} upstream={steps} transport={transport} />
 */
export function IntercomBlockEditor(props: IntercomBlockEditorProps) {
  // The host re-renders this on every keystroke (its `value` changes): this shell hands `value` to the form in
  // a layout effect, and the body below gets props that stay the same, so it skips re-rendering.
  const [initial] = useState(() => props.value ?? props.defaultValue);
  const follow = useRef<ValueFollower['current']>(undefined);
  useLayoutEffect(() => {
    if (props.value) follow.current?.(props.value);
  }, [props.value]);
  const onChange = useLatest(props.onChange);
  const onReconnect = useLatest(props.onReconnect);
  const onValidate = useLatest(props.onValidate);
  const onRunComplete = useLatest(props.onRunComplete);
  const onConnectionChange = useLatest(props.onConnectionChange);
  const onRunUpstream = useLatest(props.onRunUpstream);
  const panels = { heading: true, connection: true, preview: true, run: true, ...props.panels };
  return (
    <EditorBody
      initial={initial}
      onChange={onChange}
      follow={follow}
      upstream={props.upstream}
      transport={props.transport}
      onReconnect={props.onReconnect ? onReconnect : undefined}
      oauthCallbackOrigin={props.oauthCallbackOrigin}
      connectionRevision={props.connectionRevision ?? 0}
      onConnectionChange={onConnectionChange}
      onValidate={onValidate}
      onRunComplete={onRunComplete}
      onRunUpstream={props.onRunUpstream ? onRunUpstream : undefined}
      lastRun={props.lastRun}
      stepName={props.stepName}
      readOnly={props.readOnly ?? false}
      disabled={props.disabled ?? false}
      theme={props.theme ?? 'light'}
      showAllIssues={props.showAllIssues ?? false}
      showHeading={Boolean(panels.heading)}
      showConnection={Boolean(panels.connection)}
      showPreview={Boolean(panels.preview)}
      showRun={Boolean(panels.run)}
      headingLevel={props.headingLevel ?? 2}
      id={props.id}
      className={props.className}
    />
  );
}
