import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { IntercomBlockNode } from '@workflow-blocks/block-ui';
import type { StepRun, WorkflowStep } from '../workflow/types.js';

export type StepNodeData = { step: WorkflowStep; run?: StepRun; first: boolean; last: boolean };
export type StepFlowNode = Node<StepNodeData, 'step'>;

const runLabel: Record<StepRun['status'], string> = { running: 'Running…', succeeded: 'Succeeded', failed: 'Failed' };

/** A step on the canvas; Intercom steps use the block's own compact node view. */
export function StepNode({ data, selected }: NodeProps<StepFlowNode>) {
  const { step, run } = data;
  return (
    <div className={`step-node${selected ? ' is-selected' : ''}`} data-testid={`node-${step.name}`}>
      {!data.first && <Handle type="target" position={Position.Left} isConnectable={false} />}
      {step.kind === 'intercom' && step.block ? (
        <IntercomBlockNode value={step.block} />
      ) : (
        <div className="step-node__body">
          <span className="step-node__kind">{step.kind === 'trigger' ? 'Trigger' : 'AI'}</span>
          <strong>{step.label}</strong>
        </div>
      )}
      <div className="step-node__footer">
        <code>{step.name}</code>
        {run && <span className={`run-badge run-badge--${run.status}`}>{runLabel[run.status]}</span>}
      </div>
      {!data.last && <Handle type="source" position={Position.Right} isConnectable={false} />}
    </div>
  );
}
