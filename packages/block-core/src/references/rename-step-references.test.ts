import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IntercomConfig, StepOutputs } from '../types.js';
import { listReferences } from './list-references.js';
import { parseReferences } from './parse-references.js';
import { referencesInField } from './reference-fields.js';
import { renameStepReferences } from './rename-step-references.js';
import { resolveReferences } from './resolve-references.js';

describe('renameStepReferences', () => {
  it('rewrites references to the step in text fields, and nothing else', () => {
    const config = {
      resource: 'conversation',
      operation: 'reply',
      message: 'Hi <Trigger.name>, <TriggerB.name> <Trigger> <Other.Trigger> a < b <<Trigger.email>',
      conversationId: '<Trigger.conversation_id>',
      perPage: 50,
    };
    expect(renameStepReferences(config, 'Trigger', 'Start')).toEqual({
      ...config,
      message: 'Hi <Start.name>, <TriggerB.name> <Trigger> <Other.Trigger> a < b <<Start.email>',
      conversationId: '<Start.conversation_id>',
    });
  });

  it('renames in fields the chosen operation does not use too', () => {
    const config = { resource: 'contact', operation: 'get', contactId: '<A.id>', ticketJson: '{"x": "<A.y>"}', message: '<A.z>' };
    expect(renameStepReferences(config, 'A', 'B')).toEqual({ ...config, contactId: '<B.id>', ticketJson: '{"x": "<B.y>"}', message: '<B.z>' });
  });

  it('keeps JSON text as it was apart from the references, inside strings only', () => {
    const text = '{\n    "value":   "<A.x[007]> and <A.y>",\n    "bare": <A.z>, "n": 1.50\n}';
    const config = { resource: 'contact', operation: 'search', queryJson: text };
    expect(renameStepReferences(config, 'A', 'Renamed').queryJson).toBe(
      '{\n    "value":   "<Renamed.x[007]> and <Renamed.y>",\n    "bare": <A.z>, "n": 1.50\n}',
    );
  });

  it('rewrites a reference written with JSON escapes', () => {
    const config = { resource: 'contact', operation: 'search', queryJson: String.raw`{"v": "\u003cA.x> <A.y>"}` };
    expect(renameStepReferences(config, 'A', 'B').queryJson).toBe('{"v": "<B.x> <B.y>"}');
  });

  it('returns the same config when nothing refers to the step, or the new name cannot be referenced', () => {
    const config = { resource: 'conversation', operation: 'reply', message: '<A.x>' };
    expect(renameStepReferences(config, 'B', 'C')).toBe(config);
    expect(renameStepReferences(config, 'A', 'A')).toBe(config);
    expect(renameStepReferences(config, 'A', 'My step')).toBe(config);
  });
});

describe('renameStepReferences properties', () => {
  const steps = ['A', 'AB', 'B'] as const;
  const outputs: StepOutputs = Object.fromEntries(
    steps.map((step) => [step, { s: `text of ${step}`, n: step.length, b: step === 'A', o: { k: [1, step] }, l: ['p', null] }]),
  );
  const reference = fc
    .tuple(fc.constantFrom(...steps), fc.constantFrom('.s', '.n', '.b', '.o', '.o.k[1]', '.l[0]', '.l', '.missing'))
    .map(([step, path]) => `<${step}${path}>`);
  const piece = fc.oneof(reference, fc.constantFrom('a < b', '<john@x.com>', '<A>', '<<', ' ', 'Hi ', '<A.>', '"', '\n'));
  const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
  const json = fc
    .dictionary(fc.oneof(fc.constantFrom('a', 'b'), reference), fc.oneof(text, reference, fc.integer(), fc.array(text, { maxLength: 3 })), { maxKeys: 4 })
    .chain((value) => fc.constantFrom(0, 2, '\t').map((indent) => JSON.stringify({ query: value }, null, indent)));
  // Every reference field of these configs is used, so resolve reads all that rename rewrites.
  const config = fc.oneof(
    fc.record({
      resource: fc.constant('contact'),
      operation: fc.constant('update'),
      contactId: text,
      email: text,
      name: text,
      customAttributesJson: json,
    }),
    fc.record({ resource: fc.constant('conversation'), operation: fc.constant('reply'), conversationId: text, message: text }),
    fc.record({ resource: fc.constant('ticket'), operation: fc.constant('create'), ticketJson: json }),
  );
  const jsonFields = ['customAttributesJson', 'ticketJson'] as const;

  it('resolves a renamed config to what the config resolved to before', () => {
    const renamedOutputs: StepOutputs = { Z: outputs.A ?? {}, AB: outputs.AB ?? {}, B: outputs.B ?? {} };
    fc.assert(
      fc.property(config, (before: IntercomConfig) => {
        const after = renameStepReferences(before, 'A', 'Z');
        const resolvedBefore = resolveReferences(before, outputs);
        const resolvedAfter = resolveReferences(after, renamedOutputs);
        expect(listReferences(after).filter(({ reference }) => reference.step === 'A')).toEqual([]);
        expect(resolvedAfter.ok).toBe(resolvedBefore.ok);
        if (!resolvedBefore.ok || !resolvedAfter.ok) {
          // A and Z have the same length, so the places of unresolved references stay the same.
          const places = (result: typeof resolvedBefore) => (result.ok ? [] : result.issues.map(({ message: _, ...place }) => place));
          expect(places(resolvedAfter)).toEqual(places(resolvedBefore));
          return;
        }
        const parsed = (resolved: IntercomConfig) =>
          Object.fromEntries(Object.entries(resolved).map(([k, v]) => [k, jsonFields.some((f) => f === k) ? JSON.parse(String(v)) : v]));
        expect(parsed(resolvedAfter.config)).toEqual(parsed(resolvedBefore.config));
      }),
    );
  });

  it('never changes text without a reference', () => {
    const noReference = fc
      .array(fc.oneof(fc.string(), fc.constantFrom('a < b', '<john@x.com>', '<A>', '<<', '>', '<A.>', '<1A.x>', '"')), { maxLength: 8 })
      .map((parts) => parts.join(''))
      .filter((value) => parseReferences(value).length === 0 && referencesInField(value, 'json').length === 0);
    fc.assert(
      fc.property(noReference, (value) => {
        const before = { resource: 'contact', operation: 'create', name: value, message: value, customAttributesJson: value };
        expect(renameStepReferences(before, 'A', 'Z')).toBe(before);
      }),
    );
  });
});
