import { useCallback, useId, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import {
  intercomBlock,
  listReferencePaths,
  visibleFields,
  type BlockOutputs,
  type BlockTransport,
  type SavedIntercomBlock,
  type UpstreamStep,
  type ValidationIssue,
} from '@workflow-blocks/block-core';
import { ConnectionStatusPanel } from '../connection/ConnectionStatusPanel.js';
import { WorkspaceContext } from '../connection/connection-context.js';
import { useWorkspaceData } from '../connection/use-workspace-data.js';
import { IntercomIcon } from '../node/IntercomIcon.js';
import { ReferenceContext } from '../references/reference-context.js';
import { buildReferenceTree } from '../references/reference-tree.js';
import { BlockUiRootMarker } from './BlockUiRoot.js';
import { EditorEnvironmentContext, type BlockTheme, type EditorEnvironment } from './editor-context.js';
import { FieldRenderer } from './FieldRenderer.js';
import { LivePanels } from './LivePanels.js';
import { useBlockForm } from './use-block-form.js';
import { useBlockValidation } from './use-block-validation.js';

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
  /** Called by the Reconnect button when Intercom is disconnected; the connection is checked again after. */
  onReconnect?: () => void | Promise<void>;
  /** Every issue block-core reports, after each validation. */
  onValidate?: (issues: ValidationIssue[]) => void;
  /** Outputs of a run started from the editor. */
  onRunComplete?: (outputs: BlockOutputs) => void;
  readOnly?: boolean;
  disabled?: boolean;
  /** `light` (default), `dark`, or `system` to follow the host's colour scheme. */
  theme?: BlockTheme;
  /** Show every field's issues now, not only those of fields the user touched (e.g. after a failed save). */
  showAllIssues?: boolean;
  /** Which panels to show around the fields; all by default. */
  panels?: { connection?: boolean; preview?: boolean; run?: boolean };
  /** Level of the "Intercom" heading, to fit the host's outline. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Prefix for element ids; generated when absent. */
  id?: string;
  className?: string;
}

const hasValue = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * Edits one Intercom block: exactly the fields block-core's `visibleFields(config)` returns, validated by
 * block-core as the user types, with Monaco for JSON fields, a reference picker, the connection, a request
 * preview and Run around them.
 * @example
 * <IntercomBlockEditor value={block} onChange={setBlock} upstream={steps} transport={transport} />
 */
export function IntercomBlockEditor(props: IntercomBlockEditorProps) {
  const { upstream, transport, readOnly = false, disabled = false, theme = 'light', showAllIssues = false } = props;
  const reactId = useId();
  const idPrefix = props.id ?? `wb-${reactId.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const { form, getConfig, setField, onExternalChange } = useBlockForm(props);
  const [resource, operation] = useWatch({ control: form.control, name: ['resource', 'operation'] });
  const visible = visibleFields({ resource, operation });

  const paths = useMemo(() => listReferencePaths(upstream ?? []), [upstream]);
  const references = useMemo(() => ({ upstream: upstream ?? [], paths, tree: buildReferenceTree(paths) }), [upstream, paths]);
  const workspace = useWorkspaceData(transport);
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
  const validation = useBlockValidation(getConfig, { upstream, ticketTypes, initiallyRevealed, onValidate: props.onValidate });
  onExternalChange(() => validation.flush(...filledFields()));

  const { schedule, flush } = validation;
  const onFieldChange = useCallback(
    (name: string, value: unknown) => {
      setField(name, value);
      schedule(name);
    },
    [setField, schedule],
  );
  const onFieldBlur = useCallback((name: string) => flush(name), [flush]);

  const environment = useMemo<EditorEnvironment>(
    () => ({ idPrefix, readOnly, disabled, theme, portalContainer: root }),
    [idPrefix, readOnly, disabled, theme, root],
  );
  const visibleNames = new Set<string>(visible.map((field) => field.name));
  const shown = (name: string) => showAllIssues || validation.revealed.has(name);
  const issuesOf = (name: string) => (shown(name) ? validation.issues.filter((issue) => issue.field === name) : []);
  const otherIssues = validation.issues.filter((issue) => !visibleNames.has(issue.field));
  const shownCount = validation.issues.filter((issue) => visibleNames.has(issue.field) && shown(issue.field)).length;
  const panels = { connection: true, preview: true, run: true, ...props.panels };
  const Heading = `h${props.headingLevel ?? 2}` as const;
  const titleId = `${idPrefix}-title`;

  return (
    <div ref={setRoot} className={['wb-intercom', props.className].filter(Boolean).join(' ')} data-theme={theme}>
      <BlockUiRootMarker value={true}>
        <EditorEnvironmentContext.Provider value={environment}>
          <WorkspaceContext.Provider value={workspace}>
            <ReferenceContext.Provider value={references}>
              <div className="wb-editor" role="group" aria-labelledby={titleId} aria-disabled={disabled ? true : undefined}>
                <div className="wb-panel-row">
                  <Heading className="wb-heading wb-status" id={titleId}>
                    <IntercomIcon className="wb-node-icon" />
                    {intercomBlock.name}
                  </Heading>
                  {readOnly ? <span className="wb-muted">Read-only</span> : null}
                </div>
                {panels.connection ? (
                  <ConnectionStatusPanel status={workspace.status} onReconnect={props.onReconnect} onRefresh={workspace.refresh} />
                ) : null}
                <div className="wb-fields">
                  {visible.map((field) => (
                    <FieldRenderer
                      key={field.name}
                      field={field}
                      control={form.control}
                      resource={resource}
                      issues={issuesOf(field.name)}
                      onFieldChange={onFieldChange}
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
                  control={form.control}
                  getConfig={getConfig}
                  upstream={upstream}
                  workspace={workspace}
                  transport={transport}
                  issueCount={validation.issues.length}
                  preview={panels.preview}
                  run={panels.run}
                  disabled={disabled}
                  onRunComplete={props.onRunComplete}
                />
              </div>
            </ReferenceContext.Provider>
          </WorkspaceContext.Provider>
        </EditorEnvironmentContext.Provider>
      </BlockUiRootMarker>
    </div>
  );
}
