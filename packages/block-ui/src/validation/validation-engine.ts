// The only block-ui module that imports block-core's validation entry: loaded lazily (see load-validation-engine.ts),
// so phone-number metadata, the JSON Schemas and their checker stay out of the entry chunk.
export { jsonFieldSchemas, runBlock, ticketSchemaForType, validateConfig } from '@workflow-blocks/block-core/validation';
