import { useMemo } from 'react';
import { findOperation, intercomBlock, type DataAttributeInfo, type SavedIntercomBlock, type TicketTypeInfo, type UpstreamStep } from '@workflow-blocks/block-core';
import type { BlockTheme } from '../editor/editor-context.js';
import { useValidationEngine } from '../validation/load-validation-engine.js';
import { IntercomIcon } from './IntercomIcon.js';

export interface IntercomBlockNodeProps {
  value: SavedIntercomBlock;
  /** Steps before this one; with them, references to missing outputs count as problems. */
  upstream?: UpstreamStep[];
  ticketTypes?: TicketTypeInfo[];
  /** The workspace's custom contact attributes, to check custom_attributes as the editor does. */
  dataAttributes?: readonly DataAttributeInfo[];
  selected?: boolean;
  /** The host's last run of this step: shown in the one badge when the block has no problems. */
  run?: 'running' | 'succeeded' | 'failed';
  /** A line under the operation, e.g. the step's name that references use. */
  caption?: string;
  /** `false` when the host knows Intercom is not connected (or needs reconnecting): the node says "Not connected". */
  connected?: boolean;
  theme?: BlockTheme;
  className?: string;
}

const runLabels = { running: 'Running…', succeeded: 'Succeeded', failed: 'Failed' } as const;

/**
 * The block as a compact canvas node: icon, "Intercom", the operation, and one badge: problems block-core finds
 * (with the same upstream steps the editor validates against), else the host's last run, else "Ready".
 * The first node on a page says "Checking…" for the few ms block-core's validation engine takes to load, never a
 * "Ready" it has not checked.
 * @example <IntercomBlockNode value={{ type: 'intercom', config: { resource: 'contact', operation: 'get' } }} />
 */
export function IntercomBlockNode({ value, upstream, ticketTypes, dataAttributes, selected = false, run, caption, connected, theme = 'light', className }: IntercomBlockNodeProps) {
  const { config } = value;
  const engine = useValidationEngine();
  const issues = useMemo(
    () =>
      engine?.validateConfig(config, {
        ...(upstream ? { upstream } : {}),
        ...(ticketTypes ? { ticketTypes } : {}),
        ...(dataAttributes ? { dataAttributes } : {}),
      }),
    [engine, config, upstream, ticketTypes, dataAttributes],
  );
  const operation = findOperation(config.resource, config.operation);
  const checking = issues === undefined;
  const valid = issues?.length === 0;
  const state = checking ? undefined : valid ? 'true' : 'false';
  const count = issues?.length ?? 0;
  const problems = `${count} ${count === 1 ? 'problem' : 'problems'}`;
  const badge = checking ? 'Checking…' : !valid ? problems : run ? runLabels[run] : 'Ready';
  return (
    <div
      className={['wb-intercom', 'wb-node', className].filter(Boolean).join(' ')}
      data-theme={theme}
      data-selected={selected ? 'true' : undefined}
      data-valid={state}
      data-connected={connected === false ? 'false' : undefined}
    >
      <IntercomIcon className="wb-node-icon" />
      <div className="wb-node-text">
        <span className="wb-node-title">{intercomBlock.name}</span>
        <span className="wb-node-operation">{operation ? operation.label : 'Choose an operation'}</span>
        {caption ? <code className="wb-node-caption">{caption}</code> : null}
        {connected === false ? (
          <span className="wb-node-connection" title="Connect Intercom before running this block.">
            Not connected
          </span>
        ) : null}
      </div>
      <span
        className="wb-badge"
        data-valid={state}
        data-checking={checking ? 'true' : undefined}
        data-run={valid && run ? run : undefined}
        title={checking ? 'Checking the block for problems…' : valid ? undefined : issues.map((i) => i.message).join('\n')}
      >
        {badge}
      </span>
    </div>
  );
}
