import type { AdminSummary, ConnectionState, DataAttributeInfo, TagSummary, TeamSummary, TicketStateSummary, TicketTypeInfo, UpstreamStep } from '@workflow-blocks/block-core';

/** A trigger, a classifier and an AI step, as a canvas would pass them to the editor. */
export const sampleUpstream: UpstreamStep[] = [
  {
    name: 'Trigger',
    outputs: {
      contact: { id: '6762f0d0a1b2c3d4e5f60001', email: 'jane@example.com', name: 'Jane Doe', phone: '+14155550123', age: 34 },
      conversation: { id: '1911149811', subject: 'Refund request' },
    },
  },
  { name: 'Classify', outputs: { labels: [{ name: 'billing', score: 0.92 }], priority: 'high' } },
  {
    name: 'Draft',
    shape: { type: 'object', properties: { reply: { type: 'string', description: 'The generated reply' } } },
  },
];

/**
 * `count` upstream steps with 20 output paths each (four objects of four fields): 500 steps make 10,000 paths.
 * @example manyUpstreamSteps(500).length // 500
 */
export function manyUpstreamSteps(count: number): UpstreamStep[] {
  return Array.from({ length: count }, (_, index) => {
    const section = (name: string) => ({ id: `${name}-${index}`, label: `${name} ${index}`, score: index % 100, active: index % 2 === 0 });
    return {
      name: `Step${index + 1}`,
      outputs: { customer: section('customer'), order: section('order'), ticket: section('ticket'), result: section('result') },
    };
  });
}

export const sampleAdmins: AdminSummary[] = [
  { id: '991267', name: 'Ada Lovelace', email: 'ada@example.com' },
  { id: '991268', name: 'Grace Hopper', email: 'grace@example.com' },
];

export const sampleTeams: TeamSummary[] = [
  { id: '5100001', name: 'Support' },
  { id: '5100002', name: 'Billing' },
];

export const sampleTags: TagSummary[] = [
  { id: '9100001', name: 'vip' },
  { id: '9100002', name: 'refund' },
];

export const sampleTicketTypes: TicketTypeInfo[] = [
  {
    id: '7',
    name: 'Bug report',
    attributes: [
      { name: '_default_title_', data_type: 'string', required_to_create: true, description: 'Short summary of the bug' },
      { name: '_default_description_', data_type: 'string', required_to_create: false, description: 'What happened' },
      {
        name: 'severity',
        data_type: 'list',
        required_to_create: false,
        description: 'How bad it is',
        input_options: { list_options: [{ id: 's1', label: 'Low' }, { id: 's2', label: 'High' }] },
      },
    ],
  },
  {
    id: '8',
    name: 'Refund',
    attributes: [{ name: 'amount', data_type: 'decimal', required_to_create: true, description: 'Amount to refund' }],
  },
];

/** Each sample ticket type's states, as the proxy's ticket-states list gives them (ids are per type, as in Intercom). */
export const sampleTicketStates: TicketStateSummary[] = sampleTicketTypes.flatMap((type) =>
  (
    [
      ['submitted', 'Submitted'],
      ['in_progress', 'In progress'],
      ['resolved', 'Resolved'],
    ] as const
  ).map(([category, name], index) => ({ id: `${type.id}0${index + 1}`, category, name, ticketTypes: [{ id: type.id, name: type.name }] })),
);

export const sandboxConnection: ConnectionState = {
  state: 'connected',
  connected: true,
  method: 'token',
  connectMethods: ['oauth', 'token'],
  mode: 'sandbox',
  region: 'us',
  admin: { id: '991267', name: 'Ada Lovelace', email: 'ada@example.com' },
  workspace: { id: 'sandbox', name: 'Sandbox workspace' },
};

export const intercomConnection: ConnectionState = {
  state: 'connected',
  connected: true,
  method: 'oauth',
  connectMethods: ['oauth', 'token'],
  mode: 'intercom',
  region: 'eu',
  admin: { id: '991267', name: 'Ada Lovelace', email: 'ada@example.com' },
  workspace: { id: 'ecahpwf5', name: 'Acme Support' },
};

export const disconnectedConnection: ConnectionState = {
  state: 'needs_reconnect',
  connected: false,
  method: 'oauth',
  reasonCode: 'token_revoked',
  connectMethods: ['oauth', 'token'],
  mode: 'intercom',
  region: 'us',
  reason: 'The Intercom authorization has expired. Reconnect the integration to continue.',
};

export const notConnected: ConnectionState = {
  state: 'not_connected',
  connected: false,
  connectMethods: ['oauth', 'token'],
  mode: 'intercom',
  reason: 'Connect the Intercom integration before adding it.',
};

/** The access token the fake transport accepts. */
export const validAccessToken = 'tok_valid_for_tests';

/** Custom contact attributes as the proxy lists the sandbox's (one of each type, a list with options). */
export const sampleDataAttributes: DataAttributeInfo[] = [
  { name: 'plan', label: 'Plan', data_type: 'string', description: 'Subscription plan', options: ['free', 'starter', 'pro', 'enterprise'] },
  { name: 'seats', label: 'Seats', data_type: 'integer', description: 'Paid seats' },
  { name: 'monthly_spend', label: 'Monthly spend', data_type: 'float', description: 'Monthly spend in USD' },
  { name: 'beta_tester', label: 'Beta tester', data_type: 'boolean', description: 'Opted into beta features' },
  { name: 'renewal_date', label: 'Renewal date', data_type: 'date', description: 'Next renewal (unix seconds)' },
  { name: 'industry', label: 'Industry', data_type: 'string', description: 'Industry of the contact’s company' },
];
