import { describe, expect, it } from 'vitest';
import type { TicketTypeInfo } from '../schemas/ticket-type.js';
import { validateConfig } from './validate-config.js';

const bug: TicketTypeInfo = {
  id: '101',
  name: 'Bug report',
  attributes: [
    { name: '_default_title_', data_type: 'string', required_to_create: true },
    { name: 'severity', data_type: 'list', required_to_create: true, input_options: { list_options: [{ id: '5003', label: 'High' }, { id: '5004', label: 'Critical' }] } },
    { name: 'customers_affected', data_type: 'integer', required_to_create: false },
  ],
};
const update = (ticketAttributesJson: string) => ({ resource: 'ticket', operation: 'update', ticketId: '701', ticketAttributesJson }) as const;
const problems = (json: string) => validateConfig(update(json), { ticketType: bug }).map((issue) => [issue.path, issue.code, issue.message]);

describe("an update's ticket attributes, checked against the ticket's type", () => {
  it('need none of the required ones, and take list items by id', () => {
    expect(problems('{"customers_affected": 3}')).toEqual([]);
    expect(problems('{"severity": "5004"}')).toEqual([]);
  });

  it('point a list label to its id, name an unknown attribute with the closest one, and type values', () => {
    expect(problems('{"severity": "Critical"}')).toEqual([['$.severity', 'invalid_list_item', '"severity" takes the id of a list item, not its label: use "5004" for Critical.']]);
    const [unknown] = problems('{"severty": "5004"}');
    expect(unknown?.[1]).toBe('unknown_ticket_attribute');
    expect(unknown?.[2]).toContain('Did you mean "severity"?');
    expect(problems('{"customers_affected": "many"}').map(([, code]) => code)).toHaveLength(1);
  });

  it('are checked only as an object of values while the type is unknown', () => {
    expect(validateConfig(update('{"severty": "Critical"}'))).toEqual([]);
  });
});
