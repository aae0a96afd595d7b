import { useEffect, useMemo, useRef } from 'react';
import { Background, Controls, ReactFlow, useReactFlow, type Edge, type FitViewOptions, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { DataAttributeInfo, TicketTypeInfo } from '@workflow-blocks/block-core';
import { upstreamOf } from '../workflow/steps.js';
import type { StepRun, Workflow } from '../workflow/types.js';
import { StepNode, type StepFlowNode } from './StepNode.js';

const nodeTypes = { step: StepNode };
// Zooming out far enough that a workflow fits a narrow canvas (800 px windows, a side panel open).
const MIN_ZOOM = 0.2;
const fitOptions: FitViewOptions = { padding: 0.15, maxZoom: 1, minZoom: MIN_ZOOM };

interface Props {
  workflow: Workflow;
  runs: Record<string, StepRun>;
  /** The workspace's ticket types, so a node validates a ticket as its editor does. */
  ticketTypes?: TicketTypeInfo[] | undefined;
  dataAttributes?: DataAttributeInfo[] | undefined;
  /** False when the tenant's Intercom is not connected: Intercom nodes say so. */
  intercomConnected?: boolean | undefined;
  selectedId: string | undefined;
  onSelect: (stepId: string | undefined) => void;
  onMove: (stepId: string, position: { x: number; y: number }) => void;
}

/** The workflow as a left-to-right chain of nodes; selecting a node opens its editor. */
export function WorkflowCanvas({ workflow, runs, ticketTypes, dataAttributes, intercomConnected, selectedId, onSelect, onMove }: Props) {
  // Each node's measured size, handed back with every new node object: React Flow hides a controlled node that
  // comes without one until its size changes, so a node whose run state changed but not its size stayed hidden.
  const measured = useRef(new Map<string, { width: number; height: number }>());
  const nodes = useMemo<StepFlowNode[]>(
    () =>
      workflow.steps.map((step, i) => ({
        id: step.id,
        type: 'step',
        position: step.position,
        ...(measured.current.has(step.id) ? { measured: measured.current.get(step.id) } : {}),
        selected: step.id === selectedId,
        ariaLabel: `${step.label} step ${step.name}`,
        data: {
          step,
          run: runs[step.id],
          // The node validates against what its editor does: the same upstream steps and ticket types.
          upstream: step.kind === 'intercom' ? upstreamOf(workflow, step.id, runs) : [],
          ticketTypes,
          dataAttributes,
          intercomConnected,
          first: i === 0,
          last: i === workflow.steps.length - 1,
        },
      })),
    [workflow, runs, ticketTypes, dataAttributes, intercomConnected, selectedId],
  );
  const edges = useMemo<Edge[]>(
    () =>
      workflow.steps.slice(1).map((step, i) => {
        const source = workflow.steps[i]!.id;
        return { id: `${source}->${step.id}`, source, target: step.id };
      }),
    [workflow],
  );
  const onNodesChange = (changes: NodeChange<StepFlowNode>[]) => {
    for (const change of changes) {
      if (change.type === 'dimensions' && change.dimensions) measured.current.set(change.id, change.dimensions);
      // Only a user's click or key selects a node; onSelectionChange would echo the previous selection back
      // after every change of `selectedId` and loop (React's "Maximum update depth exceeded").
      if (change.type === 'select' && change.selected && change.id !== selectedId) onSelect(change.id);
      if (change.type === 'position' && change.position && !change.dragging) onMove(change.id, change.position);
      if (change.type === 'position' && change.position && change.dragging) onMove(change.id, change.position);
    }
  };
  const canvas = useFitWhenStepsOrSizeChange(workflow.steps.map((step) => step.id).join(' '));
  return (
    <section ref={canvas} className="canvas" aria-label="Workflow canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeClick={(_, node) => onSelect(node.id)}
        nodesConnectable={false}
        // Edges have no action here: no Tab stop for them.
        edgesFocusable={false}
        // The canvas follows the system's colour scheme, as the rest of the playground does.
        colorMode="system"
        fitView
        fitViewOptions={fitOptions}
        minZoom={MIN_ZOOM}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </section>
  );
}

/**
 * Fits the workflow into view when a step is added or removed and when the canvas changes size (the window, the
 * side panel opening): a new step never lands out of sight behind the panel. Gives the canvas element's ref.
 */
function useFitWhenStepsOrSizeChange(stepIds: string) {
  const { fitView } = useReactFlow();
  const canvas = useRef<HTMLElement>(null);
  useEffect(() => {
    // React Flow waits for new nodes to be measured before it fits them.
    void fitView(fitOptions);
  }, [stepIds, fitView]);
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void fitView(fitOptions));
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [fitView]);
  return canvas;
}
