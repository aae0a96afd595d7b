import './styles/block-ui.css';

export { IntercomBlockEditor, type IntercomBlockEditorProps } from './editor/IntercomBlockEditor.js';
export { IntercomBlockNode, type IntercomBlockNodeProps } from './node/IntercomBlockNode.js';
export type { PickerCloseReason, ReferencePickerProps } from './references/ReferencePicker.js';
export { LazyReferencePicker as ReferencePicker } from './references/LazyReferencePicker.js';
export type { OutputTreeProps } from './run/OutputTree.js';
export { LazyOutputTree as OutputTree, LazyRunPanel as RunPanel } from './run/LazyRunPanel.js';
export type { HostRun, RunPanelProps } from './run/RunPanel.js';
export { runBlockedReason } from './run/run-blocked-reason.js';
export { RequestPreview, type RequestPreviewProps } from './preview/RequestPreview.js';
export { sampleStepOutputs } from './preview/sample-step-outputs.js';
export { ConnectionStatusPanel, type ConnectionStatusPanelProps } from './connection/ConnectionStatusPanel.js';
export type { ConnectionStatus } from './connection/connection-context.js';
export { useConnectionStatus } from './connection/use-connection-status.js';
export { CONNECTION_MESSAGE_TYPE } from './connection/oauth-popup.js';
export { BlockUiRoot, type BlockUiRootProps } from './editor/BlockUiRoot.js';
export type { BlockTheme } from './editor/editor-context.js';
