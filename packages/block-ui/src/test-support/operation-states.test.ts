import { describe, expect, it } from 'vitest';
import { intercomOperations, operationByKey, type OperationDefinition } from '@workflow-blocks/block-core';
import { invalidConfig, operationStates, operationStoryEntries, stateConfig, storyIssues } from './operation-states.js';

describe('operationStoryEntries (the generated stories of editor/OperationStates.stories.tsx)', () => {
  it('gives every operation of the table a story in every state it can be in, with a unique export name', () => {
    const entries = operationStoryEntries();
    for (const operation of intercomOperations) {
      const states = entries.filter((entry) => entry.key === operation.key).map((entry) => entry.state);
      expect(states, operation.key).toEqual(operationStates.filter((state) => state !== 'invalid' || storyIssues(invalidConfig(operation)).length > 0));
    }
    expect(new Set(entries.map((entry) => entry.exportName)).size).toBe(entries.length);
    expect(entries[0]).toEqual({ exportName: 'ContactCreateEmpty', key: 'contact.create', state: 'empty' });
  });

  it('gives an operation added to the table its stories with no edit', () => {
    const added: OperationDefinition = { ...operationByKey('contact.get'), key: 'contact.find', operation: 'find', label: 'Find contact' };
    expect(operationStoryEntries([added]).map((entry) => entry.exportName)).toEqual(['ContactFindEmpty', 'ContactFindInvalid', 'ContactFindSucceeded', 'ContactFindFailed']);
  });

  it("starts 'succeeded' and 'failed' from the operation's valid example, and 'invalid' from one validation refuses on its fields", () => {
    for (const operation of intercomOperations) {
      expect(storyIssues(stateConfig(operation, 'succeeded')), operation.key).toEqual([]);
    }
    expect(invalidConfig(operationByKey('conversation.snooze'))).toMatchObject({ conversationId: '..', snoozedUntil: '2001-01-01T00:00:00Z' });
    expect(invalidConfig(operationByKey('contact.list'))).toMatchObject({ perPage: 151 });
  });

  it('leaves out the invalid story of an operation that has no field to refuse', () => {
    expect(operationStoryEntries([operationByKey('admin.list')]).map((entry) => entry.state)).toEqual(['empty', 'succeeded', 'failed']);
  });
});
