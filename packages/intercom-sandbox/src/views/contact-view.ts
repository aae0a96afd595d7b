import type { SandboxStore } from '../store/store.js';
import type { ContactRecord } from '../store/types.js';

/** Intercom returns at most 10 items in a contact's tags/notes/companies stubs ("use the url to get more"). */
const STUB_LIMIT = 10;

const emptyList = (url: string) => ({ type: 'list', data: [], url, total_count: 0, has_more: false });

/** The domain part of an email, as `email_domain` reports it. */
export const emailDomain = (email: string | null): string => (email?.includes('@') ? (email.split('@').pop() ?? '') : '');

/** A contact as `GET /contacts/{id}` returns it (`contact` + `enabled_push_messaging`). */
export function contactView(contact: ContactRecord, store: SandboxStore): Record<string, unknown> {
  const tagIds = contact.tag_ids.filter((id) => store.tags.has(id));
  const noteIds = store.notesOf(contact.id).map((note) => note.id);
  return {
    type: 'contact',
    id: contact.id,
    workspace_id: store.workspaceId,
    external_id: contact.external_id,
    role: contact.role,
    // The 2.16 schema has a non-nullable string here; Intercom sends '' for contacts without an email.
    email: contact.email ?? '',
    email_domain: emailDomain(contact.email),
    phone: contact.phone,
    name: contact.name,
    avatar: contact.avatar === null ? null : { type: 'avatar', image_url: contact.avatar },
    owner_id: contact.owner_id,
    social_profiles: { type: 'list', data: [] },
    has_hard_bounced: contact.has_hard_bounced,
    marked_email_as_spam: contact.marked_email_as_spam,
    unsubscribed_from_emails: contact.unsubscribed_from_emails,
    created_at: contact.created_at,
    updated_at: contact.updated_at,
    signed_up_at: contact.signed_up_at,
    last_seen_at: contact.last_seen_at,
    last_replied_at: contact.last_replied_at,
    last_contacted_at: contact.last_contacted_at,
    last_email_opened_at: contact.last_email_opened_at,
    last_email_clicked_at: contact.last_email_clicked_at,
    language_override: contact.language_override,
    browser: contact.browser,
    browser_version: contact.browser_version,
    browser_language: contact.browser_language,
    os: contact.os,
    location: { type: 'location', ...contact.location },
    android_app_name: null,
    android_app_version: null,
    android_device: null,
    android_os_version: null,
    android_sdk_version: null,
    android_last_seen_at: null,
    ios_app_name: null,
    ios_app_version: null,
    ios_device: null,
    ios_os_version: null,
    ios_sdk_version: null,
    ios_last_seen_at: null,
    custom_attributes: { ...contact.custom_attributes },
    tags: {
      type: 'list',
      data: tagIds.slice(0, STUB_LIMIT).map((id) => ({ type: 'tag', id, url: `/tags/${id}` })),
      url: `/contacts/${contact.id}/tags`,
      total_count: tagIds.length,
      has_more: tagIds.length > STUB_LIMIT,
    },
    notes: {
      type: 'list',
      data: noteIds.slice(0, STUB_LIMIT).map((id) => ({ type: 'note', id, url: `/notes/${id}` })),
      url: `/contacts/${contact.id}/notes`,
      total_count: noteIds.length,
      has_more: noteIds.length > STUB_LIMIT,
    },
    companies: emptyList(`/contacts/${contact.id}/companies`),
    opted_out_subscription_types: emptyList(`/contacts/${contact.id}/subscriptions`),
    opted_in_subscription_types: emptyList(`/contacts/${contact.id}/subscriptions`),
    utm_campaign: null,
    utm_content: null,
    utm_medium: null,
    utm_source: null,
    utm_term: null,
    referrer: null,
    enabled_push_messaging: null,
    // Not in the 2.16 contact schema, but what archive and unarchive answer: a contact read by id says whether it is archived.
    archived: contact.archived === true,
  };
}

/** The `{type:"contact", id, external_id}` reference conversations and tickets carry. */
export function contactReference(id: string, store: SandboxStore): { type: 'contact'; id: string; external_id: string | null } {
  return { type: 'contact', id, external_id: store.contacts.get(id)?.external_id ?? null };
}
