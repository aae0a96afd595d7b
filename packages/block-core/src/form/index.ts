export { applyDefaults, createDefaultConfig } from './apply-defaults.js';
export { switchOperation, type OperationChange } from './switch-operation.js';
export { parseSavedBlock, type ParsedSavedBlock } from './parse-saved-block.js';
export { serializeSavedBlock } from './serialize-saved-block.js';
