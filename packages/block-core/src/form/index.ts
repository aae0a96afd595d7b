export { applyDefaults, createDefaultConfig } from './apply-defaults.js';
export { parseSavedBlock, type ParsedSavedBlock } from './parse-saved-block.js';
export { serializeSavedBlock } from './serialize-saved-block.js';
