import { fieldOptions, findOperation, operationOptions } from '../definition/visibility.js';
import type { IntercomConfig, ValidationIssue } from '../types.js';
import { isBlankValue } from './blank.js';
import { quoteValue } from '../text/quote.js';


// The operation table does not change while the block runs: each resource's operation names are listed once.
const operationsByResource = new Map<string, string[]>();

function operationNames(resource: string): string[] {
  let names = operationsByResource.get(resource);
  if (!names) {
    names = operationOptions(resource).map((option) => option.value);
    operationsByResource.set(resource, names);
  }
  return names;
}

/**
 * Checks that the resource and operation name one of the block's operations.
 * @param options.requireChoice report a missing resource or operation (validation does; reading a saved block does not)
 * @example checkResourceAndOperation({ resource: 'contact', operation: '...' }, { requireChoice: true })[0]?.code // 'unknown_operation'
 */
export function checkResourceAndOperation(config: IntercomConfig, options: { requireChoice: boolean }): ValidationIssue[] {
  const { resource, operation } = config as { resource: unknown; operation: unknown };
  const issues: ValidationIssue[] = [];
  const resources = fieldOptions('resource', config).map((option) => option.value);
  if (typeof resource !== 'string' && resource !== undefined && resource !== null) return issues; // a wrong kind, reported as such
  if (isBlankValue(resource)) {
    if (options.requireChoice) {
      issues.push({ field: 'resource', code: 'required', message: `Choose a resource: ${resources.join(', ')}.` });
    }
    return issues;
  }
  if (!resources.includes(resource as string)) {
    issues.push({
      field: 'resource',
      code: 'unknown_resource',
      message: `Resource ${quoteValue(resource)} is not one the Intercom block supports. Choose one of: ${resources.join(', ')}.`,
    });
    return issues;
  }
  const operations = operationNames(resource as string);
  if (typeof operation !== 'string' && operation !== undefined && operation !== null) return issues;
  if (isBlankValue(operation)) {
    if (options.requireChoice) {
      issues.push({ field: 'operation', code: 'required', message: `Choose an operation for ${resource as string}: ${operations.join(', ')}.` });
    }
    return issues;
  }
  if (!findOperation(resource, operation)) {
    issues.push({
      field: 'operation',
      code: 'unknown_operation',
      message: `Operation ${quoteValue(operation)} is not available for ${resource as string}. Choose one of: ${operations.join(', ')}.`,
    });
  }
  return issues;
}
