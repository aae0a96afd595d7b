export { validateConfig, type ValidateConfigOptions } from './validate-config.js';
