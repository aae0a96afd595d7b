import { memo, useCallback, useEffect, useId, useMemo, useState } from 'react';
import {
  intercomBlock,
  listReferencePaths,
  scopedTicketId,
  visibleFields,
  type BlockOutputs,
  type BlockTransport,
  type ConnectionState,
  type IntercomConfig,
  type SavedIntercomBlock,
  type UpstreamStep,
  type ValidationIssue,
} from '@workflow-blocks/block-core';
import { ConnectionStatusPanel } from '../connection/ConnectionStatusPanel.js';
import { isConnected, WorkspaceContext } from '../connection/connection-context.js';
import { useTicketScope } from '../connection/use-ticket-scope.js';
import { useWorkspaceData } from '../connection/use-workspace-data.js';
import { IntercomIcon } from '../node/IntercomIcon.js';
import { ReferenceContext } from '../references/reference-context.js';
import { buildReferenceTree } from '../references/reference-tree.js';
import { BlockUiRootMarker } from './BlockUiRoot.js';
import { EditorEnvironmentContext, type BlockTheme, type EditorEnvironment } from './editor-context.js';
import { FieldRenderer } from './FieldRenderer.js';
import { LivePanels } from './LivePanels.js';
import type { HostRun } from '../run/RunPanel.js';
import { useBlockForm, type ValueFollower } from './use-block-form.js';
import { useBlockValidation } from './use-block-validation.js';
import { useFieldValue } from './use-form-values.js';

export interface EditorBodyProps {
  /** The block the form starts from. */
  initial: SavedIntercomBlock | undefined;
  onChange: (block: SavedIntercomBlock) => void;
  /** Where the shell hands each `value` the host passes (controlled mode). */
  follow: ValueFollower;
  upstream: UpstreamStep[] | undefined;
  transport: BlockTransport | undefined;
  onReconnect: (() => void | Promise<void>) | undefined;
  oauthCallbackOrigin: string | undefined;
  connectionRevision: number;
  onConnectionChange: (state: ConnectionState) => void;
  onValidate: (issues: ValidationIssue[]) => void;
  onRunComplete: (outputs: BlockOutputs) => void;
  onRunUpstream: (() => void | Promise<void>) | undefined;
  lastRun: HostRun | undefined;
  stepName: string | undefined;
  readOnly: boolean;
  disabled: boolean;
  theme: BlockTheme;
  showAllIssues: boolean;
  showHeading: boolean;
  showConnection: boolean;
  showPreview: boolean;
  showRun: boolean;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  id: string | undefined;
  className: string | undefined;
}

const hasValue = (value: unknown) => value !== undefined && value !== null && value !== '';
// The same element every render, so React skips the icon when the editor re-renders.
const headingIcon = <IntercomIcon className="wb-node-icon" />;
const noIssues: ValidationIssue[] = [];

/**
 * Everything inside the editor: the form, the fields of the chosen operation, their issues and the panels.
 * Memoised: a keystroke re-renders no field (text inputs are uncontrolled), and the host's echo stops at the shell.
 */
export const EditorBody = memo(function EditorBody(props: EditorBodyProps) {
  const { upstream, transport, readOnly, disabled, theme, showAllIssues } = props;
  // The form lives here, below the shell: a keystroke's echo from the host re-renders the shell, not this.
  const { binding, getConfig, setField, fieldEdited } = useBlockForm(props);
  const reactId = useId();
  const idPrefix = props.id ?? `wb-${reactId.replace(/[^A-Za-z0-9_-]/g, '')}`;
  // Popups (Radix Select's list) portal into an empty element beside the fields, inside the themed root. Not
  // into the root itself: React listens for every event on a portal's container, and would run its event
  // system again for each key typed in a field below it.
  const [portalHost, setPortalHost] = useState<HTMLDivElement | null>(null);
  const resource = useFieldValue(binding, 'resource') as IntercomConfig['resource'];
  const operation = useFieldValue(binding, 'operation') as IntercomConfig['operation'];
  const fetchAll = useFieldValue(binding, 'fetchAll') as IntercomConfig['fetchAll'];
  // Only a new resource or operation changes the fields, or Fetch every page (it shows Max results).
  const visible = useMemo(() => visibleFields({ resource, operation, fetchAll }), [resource, operation, fetchAll]);

  const paths = useMemo(() => listReferencePaths(upstream ?? []), [upstream]);
  const references = useMemo(() => ({ upstream: upstream ?? [], paths, tree: buildReferenceTree(paths) }), [upstream, paths]);
  const workspaceData = useWorkspaceData(transport, props.connectionRevision, props.onConnectionChange);
  // The ticket an update changes: its type narrows the states picker, the attributes JSON and their checks.
  const scopeTicket = useFieldValue(binding, 'ticketId') as IntercomConfig['ticketId'];
  const scopedId = useMemo(() => scopedTicketId({ resource, operation, ticketId: scopeTicket }, upstream), [resource, operation, scopeTicket, upstream]);
  const scope = useTicketScope(transport, isConnected(workspaceData.status), scopedId, workspaceData.ticketTypes);
  const workspace = useMemo(() => ({ ...workspaceData, scope }), [workspaceData, scope]);
  const { refresh: refreshConnection } = workspace;
  const { onRunComplete } = props;
  // A failed run may be Intercom refusing the token: the connection is checked again, so the panel says so.
  const runComplete = useCallback(
    (outputs: BlockOutputs) => {
      onRunComplete(outputs);
      if (!outputs.success) void refreshConnection();
    },
    [onRunComplete, refreshConnection],
  );
  const ticketTypes = workspace.ticketTypes.length > 0 ? workspace.ticketTypes : undefined;
  // Saved values are checked at once; empty fields wait until the user has been there.
  const filledFields = useCallback(
    () =>
      Object.entries(getConfig())
        .filter(([, value]) => hasValue(value))
        .map(([key]) => key),
    [getConfig],
  );
  const [initiallyRevealed] = useState(filledFields);
  const dataAttributes = workspace.dataAttributes.state === 'ready' ? workspace.dataAttributes.items : undefined;
  const validation = useBlockValidation(getConfig, { upstream, ticketTypes, dataAttributes, ...(scope.ticketType ? { ticketType: scope.ticketType } : {}), initiallyRevealed, onValidate: props.onValidate });
  const { schedule, flush } = validation;
  // A block loaded by the host is checked at once, like the one the editor started from.
  useEffect(
    () =>
      binding.onFormWrite((source) => {
        if (source === 'host') flush(...filledFields());
      }),
    [binding, flush, filledFields],
  );

  const onFieldChange = useCallback(
    (name: string, value: unknown) => {
      setField(name, value);
      schedule(name);
    },
    [setField, schedule],
  );
  const onFieldEdited = useCallback(
    (name: string) => {
      fieldEdited(name);
      schedule(name);
    },
    [fieldEdited, schedule],
  );
  const onFieldBlur = useCallback((name: string) => flush(name), [flush]);

  const environment = useMemo<EditorEnvironment>(
    () => ({ idPrefix, readOnly, disabled, theme, portalContainer: portalHost }),
    [idPrefix, readOnly, disabled, theme, portalHost],
  );
  // Issues by field, rebuilt only when validation reports.
  const shownIssues = useMemo(() => {
    const visibleNames = new Set<string>(visible.map((field) => field.name));
    const byField = new Map<string, ValidationIssue[]>();
    const other: ValidationIssue[] = [];
    let count = 0;
    for (const issue of validation.issues) {
      if (!visibleNames.has(issue.field)) other.push(issue);
      else if (showAllIssues || validation.revealed.has(issue.field)) {
        count += 1;
        const list = byField.get(issue.field);
        if (list) list.push(issue);
        else byField.set(issue.field, [issue]);
      }
    }
    return { byField, other, count };
  }, [visible, validation.issues, validation.revealed, showAllIssues]);
  const { other: otherIssues, count: shownCount } = shownIssues;
  const Heading = `h${props.headingLevel}` as const;
  const titleId = `${idPrefix}-title`;

  return (
    <div className={['wb-intercom', props.className].filter(Boolean).join(' ')} data-theme={theme}>
      <BlockUiRootMarker value={true}>
        <EditorEnvironmentContext.Provider value={environment}>
          <WorkspaceContext.Provider value={workspace}>
            <ReferenceContext.Provider value={references}>
              <div
                className="wb-editor"
                role="group"
                {...(props.showHeading ? { 'aria-labelledby': titleId } : { 'aria-label': intercomBlock.name })}
                aria-disabled={disabled ? true : undefined}
              >
                {props.showHeading || readOnly ? (
                  <div className="wb-panel-row">
                    {props.showHeading ? (
                      <Heading className="wb-heading wb-status" id={titleId}>
                        {headingIcon}
                        {intercomBlock.name}
                      </Heading>
                    ) : null}
                    {readOnly ? <span className="wb-muted">Read-only</span> : null}
                  </div>
                ) : null}
                {props.showConnection ? (
                  <ConnectionStatusPanel
                    status={workspace.status}
                    onRefresh={workspace.refresh}
                    {...(transport ? { transport } : {})}
                    {...(props.onReconnect ? { onReconnect: props.onReconnect } : {})}
                    {...(props.oauthCallbackOrigin ? { oauthCallbackOrigin: props.oauthCallbackOrigin } : {})}
                  />
                ) : null}
                <div className="wb-fields">
                  {visible.map((field) => (
                    <FieldRenderer
                      key={field.name}
                      field={field}
                      binding={binding}
                      resource={resource}
                      issues={shownIssues.byField.get(field.name) ?? noIssues}
                      onFieldChange={onFieldChange}
                      onFieldEdited={onFieldEdited}
                      onFieldBlur={onFieldBlur}
                    />
                  ))}
                </div>
                {otherIssues.length > 0 ? (
                  <ul className="wb-issues" aria-label="Other problems">
                    {otherIssues.map((issue, index) => (
                      <li key={`${issue.field}-${index}`}>{issue.message}</li>
                    ))}
                  </ul>
                ) : null}
                <p className="wb-visually-hidden" role="status">
                  {shownCount === 0 ? '' : `${shownCount} ${shownCount === 1 ? 'problem' : 'problems'} to fix.`}
                </p>
                <LivePanels
                  binding={binding}
                  getConfig={getConfig}
                  upstream={upstream}
                  workspace={workspace}
                  transport={transport}
                  issues={validation.issues}
                  checking={validation.checking}
                  preview={props.showPreview}
                  run={props.showRun}
                  disabled={disabled}
                  onRunComplete={runComplete}
                  onRunUpstream={props.onRunUpstream}
                  lastRun={props.lastRun}
                  stepName={props.stepName}
                />
              </div>
            </ReferenceContext.Provider>
          </WorkspaceContext.Provider>
        </EditorEnvironmentContext.Provider>
      </BlockUiRootMarker>
      <div ref={setPortalHost} className="wb-portal-host" />
    </div>
  );
});
