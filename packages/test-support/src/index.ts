export { findSpecOperation, loadIntercomSpec, responseExamples, type JsonObject, type SpecOperation } from './intercom-spec.js';
export { schemaSamples } from './schema-sample.js';
export { createSpecValidator, type RequestToCheck, type SpecCheck, type SpecValidator } from './spec-validator.js';
export { intercomSpecPath, repoRoot } from './spec-location.js';
export { rewriteNullable } from './nullable-rewrite.js';
export { referenceDocExampleText } from './reference-doc.js';
export { acceptedContactSearches } from './search-queries.js';
