import { useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { BlockOutputs, BlockTransport, IntercomConfig, UpstreamStep } from '@workflow-blocks/block-core';
import type { WorkspaceData } from '../connection/connection-context.js';
import { RequestPreview } from '../preview/RequestPreview.js';
import { sampleStepOutputs } from '../preview/sample-step-outputs.js';
import { RunPanel } from '../run/RunPanel.js';

export interface LivePanelsProps {
  control: Control<IntercomConfig>;
  getConfig: () => IntercomConfig;
  upstream: UpstreamStep[] | undefined;
  workspace: WorkspaceData;
  transport: BlockTransport | undefined;
  issueCount: number;
  preview: boolean;
  run: boolean;
  disabled: boolean;
  onRunComplete?: (outputs: BlockOutputs) => void;
}

/** The request preview and Run, re-rendered on every edit without re-rendering the fields. */
export function LivePanels(props: LivePanelsProps) {
  const values = useWatch({ control: props.control });
  const { getConfig } = props;
  // useWatch signals the change; the full config (hidden fields and unknown keys too) comes from the form.
  const config = useMemo(() => getConfig(), [getConfig, values]);
  const stepOutputs = useMemo(() => sampleStepOutputs(props.upstream ?? []), [props.upstream]);
  const status = props.workspace.status;
  const adminId = status.kind === 'known' ? status.state.admin?.id : undefined;
  return (
    <>
      {props.preview ? <RequestPreview config={config} stepOutputs={stepOutputs} {...(adminId ? { adminId } : {})} /> : null}
      {props.run ? (
        <RunPanel
          config={config}
          issueCount={props.issueCount}
          transport={props.transport}
          status={status}
          stepOutputs={stepOutputs}
          disabled={props.disabled}
          onRunComplete={props.onRunComplete}
        />
      ) : null}
    </>
  );
}
