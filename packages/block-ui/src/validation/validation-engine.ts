// The lazily loaded half of the block (see load-validation-engine.ts): the only block-ui module that imports
// block-core's validation entry, so phone-number metadata, the JSON Schemas and their checker, reference resolution
// in JSON text (jsonc-parser) and the request preview stay out of the entry chunk.
export {
  jsonFieldSchemas,
  jsonFieldTemplate,
  jsonSchemaWithDataAttributes,
  needsDataAttributes,
  previewIntercomRequest,
  runBlock,
  scopedJsonFieldSchema,
  stepsNotRun,
  ticketSchemaForType,
  validateConfig,
} from '@workflow-blocks/block-core/validation';
// Editing ticket_type_id inside the ticket JSON needs jsonc-parser too; the ticket type picker waits for it.
export { ticketTypeIdOf, withTicketTypeId, withTicketTypeTemplate } from '../fields/ticket-type-json.js';
