// The bundle baseline: what a host ships to render a form with @rjsf/core and validate it with ajv 8.
export { default as Form } from '@rjsf/core';
export { default as validator } from '@rjsf/validator-ajv8';
