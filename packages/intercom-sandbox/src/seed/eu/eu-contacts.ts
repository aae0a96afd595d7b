import { contactObjectId } from '../../store/ids.js';
import type { ContactRecord } from '../../store/types.js';
import { contactRecord } from '../contact-defaults.js';
import { at } from '../time.js';
import { euAdminIds, euTagIds } from './eu-workspace.js';

type Location = ContactRecord['location'];
const OSLO: Location = { country: 'Norway', region: 'Oslo', city: 'Oslo', country_code: 'NO', continent_code: 'EU' };
const LISBON: Location = { country: 'Portugal', region: 'Lisbon', city: 'Lisbon', country_code: 'PT', continent_code: 'EU' };
const DUBLIN: Location = { country: 'Ireland', region: 'Leinster', city: 'Dublin', country_code: 'IE', continent_code: 'EU' };

/** Contact ids of the EU workspace (its ids never collide with the US workspace's: other counters). */
export const euContactIds = {
  astrid: contactObjectId(at('2024-04-02T08:00:00Z'), 501),
  joao: contactObjectId(at('2024-06-18T12:30:00Z'), 502),
  siobhan: contactObjectId(at('2024-09-09T17:45:00Z'), 503),
  elias: contactObjectId(at('2025-01-21T10:10:00Z'), 504),
  groupLead: contactObjectId(at('2025-05-05T14:00:00Z'), 505),
} as const;

/** Five travellers: four users and a lead asking about a group booking. */
export const euContacts = (): ContactRecord[] => [
  contactRecord({
    id: euContactIds.astrid,
    role: 'user',
    external_id: 'fj_2001',
    email: 'astrid.lund@postkasse.example',
    name: 'Astrid Lund',
    phone: '+4722334455',
    owner_id: euAdminIds.ingrid,
    created_at: at('2024-04-02T08:00:00Z'),
    location: OSLO,
    custom_attributes: { plan: 'pro', seats: 1 },
    tag_ids: [euTagIds.frequentTraveller],
  }),
  contactRecord({
    id: euContactIds.joao,
    role: 'user',
    external_id: 'fj_2002',
    email: 'joao.pereira@correio.example',
    name: 'João Pereira',
    owner_id: euAdminIds.tomas,
    created_at: at('2024-06-18T12:30:00Z'),
    location: LISBON,
    custom_attributes: { plan: 'starter' },
  }),
  contactRecord({
    id: euContactIds.siobhan,
    role: 'user',
    external_id: 'fj_2003',
    email: 'siobhan.kelly@post.example',
    name: 'Siobhán Kelly',
    created_at: at('2024-09-09T17:45:00Z'),
    location: DUBLIN,
    tag_ids: [euTagIds.frequentTraveller],
  }),
  contactRecord({
    id: euContactIds.elias,
    role: 'user',
    external_id: 'fj_2004',
    email: 'elias.berg@postkasse.example',
    name: 'Elias Berg',
    created_at: at('2025-01-21T10:10:00Z'),
    location: OSLO,
  }),
  contactRecord({
    id: euContactIds.groupLead,
    role: 'lead',
    email: 'bookings@schooltrip.example',
    name: 'Class 9B trip',
    created_at: at('2025-05-05T14:00:00Z'),
    location: DUBLIN,
    tag_ids: [euTagIds.groupBooking],
  }),
];
