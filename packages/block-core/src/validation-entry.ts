// The `@workflow-blocks/block-core/validation` entry: the validation engine (phone numbers, JSON Schemas and their
// checker) apart from the light main entry, so a UI can load it lazily. The main entry re-exports all of it too.
export * from './validation/index.js';
export * from './schemas/index.js';
// runBlock validates before it sends anything, so it needs the engine as well.
export { DEFAULT_RUN_TIMEOUT_MS, runBlock, type RunBlockOptions } from './run/run-block.js';
// The request preview resolves references in JSON text (jsonc-parser's scanner): heavy enough to load with the rest.
export { previewIntercomRequest, type RequestPreviewResult } from './requests/preview-intercom-request.js';
// Whether the steps a block refers to have run: the Run panel asks before running.
export { stepsNotRun } from './references/steps-not-run.js';
