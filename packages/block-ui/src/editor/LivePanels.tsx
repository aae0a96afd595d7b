import { memo, useMemo } from 'react';
import type { BlockOutputs, BlockTransport, IntercomConfig, UpstreamStep, ValidationIssue } from '@workflow-blocks/block-core';
import type { WorkspaceData } from '../connection/connection-context.js';
import { RequestPreview } from '../preview/RequestPreview.js';
import { sampleStepOutputs } from '../preview/sample-step-outputs.js';
import { LazyRunPanel } from '../run/LazyRunPanel.js';
import type { HostRun } from '../run/RunPanel.js';
import type { BlockFormBinding } from './use-block-form.js';
import { useConfigSnapshot } from './use-form-values.js';

export interface LivePanelsProps {
  binding: BlockFormBinding;
  getConfig: () => IntercomConfig;
  upstream: UpstreamStep[] | undefined;
  workspace: WorkspaceData;
  transport: BlockTransport | undefined;
  issues: readonly ValidationIssue[];
  /** Validation has not reported yet (its engine is loading). */
  checking: boolean;
  preview: boolean;
  run: boolean;
  disabled: boolean;
  onRunComplete?: (outputs: BlockOutputs) => void;
  onRunUpstream?: () => void | Promise<void>;
  lastRun?: HostRun;
  stepName?: string | undefined;
}

/**
 * The request preview and Run, re-rendered on every edit without re-rendering the fields. With both panels off
 * nothing here watches the form, so edits cost nothing.
 */
export const LivePanels = memo(function LivePanels(props: LivePanelsProps) {
  return props.preview || props.run ? <WatchedPanels {...props} /> : null;
});

function WatchedPanels(props: LivePanelsProps) {
  // The whole config (hidden fields and unknown keys too), a new snapshot after each edit.
  const config = useConfigSnapshot(props.binding, props.getConfig);
  const stepOutputs = useMemo(() => sampleStepOutputs(props.upstream ?? []), [props.upstream]);
  const status = props.workspace.status;
  const adminId = status.kind === 'known' ? status.state.admin?.id : undefined;
  return (
    <>
      {props.preview ? <RequestPreview config={config} stepOutputs={stepOutputs} {...(adminId ? { adminId } : {})} /> : null}
      {props.run ? (
        <LazyRunPanel
          config={config}
          issues={props.issues}
          upstream={props.upstream}
          onRunUpstream={props.onRunUpstream}
          lastRun={props.lastRun}
          {...(props.stepName !== undefined ? { stepName: props.stepName } : {})}
          checking={props.checking}
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
