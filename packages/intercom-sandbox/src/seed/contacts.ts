import { seededRandom } from '../prng.js';
import { contactObjectId } from '../store/ids.js';
import type { ContactRecord } from '../store/types.js';
import { contactRecord } from './contact-defaults.js';
import { at, DAY, SEED_NOW } from './time.js';
import { seedAdminIds, seedTagIds } from './workspace.js';

type Location = ContactRecord['location'];

const place = (country: string, region: string, city: string, country_code: string, continent_code: string): Location => ({
  country,
  region,
  city,
  country_code,
  continent_code,
});

const LONDON = place('United Kingdom', 'England', 'London', 'GB', 'EU');
const BERLIN = place('Germany', 'Berlin', 'Berlin', 'DE', 'EU');
const MADRID = place('Spain', 'Madrid', 'Madrid', 'ES', 'EU');
const TOKYO = place('Japan', 'Tokyo', 'Tokyo', 'JP', 'AS');
const PARIS = place('France', 'Ile-de-France', 'Paris', 'FR', 'EU');
const MILAN = place('Italy', 'Lombardy', 'Milan', 'IT', 'EU');
const NEW_YORK = place('United States', 'New York', 'New York', 'US', 'NA');

const PLACES: Location[] = [
  LONDON,
  NEW_YORK,
  place('United States', 'California', 'San Francisco', 'US', 'NA'),
  BERLIN,
  place('Brazil', 'Sao Paulo', 'São Paulo', 'BR', 'SA'),
  place('India', 'Karnataka', 'Bengaluru', 'IN', 'AS'),
  TOKYO,
  place('Nigeria', 'Lagos', 'Lagos', 'NG', 'AF'),
  place('Australia', 'New South Wales', 'Sydney', 'AU', 'OC'),
  place('Canada', 'Ontario', 'Toronto', 'CA', 'NA'),
];

const DIAL_CODES: Record<string, string> = { GB: '+4420', US: '+1415', DE: '+4930', BR: '+5511', IN: '+9180', JP: '+813', NG: '+2341', AU: '+612', CA: '+1416' };

/** Ids of the hand-written contacts that tests and docs refer to. */
export const seedContactIds = {
  amara: contactObjectId(at('2024-03-14T10:30:00Z'), 1),
  jonas: contactObjectId(at('2024-03-14T23:59:59Z'), 2),
  sofia: contactObjectId(at('2024-03-15T00:00:00Z'), 3),
  hiro: contactObjectId(at('2024-07-01T08:00:00Z'), 4),
  anonymousLead: contactObjectId(at('2025-01-10T12:00:00Z'), 5),
  noah: contactObjectId(at('2024-11-20T15:45:00Z'), 6),
  chloe: contactObjectId(at('2025-02-03T09:15:00Z'), 7),
  mateo: contactObjectId(at('2023-09-05T14:00:00Z'), 8),
  /** A lead merged into Amara: reads answer 410 with a Link to her. */
  mergedAmaraLead: contactObjectId(at('2024-01-08T19:20:00Z'), 9),
} as const;

/** Contacts whose values the tests rely on; the generated ones add volume. */
function handWrittenContacts(): ContactRecord[] {
  return [
    contactRecord({
      id: seedContactIds.amara,
      role: 'user',
      external_id: 'usr_1001',
      email: 'amara.nwosu@lumenbank.example',
      name: 'Amara Nwosu',
      phone: '+442071838750',
      owner_id: seedAdminIds.maya,
      created_at: at('2024-03-14T10:30:00Z'),
      updated_at: at('2025-05-30T16:02:00Z'),
      last_seen_at: at('2025-05-30T16:00:00Z'),
      last_replied_at: at('2025-05-28T11:04:00Z'),
      last_contacted_at: at('2025-05-28T11:30:00Z'),
      last_email_opened_at: at('2025-05-20T08:12:00Z'),
      browser: 'chrome',
      browser_version: '125.0.6422.112',
      browser_language: 'en-GB',
      os: 'OS X 14.5',
      location: LONDON,
      custom_attributes: { plan: 'enterprise', seats: 120, monthly_spend: 4800.5, beta_tester: true, renewal_date: at('2026-03-14T00:00:00Z'), industry: 'Fintech', signup_source: 'sales' },
      tag_ids: [seedTagIds.vip, seedTagIds.enterprise],
    }),
    contactRecord({
      id: seedContactIds.jonas,
      role: 'user',
      external_id: 'usr_1002',
      email: 'jonas.becker@kraftwerk-logistics.example',
      name: 'Jonas Becker',
      phone: '+493012345678',
      owner_id: seedAdminIds.lucas,
      created_at: at('2024-03-14T23:59:59Z'),
      updated_at: at('2025-05-12T07:45:00Z'),
      last_seen_at: at('2025-05-12T07:40:00Z'),
      browser: 'firefox',
      browser_version: '126.0',
      browser_language: 'de-DE',
      os: 'Windows 11',
      location: BERLIN,
      custom_attributes: { plan: 'pro', seats: 25, monthly_spend: 990, beta_tester: false, renewal_date: at('2025-09-14T00:00:00Z'), industry: 'Logistics', signup_source: 'web' },
      tag_ids: [seedTagIds.beta],
    }),
    contactRecord({
      id: seedContactIds.sofia,
      role: 'user',
      external_id: 'usr_1003',
      email: 'sofia.marquez@solaria.example',
      name: 'Sofía Márquez',
      created_at: at('2024-03-15T00:00:00Z'),
      updated_at: at('2025-04-02T10:00:00Z'),
      last_seen_at: at('2025-04-02T09:58:00Z'),
      language_override: 'es',
      browser: 'safari',
      browser_version: '17.5',
      browser_language: 'es-ES',
      os: 'iOS 17.5',
      location: MADRID,
      custom_attributes: { plan: 'free', seats: 1, monthly_spend: 0, industry: 'Energy', signup_source: 'ios' },
      tag_ids: [seedTagIds.newsletter],
    }),
    contactRecord({
      id: seedContactIds.hiro,
      role: 'lead',
      email: 'hiro.tanaka@sakura-design.example',
      name: 'Hiro Tanaka',
      created_at: at('2024-07-01T08:00:00Z'),
      updated_at: at('2024-07-01T08:05:00Z'),
      last_seen_at: at('2024-07-01T08:05:00Z'),
      browser: 'chrome',
      browser_version: '126.0.6478.63',
      browser_language: 'ja',
      os: 'OS X 14.5',
      location: TOKYO,
      custom_attributes: { industry: 'Design', signup_source: 'web' },
    }),
    contactRecord({
      id: seedContactIds.anonymousLead,
      role: 'lead',
      created_at: at('2025-01-10T12:00:00Z'),
      last_seen_at: at('2025-01-10T12:03:00Z'),
      browser: 'edge',
      browser_version: '131.0',
      browser_language: 'en-US',
      os: 'Windows 10',
      location: NEW_YORK,
    }),
    contactRecord({
      id: seedContactIds.noah,
      role: 'user',
      external_id: 'usr_1006',
      email: 'noah.williams@williams-co.example',
      name: 'Noah Williams',
      phone: '+14155550142',
      owner_id: seedAdminIds.priya,
      unsubscribed_from_emails: true,
      has_hard_bounced: true,
      created_at: at('2024-11-20T15:45:00Z'),
      updated_at: at('2025-05-21T13:10:00Z'),
      last_seen_at: at('2025-03-01T10:00:00Z'),
      location: NEW_YORK,
      custom_attributes: { plan: 'starter', seats: 3, monthly_spend: 87, renewal_date: at('2025-06-20T00:00:00Z'), industry: 'Retail', signup_source: 'web' },
      tag_ids: [seedTagIds.churnRisk],
    }),
    contactRecord({
      id: seedContactIds.chloe,
      role: 'user',
      external_id: 'usr_1007',
      email: 'chloe.dubois@atelier-dubois.example',
      name: 'Chloé Dubois',
      created_at: at('2025-02-03T09:15:00Z'),
      updated_at: at('2025-05-29T17:20:00Z'),
      last_seen_at: at('2025-05-29T17:20:00Z'),
      browser_language: 'fr-FR',
      location: PARIS,
      custom_attributes: { plan: 'pro', seats: 12, monthly_spend: 480, beta_tester: true, renewal_date: at('2026-02-03T00:00:00Z'), industry: 'Fashion', signup_source: 'web' },
      tag_ids: [seedTagIds.beta, seedTagIds.newsletter],
    }),
    contactRecord({
      id: seedContactIds.mateo,
      role: 'user',
      external_id: 'usr_1008',
      email: 'mateo.rossi@lumenbank.example',
      name: 'Mateo Rossi',
      phone: '+390212345678',
      owner_id: seedAdminIds.maya,
      created_at: at('2023-09-05T14:00:00Z'),
      updated_at: at('2025-05-15T09:00:00Z'),
      last_seen_at: at('2025-05-15T09:00:00Z'),
      location: MILAN,
      custom_attributes: { plan: 'enterprise', seats: 40, monthly_spend: 2100, renewal_date: at('2025-09-05T00:00:00Z'), industry: 'Fintech', signup_source: 'sales' },
      tag_ids: [seedTagIds.enterprise],
    }),
    contactRecord({
      id: seedContactIds.mergedAmaraLead,
      role: 'lead',
      email: 'amara.n@fastmail.example',
      name: 'Amara N.',
      created_at: at('2024-01-08T19:20:00Z'),
      location: LONDON,
      merged_into_id: seedContactIds.amara,
    }),
  ];
}

const FIRST_NAMES = ['Liam', 'Olivia', 'Ethan', 'Zara', 'Mei', 'Arjun', 'Fatima', 'Lars', 'Ingrid', 'Kwame', 'Ana', 'Diego', 'Yuki', 'Elena', 'Tomasz', 'Aisha', 'Oscar', 'Nadia', 'Rafael', 'Freya', 'Omar', 'Leila', 'Henrik', 'Camila', 'Dmitri', 'Sana', 'Jasper', 'Imani', 'Luca', 'Astrid', 'Kofi', 'Mira'];
const LAST_NAMES = ['Okoro', 'Lindqvist', 'Haddad', 'Kowalski', 'Silva', 'Nakamura', 'Brennan', 'Moreau', 'Adeyemi', 'Castillo', 'Petrov', 'Iyer', 'Schmidt', 'Fontaine', 'Mensah', 'Ortega', 'Novak', 'Bauer', 'Ahmed', 'Costa'];
const COMPANIES = [
  { domain: 'brightpath.example', industry: 'Education' },
  { domain: 'harborline.example', industry: 'Logistics' },
  { domain: 'greenleaf-health.example', industry: 'Healthcare' },
  { domain: 'pixelforge.example', industry: 'Software' },
  { domain: 'northstar-retail.example', industry: 'Retail' },
  { domain: 'quantumledger.example', industry: 'Fintech' },
];
const PLANS = ['free', 'starter', 'pro', 'enterprise'] as const;
const SEATS: Record<(typeof PLANS)[number], number> = { free: 1, starter: 3, pro: 10, enterprise: 50 };
const PRICE_PER_SEAT: Record<(typeof PLANS)[number], number> = { free: 0, starter: 29, pro: 40, enterprise: 42.5 };
const BROWSERS = [
  { browser: 'chrome', version: '125.0.6422.142', os: 'OS X 14.5' },
  { browser: 'chrome', version: '125.0.6422.142', os: 'Windows 11' },
  { browser: 'firefox', version: '126.0.1', os: 'Linux' },
  { browser: 'safari', version: '17.5', os: 'iOS 17.5' },
  { browser: 'edge', version: '125.0.2535.79', os: 'Windows 10' },
];
const SOURCES = ['web', 'web', 'ios', 'android', 'import'];
const TAG_POOL = [seedTagIds.vip, seedTagIds.churnRisk, seedTagIds.beta, seedTagIds.newsletter];
const OWNERS = [seedAdminIds.maya, seedAdminIds.lucas, seedAdminIds.priya, null];

const ascii = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Thirty-two more contacts from a seeded generator: varied roles, dates, places, plans and tags. */
function generatedContacts(firstCounter: number): ContactRecord[] {
  const random = seededRandom(2016);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return FIRST_NAMES.map((first, i) => {
    const last = pick(LAST_NAMES);
    const company = pick(COMPANIES);
    const location = pick(PLACES);
    const device = pick(BROWSERS);
    const role = random() < 0.72 ? 'user' : 'lead';
    const createdAt = SEED_NOW - Math.floor(random() * 540) * DAY - Math.floor(random() * DAY);
    const lastSeen = Math.min(SEED_NOW - 60, createdAt + Math.floor(random() * (SEED_NOW - createdAt)));
    const personal = role === 'lead' && random() < 0.3;
    const email = role === 'lead' && random() < 0.15 ? null : `${ascii(first)}.${ascii(last)}@${personal ? 'mail.example' : company.domain}`;
    const phone = random() < 0.55 ? `${DIAL_CODES[location.country_code ?? 'US'] ?? '+1212'}${String(Math.floor(random() * 9_000_000) + 1_000_000)}` : null;
    const tagIds = TAG_POOL.filter(() => random() < 0.18);
    const contact = contactRecord({
      id: contactObjectId(createdAt, firstCounter + i),
      role,
      name: `${first} ${last}`,
      email,
      phone,
      created_at: createdAt,
      updated_at: lastSeen,
      last_seen_at: random() < 0.9 ? lastSeen : null,
      owner_id: role === 'user' ? pick(OWNERS) : null,
      unsubscribed_from_emails: random() < 0.1,
      has_hard_bounced: random() < 0.04,
      browser: device.browser,
      browser_version: device.version,
      browser_language: 'en',
      os: device.os,
      location,
      tag_ids: tagIds,
      custom_attributes: { industry: company.industry, signup_source: pick(SOURCES) },
    });
    if (role === 'user') {
      const plan = pick(PLANS);
      const seats = SEATS[plan] * (1 + Math.floor(random() * 4));
      contact.external_id = `usr_${1100 + i}`;
      contact.custom_attributes = {
        ...contact.custom_attributes,
        plan,
        seats,
        monthly_spend: Math.round(seats * PRICE_PER_SEAT[plan] * 100) / 100,
        beta_tester: random() < 0.25,
        ...(plan === 'free' ? {} : { renewal_date: SEED_NOW + Math.floor(random() * 365) * DAY - (SEED_NOW % DAY) }),
      };
      if (random() < 0.5) contact.last_email_opened_at = Math.min(SEED_NOW - 3600, lastSeen + DAY);
    }
    return contact;
  });
}

/** The seeded contacts: 40 live ones (users and leads) and one merged lead. */
export function seedContacts(): ContactRecord[] {
  const handWritten = handWrittenContacts();
  return [...handWritten, ...generatedContacts(handWritten.length + 1)];
}
