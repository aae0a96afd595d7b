import { describe, expect, it } from 'vitest';
import { toAdminSummaries, toDataAttributes, toTagSummaries, toTeamSummaries, toTicketStates, toTicketTypes } from './picker-mapping.js';

describe('toTicketTypes', () => {
  it('keeps live types and attributes with what the ticket schema needs', () => {
    const body = {
      type: 'list',
      data: [
        {
          id: '7',
          name: 'Bug',
          archived: false,
          ticket_type_attributes: {
            type: 'list',
            data: [
              { name: '_default_title_', data_type: 'string', required_to_create: true, description: 'Title' },
              { name: 'severity', data_type: 'list', required_to_create: false, input_options: { list_options: [{ id: '1', label: 'High' }] } },
              { name: 'old', data_type: 'string', required_to_create: true, archived: true },
            ],
          },
        },
        { id: 8, name: 'Retired', archived: true },
      ],
    };
    expect(toTicketTypes(body)).toEqual([
      {
        id: '7',
        name: 'Bug',
        attributes: [
          { name: '_default_title_', data_type: 'string', required_to_create: true, description: 'Title' },
          { name: 'severity', data_type: 'list', required_to_create: false, input_options: { list_options: [{ id: '1', label: 'High' }] } },
        ],
      },
    ]);
  });

  it('says when the body is not a ticket type list', () => {
    expect(toTicketTypes({ type: 'error.list' })).toBeUndefined();
  });
});

describe('toAdminSummaries', () => {
  it('keeps id, name and email, ids as text', () => {
    expect(toAdminSummaries({ type: 'admin.list', admins: [{ id: 991, name: 'Ada', email: 'ada@example.com', job_title: 'x' }, { name: 'no id' }] })).toEqual([
      { id: '991', name: 'Ada', email: 'ada@example.com' },
    ]);
    expect(toAdminSummaries({ admins: 'nope' })).toBeUndefined();
  });
});

describe('toTeamSummaries and toTagSummaries', () => {
  it('read team_list and tag_list into {id, name}, ids as text, a nameless entry named by its id', () => {
    expect(toTeamSummaries({ type: 'team.list', teams: [{ type: 'team', id: '5', name: 'Billing', admin_ids: [1] }, { id: 6 }, { name: 'no id' }] })).toEqual([
      { id: '5', name: 'Billing' },
      { id: '6', name: '6' },
    ]);
    expect(toTagSummaries({ type: 'list', data: [{ type: 'tag', id: '91', name: 'VIP' }] })).toEqual([{ id: '91', name: 'VIP' }]);
  });

  it('say when the body is not that list', () => {
    expect(toTeamSummaries({ type: 'list', data: [] })).toBeUndefined();
    expect(toTagSummaries({ type: 'team.list', teams: [] })).toBeUndefined();
  });
});

describe('toDataAttributes', () => {
  it('keeps the custom, live, API-writable contact attributes with their type, label, description and options', () => {
    const body = {
      type: 'list',
      data: [
        { type: 'data_attribute', name: 'email', full_name: 'email', data_type: 'string', custom: false, model: 'contact' },
        { type: 'data_attribute', id: 1, name: 'plan', label: 'Plan', description: 'Plan', data_type: 'string', options: ['free', 'pro'], custom: true, api_writable: true, model: 'contact' },
        { type: 'data_attribute', id: 2, name: 'seats', data_type: 'integer', description: '', custom: true, model: 'contact' },
        { type: 'data_attribute', id: 3, name: 'old', data_type: 'string', custom: true, archived: true, model: 'contact' },
        { type: 'data_attribute', id: 4, name: 'computed', data_type: 'string', custom: true, api_writable: false, model: 'contact' },
        { type: 'data_attribute', id: 5, name: 'tier', data_type: 'string', custom: true, model: 'company' },
      ],
    };
    expect(toDataAttributes(body)).toEqual([
      { name: 'plan', label: 'Plan', description: 'Plan', data_type: 'string', options: ['free', 'pro'] },
      { name: 'seats', data_type: 'integer' },
    ]);
  });

  it('says a body that is no data attribute list is not one', () => {
    expect(toDataAttributes({ type: 'list' })).toBeUndefined();
    expect(toDataAttributes(null)).toBeUndefined();
  });
});

describe('toTicketStates', () => {
  it('reads each live state with its internal label and the types that use it', () => {
    const body = {
      type: 'list',
      data: [
        { type: 'ticket_state', id: '8269', category: 'submitted', internal_label: 'Submitted', external_label: 'Submitted', ticket_types: { type: 'list', data: [{ type: 'ticket_type', id: 55, name: 'Bug' }] } },
        { type: 'ticket_state', id: '8270', category: 'resolved', internal_label: 'Old', archived: true, ticket_types: { type: 'list', data: [] } },
      ],
    };
    expect(toTicketStates(body)).toEqual([{ id: '8269', category: 'submitted', name: 'Submitted', ticketTypes: [{ id: '55', name: 'Bug' }] }]);
    expect(toTicketStates({ type: 'admin.list', admins: [] })).toBeUndefined();
  });
});
