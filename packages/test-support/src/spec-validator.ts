import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { findSpecOperation, loadIntercomSpec, type JsonObject } from './intercom-spec.js';
import { rewriteNullable } from './nullable-rewrite.js';
import { correctSpecQuirks } from './spec-quirks.js';

// ajv-formats ships CommonJS; its default export arrives wrapped under Node's ESM loader.
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? (addFormatsModule as unknown as FormatsPlugin);

export interface SpecCheck {
  valid: boolean;
  errors: string[];
}

export interface RequestToCheck {
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

export interface SpecValidator {
  /** Checks path shape (ids stay one segment), declared query parameters and the body, with formats. */
  validateRequest(operationId: string, request: RequestToCheck): SpecCheck & { undeclaredQuery: string[] };
  /** Checks a response body against the documented response of that status (formats relaxed: spec examples break them). */
  validateResponse(operationId: string, status: number, body: unknown): SpecCheck;
  /** Checks a value against `#/components/schemas/<name>`. */
  validateSchema(schemaName: string, value: unknown, options?: { formats?: boolean }): SpecCheck;
}

const pointer = (...segments: string[]) => segments.map((s) => s.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

function makeAjv(formats: boolean, spec: JsonObject): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: formats, validateSchema: false });
  addFormats(ajv);
  ajv.addFormat('timestamp', true);
  ajv.addSchema(spec, 'intercom');
  return ajv;
}

function describe(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}

/** Validators over the official Intercom description, ajv-compiled once per pointer. */
export function createSpecValidator(): SpecValidator {
  const spec = rewriteNullable(correctSpecQuirks(loadIntercomSpec())) as JsonObject;
  const strictAjv = makeAjv(true, spec);
  const relaxedAjv = makeAjv(false, spec);
  const compiled = new Map<string, ValidateFunction>();
  const compile = (ajv: Ajv, ref: string) => {
    const key = `${ajv === strictAjv ? 's' : 'r'}:${ref}`;
    let fn = compiled.get(key);
    if (!fn) {
      fn = ajv.compile({ $ref: `intercom#/${ref}` });
      compiled.set(key, fn);
    }
    return fn;
  };
  const run = (fn: ValidateFunction, value: unknown): SpecCheck => {
    const valid = fn(value);
    return { valid, errors: valid ? [] : describe(fn) };
  };

  return {
    validateRequest(operationId, request) {
      const { pathTemplate, method, operation } = findSpecOperation(loadIntercomSpec(), operationId);
      const errors: string[] = [];
      const actual = request.path.split('/');
      const expected = pathTemplate.split('/');
      if (actual.length !== expected.length) errors.push(`path ${request.path} does not have the shape ${pathTemplate}`);
      else
        expected.forEach((segment, i) => {
          const part = actual[i] ?? '';
          if (segment.startsWith('{')) {
            if (part === '' || part === '.' || part === '..') errors.push(`path parameter ${segment} is empty or a dot segment`);
          } else if (segment !== part) errors.push(`path segment ${part} should be ${segment}`);
        });
      const parameters = ((operation.parameters ?? []) as JsonObject[]).filter((p) => p.in === 'query');
      const undeclaredQuery: string[] = [];
      for (const [name, raw] of Object.entries(request.query ?? {})) {
        const param = parameters.find((p) => p.name === name);
        if (!param) {
          undeclaredQuery.push(name);
          continue;
        }
        const schema = (param.schema ?? {}) as JsonObject;
        const value = schema.type === 'integer' || schema.type === 'number' ? Number(raw) : schema.type === 'boolean' ? raw === 'true' ? true : raw === 'false' ? false : raw : raw;
        const check = strictAjv.compile(rewriteNullable(schema) as JsonObject);
        if (!check(value)) errors.push(`query ${name}: ${describe(check).join('; ')}`);
      }
      const requestBody = operation.requestBody as JsonObject | undefined;
      if (requestBody) {
        const ref = pointer('paths', pathTemplate, method, 'requestBody', 'content', 'application/json', 'schema');
        const result = run(compile(strictAjv, ref), request.body);
        errors.push(...result.errors.map((e) => `body ${e}`));
      } else if (request.body !== undefined) {
        errors.push('this operation takes no body');
      }
      return { valid: errors.length === 0, errors, undeclaredQuery };
    },
    validateResponse(operationId, status, body) {
      const { pathTemplate, method, operation } = findSpecOperation(loadIntercomSpec(), operationId);
      const responses = (operation.responses ?? {}) as Record<string, JsonObject>;
      const response = responses[String(status)];
      const content = response?.content as Record<string, JsonObject> | undefined;
      if (!content?.['application/json']?.schema) {
        // Undocumented statuses (404 on some routes, 409, 429, 5xx) use the generic error object.
        return status >= 400 ? run(compile(relaxedAjv, 'components/schemas/error'), body) : { valid: false, errors: [`status ${status} is not documented for ${operationId}`] };
      }
      const ref = pointer('paths', pathTemplate, method, 'responses', String(status), 'content', 'application/json', 'schema');
      return run(compile(relaxedAjv, ref), body);
    },
    validateSchema(schemaName, value, options) {
      return run(compile(options?.formats === false ? relaxedAjv : strictAjv, pointer('components', 'schemas', schemaName)), value);
    },
  };
}
