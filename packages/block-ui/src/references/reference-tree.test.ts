import { describe, expect, it } from 'vitest';
import { listReferencePaths } from '@workflow-blocks/block-core';
import { manyUpstreamSteps, sampleUpstream } from '../test-support/sample-data.js';
import { ancestry, buildReferenceTree } from './reference-tree.js';

describe('buildReferenceTree', () => {
  it('puts each step first, then its outputs nested as block-core lists them', () => {
    const tree = buildReferenceTree(listReferencePaths(sampleUpstream));
    expect(tree.steps.map((step) => step.label)).toEqual(['Trigger', 'Classify', 'Draft']);
    const trigger = tree.steps[0];
    expect(trigger?.children.map((node) => node.label)).toEqual(['contact', 'conversation']);
    const contact = trigger?.children[0];
    expect(contact?.children.map((node) => node.label)).toEqual(['id', 'email', 'name', 'phone', 'age']);
    expect(contact?.children[1]?.entry?.reference).toBe('<Trigger.contact.email>');
  });

  it('shows list items as an index under their list', () => {
    const tree = buildReferenceTree(listReferencePaths(sampleUpstream));
    const labels = tree.byKey.get('<Classify.labels>');
    expect(labels?.children.map((node) => node.label)).toEqual(['[0]']);
    expect(labels?.children[0]?.children.map((node) => node.label)).toEqual(['name', 'score']);
  });

  it('finds a node by its reference and walks back up to its step', () => {
    const tree = buildReferenceTree(listReferencePaths(sampleUpstream));
    const email = tree.byKey.get('<Trigger.contact.email>');
    expect(email && ancestry(email).map((node) => node.label)).toEqual(['Trigger', 'contact', 'email']);
  });

  // Its speed is measured by `pnpm bench interaction` beside a baseline, not timed here (a busy CI machine).
  it('builds the tree of 10,000 paths from 500 steps', () => {
    const paths = listReferencePaths(manyUpstreamSteps(500));
    expect(paths).toHaveLength(10_000);
    const tree = buildReferenceTree(paths);
    expect(tree.steps).toHaveLength(500);
    expect(tree.steps[499]?.children.map((node) => node.label)).toEqual(['customer', 'order', 'ticket', 'result']);
  });
});
