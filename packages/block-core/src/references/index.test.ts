import { describe, expect, it } from 'vitest';
import * as references from './index.js';

describe('references barrel', () => {
  it('exposes the references API from its barrel', () => {
    const names = [
      'parseReferences',
      'listReferences',
      'validateReferences',
      'resolveReferences',
      'renameStepReferences',
      'listReferencePaths',
      'searchReferencePaths',
      'outputShapeOf',
      'blockOutputShape',
      'referencesInField',
      'isReferenceIdentifier',
    ] as const;
    for (const name of names) expect([name, typeof references[name]]).toEqual([name, 'function']);
  });
});
