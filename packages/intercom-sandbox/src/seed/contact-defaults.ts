import type { ContactRecord } from '../store/types.js';

type Required = Pick<ContactRecord, 'id' | 'role' | 'created_at'>;

/** A contact with every field not given set the way Intercom sets it for a fresh contact. */
export function contactRecord(fields: Required & Partial<ContactRecord>): ContactRecord {
  return {
    external_id: null,
    email: null,
    phone: null,
    name: null,
    owner_id: null,
    avatar: null,
    has_hard_bounced: false,
    marked_email_as_spam: false,
    unsubscribed_from_emails: false,
    updated_at: fields.created_at,
    signed_up_at: fields.role === 'user' ? fields.created_at : null,
    last_seen_at: null,
    last_replied_at: null,
    last_contacted_at: null,
    last_email_opened_at: null,
    last_email_clicked_at: null,
    language_override: null,
    browser: null,
    browser_version: null,
    browser_language: null,
    os: null,
    location: { country: null, region: null, city: null, country_code: null, continent_code: null },
    custom_attributes: {},
    tag_ids: [],
    segment_ids: [],
    ...fields,
  };
}
