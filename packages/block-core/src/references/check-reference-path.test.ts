import { describe, expect, it } from 'vitest';
import { checkReferencePath } from './check-reference-path.js';
import { shapeTreeOf } from './shape-tree.js';

const trigger = shapeTreeOf({
  name: 'Trigger',
  outputs: { email: 'a@b.c', name: 'Ann', conversation_id: '1', message: 'Hi', labels: [{ name: 'vip' }], meta: null },
});

describe('checkReferencePath', () => {
  it('accepts paths the outputs have, with any index into a list', () => {
    expect(checkReferencePath('Trigger', trigger, ['email'])).toBeUndefined();
    expect(checkReferencePath('Trigger', trigger, ['labels', 7, 'name'])).toBeUndefined();
  });

  it('names the missing output and lists the available ones', () => {
    expect(checkReferencePath('Trigger', trigger, ['emial'])).toBe(
      'Trigger has no output "emial". Available: email, name, conversation_id, message, labels, meta.',
    );
    expect(checkReferencePath('Trigger', trigger, ['labels', 0, 'nme'])).toBe('Trigger.labels[0] has no field "nme". Available: name.');
  });

  it('says when a name is used on a list, an index on an object, or a field on text', () => {
    expect(checkReferencePath('Trigger', trigger, ['labels', 'name'])).toMatch(/^Trigger\.labels is a list/);
    expect(checkReferencePath('Trigger', trigger, ['labels', 0, 0])).toMatch(/^Trigger\.labels\[0\] is an object, not a list/);
    expect(checkReferencePath('Trigger', trigger, ['email', 'domain'])).toBe('Trigger.email is text, so it has no field "domain".');
  });

  it('does not flag paths below values that may hold more', () => {
    expect(checkReferencePath('Trigger', trigger, ['meta', 'anything', 3])).toBeUndefined();
    const declared = shapeTreeOf({
      name: 'Step',
      shape: { type: 'object', properties: { data: { type: 'unknown' } } },
      outputs: { data: { known: 'x' } },
    });
    expect(checkReferencePath('Step', declared, ['data', 'unknown_here', 'deeper'])).toBeUndefined();
    expect(checkReferencePath('Step', declared, ['other'])).toBe('Step has no output "other". Available: data.');
  });

  it('treats inherited object names as missing', () => {
    expect(checkReferencePath('Trigger', trigger, ['constructor'])).toMatch(/^Trigger has no output "constructor"/);
  });
});
