import { useMemo } from 'react';
import { findOperation, intercomBlock, type SavedIntercomBlock, type TicketTypeInfo, type UpstreamStep } from '@workflow-blocks/block-core';
import type { BlockTheme } from '../editor/editor-context.js';
import { useValidationEngine } from '../validation/load-validation-engine.js';
import { IntercomIcon } from './IntercomIcon.js';

export interface IntercomBlockNodeProps {
  value: SavedIntercomBlock;
  /** Steps before this one; with them, references to missing outputs count as problems. */
  upstream?: UpstreamStep[];
  ticketTypes?: TicketTypeInfo[];
  selected?: boolean;
  theme?: BlockTheme;
  className?: string;
}

/**
 * The block as a compact canvas node: icon, "Intercom", the operation, and whether block-core finds it valid.
 * The first node on a page says "Checking…" for the few ms block-core's validation engine takes to load, never a
 * "Ready" it has not checked.
 * @example <IntercomBlockNode value={{ type: 'intercom', config: { resource: 'contact', operation: 'get' } }} />
 */
export function IntercomBlockNode({ value, upstream, ticketTypes, selected = false, theme = 'light', className }: IntercomBlockNodeProps) {
  const { config } = value;
  const engine = useValidationEngine();
  const issues = useMemo(
    () => engine?.validateConfig(config, { ...(upstream ? { upstream } : {}), ...(ticketTypes ? { ticketTypes } : {}) }),
    [engine, config, upstream, ticketTypes],
  );
  const operation = findOperation(config.resource, config.operation);
  const checking = issues === undefined;
  const valid = issues?.length === 0;
  const state = checking ? undefined : valid ? 'true' : 'false';
  const count = issues?.length ?? 0;
  const problems = `${count} ${count === 1 ? 'problem' : 'problems'}`;
  return (
    <div
      className={['wb-intercom', 'wb-node', className].filter(Boolean).join(' ')}
      data-theme={theme}
      data-selected={selected ? 'true' : undefined}
      data-valid={state}
    >
      <IntercomIcon className="wb-node-icon" />
      <div className="wb-node-text">
        <span className="wb-node-title">{intercomBlock.name}</span>
        <span className="wb-node-operation">{operation ? operation.label : 'Choose an operation'}</span>
      </div>
      <span
        className="wb-badge"
        data-valid={state}
        data-checking={checking ? 'true' : undefined}
        title={checking ? 'Checking the block for problems…' : valid ? undefined : issues.map((i) => i.message).join('\n')}
      >
        {checking ? 'Checking…' : valid ? 'Ready' : problems}
      </span>
    </div>
  );
}
