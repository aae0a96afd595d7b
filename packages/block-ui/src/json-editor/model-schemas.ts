import { jsonDefaults } from './monaco-setup.js';

// Monaco's JSON service has one global option set, so every editor's schema is kept here, each matched to
// its own model by file name.
const schemasByModel = new Map<string, object>();

function publish() {
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    // block-core's own check reports the same problems as errors; the schema's are hints while typing.
    schemaValidation: 'warning',
    trailingCommas: 'error',
    comments: 'error',
    schemas: [...schemasByModel].map(([modelUri, schema]) => ({
      uri: `${modelUri}.schema.json`,
      fileMatch: [modelUri],
      schema,
    })),
  });
}

/**
 * Gives one model its JSON Schema (completion, hover, diagnostics), or takes it away with `undefined`.
 * @example setModelSchema(model.uri.toString(), jsonFieldSchemas.searchQuery)
 */
export function setModelSchema(modelUri: string, schema: object | undefined): void {
  if (schema === undefined) {
    if (!schemasByModel.delete(modelUri)) return;
  } else {
    if (schemasByModel.get(modelUri) === schema) return;
    schemasByModel.set(modelUri, schema);
  }
  publish();
}
