import type { IntercomConfig, StepOutputs, UpstreamStep } from '@workflow-blocks/block-core';

/** The "Example" section of the reference doc, as written (its `...` placeholders included). */
export const docExampleConfig: IntercomConfig = {
  resource: 'contact',
  operation: '...',
  role: 'user',
  contactId: '<PreviousStep.field>',
  perPage: 50,
  queryJson: '...',
  conversationId: '<PreviousStep.field>',
  message: '<PreviousStep.field>',
  ticketJson: '...',
  ticketId: '<PreviousStep.field>',
};

/** The same example with a real operation chosen, so its reference is checked and resolved. */
export const docExampleAsGet: IntercomConfig = { ...docExampleConfig, operation: 'get' };

export const docStepOutputs: StepOutputs = { PreviousStep: { field: '6650a1b2c3d4e5f600000001' } };
export const docUpstream: UpstreamStep[] = [{ name: 'PreviousStep', outputs: docStepOutputs.PreviousStep }];

/** A mix of filters over every kind of field Intercom searches, a third of them holding references. */
const filterKinds: ((i: number) => Record<string, unknown>)[] = [
  () => ({ field: 'email', operator: '=', value: '<Trigger.contact.email>' }),
  (i) => ({ field: 'name', operator: '~', value: `Jane ${i}` }),
  () => ({ field: 'role', operator: 'IN', value: ['user', 'lead'] }),
  (i) => ({ field: 'created_at', operator: '>', value: 1577836800 + i * 86400 }),
  () => ({ field: 'custom_attributes.plan', operator: '=', value: '<Trigger.contact.plan>' }),
  () => ({ field: 'unsubscribed_from_emails', operator: '=', value: false }),
  (i) => ({ field: 'tag_id', operator: '!=', value: String(1000 + i) }),
  () => ({ field: 'location.country', operator: '^', value: 'Fr' }),
  () => ({ field: 'last_seen_at', operator: '<', value: '<Trigger.since>' }),
  () => ({ field: 'email_domain', operator: '$', value: 'example.com' }),
  (i) => ({ field: 'external_id', operator: 'NIN', value: [`ext-${i}`, `ext-${i + 1}`] }),
  () => ({ field: 'owner_id', operator: '!=', value: '<Trigger.contact.owner>' }),
];

/**
 * A Search Contacts body at Intercom's limits: 2 levels (an AND group of OR groups) and 15 filters in every
 * group (15 groups of 15 filters, 225 filters), written as a person would in the JSON editor (2-space indent).
 */
export function searchBody(groups = 15, filtersPerGroup = 15): Record<string, unknown> {
  let n = 0;
  const group = () => ({
    operator: 'OR',
    value: Array.from({ length: filtersPerGroup }, () => {
      const filter = filterKinds[n % filterKinds.length]!(n);
      n += 1;
      return filter;
    }),
  });
  return {
    query: { operator: 'AND', value: Array.from({ length: groups }, group) },
    pagination: { per_page: 50 },
    sort: { field: 'created_at', order: 'descending' },
  };
}

export const searchQueryText = JSON.stringify(searchBody(), null, 2);
export const searchConfig: IntercomConfig = { resource: 'contact', operation: 'search', queryJson: searchQueryText };

export const searchStepOutputs: StepOutputs = {
  Trigger: { contact: { email: 'jane@example.com', plan: 'pro', owner: '991267', id: 'c1' }, since: 1577836800 },
};
export const searchUpstream: UpstreamStep[] = [{ name: 'Trigger', outputs: searchStepOutputs.Trigger }];
