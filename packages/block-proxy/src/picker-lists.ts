import { toAdminSummaries, toDataAttributes, toTagSummaries, toTeamSummaries, toTicketStates, toTicketTypes } from './picker-mapping.js';

/** One list the editor's pickers read through the proxy: where Intercom has it, and how its answer is read. */
export interface PickerList {
  /** The Intercom list endpoint (a GET). */
  intercomPath: string;
  /** Its query parameters, when the endpoint needs some. */
  query?: Record<string, string>;
  /** The key of the list in the proxy's answer (`{ admins: [...] }`). */
  key: string;
  read: (body: unknown) => unknown[] | undefined;
}

/**
 * The picker lists, by the proxy route's last segment (`GET /v1/intercom/<name>`). Each is read only from
 * the proxy's own connection and cached briefly; a new picker list is one line here and its mapping.
 */
export const pickerLists = {
  'ticket-types': { intercomPath: '/ticket_types', key: 'ticketTypes', read: toTicketTypes },
  admins: { intercomPath: '/admins', key: 'admins', read: toAdminSummaries },
  teams: { intercomPath: '/teams', key: 'teams', read: toTeamSummaries },
  tags: { intercomPath: '/tags', key: 'tags', read: toTagSummaries },
  // The 2.16 spec knows the contact and company models; the block writes contacts' custom attributes.
  'data-attributes': { intercomPath: '/data_attributes', query: { model: 'contact' }, key: 'dataAttributes', read: toDataAttributes },
  'ticket-states': { intercomPath: '/ticket_states', key: 'ticketStates', read: toTicketStates },
} as const satisfies Record<string, PickerList>;

export type PickerListName = keyof typeof pickerLists;

export const pickerListNames = Object.keys(pickerLists) as PickerListName[];
