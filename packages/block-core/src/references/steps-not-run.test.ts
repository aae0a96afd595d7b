import { describe, expect, it } from 'vitest';
import type { UpstreamStep } from '../types.js';
import { blockOutputShape } from './block-output-shape.js';
import { stepsNotRun } from './steps-not-run.js';

const upstream: UpstreamStep[] = [
  { name: 'Trigger', outputs: { contact: { email: 'a@b.co' } } },
  { name: 'Intercom', shape: blockOutputShape({ resource: 'contact', operation: 'create' }) },
  { name: 'Intercom2', shape: blockOutputShape({ resource: 'contact', operation: 'get' }) },
];

describe('stepsNotRun', () => {
  it('names the referenced upstream steps that have no outputs yet, in workflow order', () => {
    const config = { resource: 'conversation', operation: 'reply', conversationId: '<Intercom2.contact.id>', message: 'Hi <Intercom.contact.name> <Trigger.contact.email>' };
    expect(stepsNotRun(config, upstream)).toEqual(['Intercom', 'Intercom2']);
  });

  it('names none when every referenced step has outputs, or a step is not referenced', () => {
    expect(stepsNotRun({ resource: 'contact', operation: 'get', contactId: '<Trigger.contact.email>' }, upstream)).toEqual([]);
    expect(stepsNotRun({ resource: 'contact', operation: 'get', contactId: '123' }, upstream)).toEqual([]);
  });

  it('ignores references in fields the operation does not show', () => {
    expect(stepsNotRun({ resource: 'contact', operation: 'get', contactId: '1', message: '<Intercom.contact.id>' }, upstream)).toEqual([]);
  });
});
