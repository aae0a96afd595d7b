import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { DataAttributeInfo, TicketTypeInfo, UpstreamStep } from '@workflow-blocks/block-core';
import { IntercomBlockNode } from '@workflow-blocks/block-ui';
import type { StepRun, WorkflowStep } from '../workflow/types.js';

export type StepNodeData = {
  step: WorkflowStep;
  run?: StepRun | undefined;
  upstream: UpstreamStep[];
  ticketTypes?: TicketTypeInfo[] | undefined;
  dataAttributes?: DataAttributeInfo[] | undefined;
  /** False when the tenant's Intercom is not connected. */
  intercomConnected?: boolean | undefined;
  first: boolean;
  last: boolean;
};
export type StepFlowNode = Node<StepNodeData, 'step'>;

const runLabel: Record<StepRun['status'], string> = { running: 'Running…', succeeded: 'Succeeded', failed: 'Failed' };

/** A step on the canvas; an Intercom step is the block's own node (one card, one badge), validated as its editor is. */
export function StepNode({ data, selected }: NodeProps<StepFlowNode>) {
  const { step, run } = data;
  const block = step.kind === 'intercom' ? step.block : undefined;
  return (
    <div className={`step-node${block ? ' step-node--block' : ''}${selected ? ' is-selected' : ''}`} data-testid={`node-${step.name}`}>
      {!data.first && <Handle type="target" position={Position.Left} isConnectable={false} />}
      {block ? (
        <IntercomBlockNode
          value={block}
          upstream={data.upstream}
          {...(data.ticketTypes?.length ? { ticketTypes: data.ticketTypes } : {})}
          {...(data.dataAttributes ? { dataAttributes: data.dataAttributes } : {})}
          {...(run ? { run: run.status } : {})}
          caption={step.name}
          theme="system"
          selected={selected}
          {...(data.intercomConnected === undefined ? {} : { connected: data.intercomConnected })}
        />
      ) : (
        <>
          <div className="step-node__body">
            <span className="step-node__kind">{step.kind === 'trigger' ? 'Trigger' : 'AI'}</span>
            <strong>{step.label}</strong>
          </div>
          <div className="step-node__footer">
            <code>{step.name}</code>
            {run && <span className={`run-badge run-badge--${run.status}`}>{runLabel[run.status]}</span>}
          </div>
        </>
      )}
      {!data.last && <Handle type="source" position={Position.Right} isConnectable={false} />}
    </div>
  );
}
