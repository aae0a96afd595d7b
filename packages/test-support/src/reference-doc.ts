import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './spec-location.js';

/**
 * The reference doc's example block, as printed in its "Example" section: read from `shared/` beside the
 * repository so tests follow the contract users read rather than a copy of it.
 */
export function referenceDocExampleText(): string {
  const path = resolve(repoRoot, '../shared/reference/intercom-block-reference.md');
  const doc = readFileSync(path, 'utf8');
  const example = /Example \[#example\][\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!example) throw new Error(`No JSON example found in the Example section of ${path}`);
  return example.trim();
}
