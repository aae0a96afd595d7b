import type { TicketStateRecord, TicketTypeAttributeRecord, TicketTypeRecord } from '../store/types.js';
import { at } from './time.js';

export const seedTicketTypeIds = { bugReport: '101', refundRequest: '102' } as const;

export const states = (typeId: string): TicketStateRecord[] => [
  { id: `${typeId}1`, category: 'submitted', internal_label: 'Submitted', external_label: 'Submitted' },
  { id: `${typeId}2`, category: 'in_progress', internal_label: 'In progress', external_label: 'In progress' },
  { id: `${typeId}3`, category: 'waiting_on_customer', internal_label: 'Waiting on customer', external_label: 'Waiting on you' },
  { id: `${typeId}4`, category: 'resolved', internal_label: 'Resolved', external_label: 'Resolved' },
];

type AttributeInput = Pick<TicketTypeAttributeRecord, 'id' | 'name' | 'description' | 'data_type'> & Partial<TicketTypeAttributeRecord>;

export const attribute = (order: number, input: AttributeInput): TicketTypeAttributeRecord => ({
  input_options: {},
  required_to_create: false,
  required_to_create_for_contacts: false,
  visible_on_create: true,
  visible_to_contacts: true,
  default: false,
  ...input,
  order,
});

export const listOptions = (options: [string, string][]) => ({ list_options: options.map(([id, label]) => ({ type: 'list_option', id, label, archived: false })) });

/** Two ticket types: a customer-facing bug report and a back-office refund request, with the attributes they ask for. */
export const seedTicketTypes = (): TicketTypeRecord[] => [
  {
    id: seedTicketTypeIds.bugReport,
    name: 'Bug report',
    description: 'Something in the product does not work as expected',
    icon: '🐞',
    category: 'Customer',
    created_at: at('2023-02-01T10:00:00Z'),
    updated_at: at('2025-01-15T10:00:00Z'),
    states: states(seedTicketTypeIds.bugReport),
    attributes: [
      attribute(0, { id: '2101', name: '_default_title_', description: 'A short summary of the bug', data_type: 'string', input_options: { multiline: false }, required_to_create: true, required_to_create_for_contacts: true, default: true }),
      attribute(1, { id: '2102', name: '_default_description_', description: 'What happened, and what you expected', data_type: 'string', input_options: { multiline: true }, default: true }),
      attribute(2, { id: '2103', name: 'severity', description: 'How badly the bug affects the customer', data_type: 'list', required_to_create: true, input_options: listOptions([['5001', 'Low'], ['5002', 'Medium'], ['5003', 'High'], ['5004', 'Critical']]) }),
      attribute(3, { id: '2104', name: 'affected_version', description: 'App or API version where the bug shows', data_type: 'string', input_options: { multiline: false } }),
      attribute(4, { id: '2105', name: 'customers_affected', description: 'Number of customers who reported it', data_type: 'integer', visible_to_contacts: false }),
      attribute(5, { id: '2106', name: 'reproducible', description: 'Support could reproduce the bug', data_type: 'boolean', visible_to_contacts: false }),
    ],
  },
  {
    id: seedTicketTypeIds.refundRequest,
    name: 'Refund request',
    description: 'A customer asks for money back on an order',
    icon: '💸',
    category: 'Back-office',
    created_at: at('2023-06-12T09:00:00Z'),
    updated_at: at('2024-11-02T09:00:00Z'),
    states: states(seedTicketTypeIds.refundRequest),
    attributes: [
      attribute(0, { id: '2201', name: '_default_title_', description: 'Title of the request', data_type: 'string', input_options: { multiline: false }, required_to_create: true, default: true }),
      attribute(1, { id: '2202', name: '_default_description_', description: 'Why the customer wants a refund', data_type: 'string', input_options: { multiline: true }, default: true }),
      attribute(2, { id: '2203', name: 'order_id', description: 'The order to refund', data_type: 'string', input_options: { multiline: false }, required_to_create: true }),
      attribute(3, { id: '2204', name: 'amount', description: 'Amount to refund, in USD', data_type: 'decimal', required_to_create: true }),
      attribute(4, { id: '2205', name: 'refund_reason', description: 'Reason for the refund', data_type: 'list', input_options: listOptions([['5101', 'Damaged'], ['5102', 'Not as described'], ['5103', 'Changed mind'], ['5104', 'Duplicate charge']]) }),
      attribute(5, { id: '2206', name: 'approved', description: 'Refund approved by billing', data_type: 'boolean', visible_to_contacts: false }),
      attribute(6, { id: '2207', name: 'purchase_date', description: 'When the order was placed', data_type: 'datetime' }),
      attribute(7, { id: '2208', name: 'receipt', description: 'Receipt or proof of purchase', data_type: 'files' }),
    ],
  },
];
