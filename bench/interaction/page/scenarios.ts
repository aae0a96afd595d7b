import { listReferencePaths, type IntercomConfig, type UpstreamStep } from '@workflow-blocks/block-core';
import { largeUpstream, smallUpstream } from './upstream.js';

/** The three measured interactions, each with the block it starts from. */
export type ScenarioName = 'keystroke' | 'switch' | 'picker';

export interface Scenario {
  config: IntercomConfig;
  upstream: UpstreamStep[];
  /** References offered by the rjsf form's text fields as `<datalist>` suggestions. */
  examples?: string[];
}

export function scenarioOf(name: string): Scenario {
  switch (name) {
    case 'switch':
      return { config: { resource: 'conversation', operation: 'get', conversationId: '' }, upstream: smallUpstream() };
    case 'picker': {
      const upstream = largeUpstream();
      return { config: { resource: 'contact', operation: 'get', contactId: '' }, upstream, examples: listReferencePaths(upstream).map((path) => path.reference) };
    }
    default:
      return { config: { resource: 'contact', operation: 'create', role: 'user', email: '', name: '', phone: '', customAttributesJson: '{}' }, upstream: smallUpstream() };
  }
}
