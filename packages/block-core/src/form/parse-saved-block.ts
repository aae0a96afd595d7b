import type { IntercomConfig, SavedIntercomBlock, ValidationIssue } from '../types.js';
import { checkResourceAndOperation } from '../validation/resource-operation-rules.js';
import { parseJsonText } from '../validation/json-text.js';
import { applyDefaults } from './apply-defaults.js';
import { isFieldName, wrongKindIssue } from './field-kind.js';
import { quoteValue } from '../text/quote.js';

/** The result of reading a saved block: the block when it is usable, and every problem found. */
export interface ParsedSavedBlock {
  block?: SavedIntercomBlock;
  issues: ValidationIssue[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a saved Intercom block from JSON text or an object. Only an unusable top level (not JSON, not an
 * object, `type` not "intercom", `config` not an object) gives no block. Otherwise the block comes back with
 * defaults applied and every value kept as typed, including unknown keys and values of the wrong kind, which
 * are reported as issues on their field, as are an unknown resource or operation.
 * @param input the saved block: JSON text, or the parsed object
 * @returns the block (when usable) and the issues
 * @example parseSavedBlock('{"type":"intercom","config":{"resource":"contact","operation":"..."}}').issues[0]?.field // 'operation'
 */
export function parseSavedBlock(input: unknown): ParsedSavedBlock {
  let data = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return { issues: [{ field: 'block', code: parsed.problem.code, message: parsed.problem.message, ...parsed.problem.range }] };
    data = parsed.document.value;
  }
  if (!isObject(data)) {
    return {
      issues: [{ field: 'block', code: 'not_an_object', message: 'A saved block must be an object like {"type": "intercom", "config": {...}}.' }],
    };
  }
  if (data.type !== 'intercom') {
    const message =
      data.type === undefined
        ? 'The saved block has no "type": an Intercom block has "type": "intercom".'
        : `This is not an Intercom block: its type is ${quoteValue(data.type)}, not "intercom".`;
    return { issues: [{ field: 'type', code: 'wrong_block_type', message }] };
  }
  if (!isObject(data.config)) {
    return {
      issues: [{ field: 'config', code: 'invalid_config', message: 'The saved block has no "config" object with the Intercom settings.' }],
    };
  }
  const saved = data.config as IntercomConfig;
  const issues: ValidationIssue[] = [];
  for (const [name, value] of Object.entries(saved)) {
    const issue = isFieldName(name) ? wrongKindIssue(name, value) : undefined;
    if (issue) issues.push(issue);
  }
  const config = applyDefaults(saved);
  issues.push(...checkResourceAndOperation(config, { requireChoice: false }));
  return { block: { ...data, type: 'intercom', config }, issues };
}
