import type { ContactRecord, DataAttribute } from '../store/types.js';
import { emailDomain } from '../views/contact-view.js';
import { invalidParameter } from '../http/errors.js';
import type { SearchField as AnySearchField, SearchFieldType } from './field.js';
import type { SearchVocabulary } from './query.js';

/** A searchable contact field. */
export type SearchField = AnySearchField<ContactRecord>;

const text = (name: string, read: (c: ContactRecord) => unknown = (c) => (c as unknown as Record<string, unknown>)[name]): SearchField => ({ name, type: 'string', read });
const date = (name: string, read: (c: ContactRecord) => unknown = (c) => (c as unknown as Record<string, unknown>)[name]): SearchField => ({ name, type: 'date', read });
const flag = (name: keyof ContactRecord): SearchField => ({ name, type: 'boolean', read: (c) => c[name] });
const notTracked = (name: string, type: SearchFieldType): SearchField => ({ name, type, read: () => null });

const FIELDS: SearchField[] = [
  text('id'),
  text('role'),
  text('name'),
  text('avatar'),
  text('owner_id'),
  text('email'),
  text('email_domain', (c) => (c.email === null ? null : emailDomain(c.email))),
  text('phone'),
  text('formatted_phone', (c) => c.phone),
  text('external_id'),
  date('created_at'),
  date('signed_up_at'),
  date('updated_at'),
  date('last_seen_at'),
  date('last_contacted_at'),
  date('last_replied_at'),
  date('last_email_opened_at'),
  date('last_email_clicked_at'),
  text('language_override'),
  text('browser'),
  text('browser_language'),
  text('os'),
  text('location.country', (c) => c.location.country),
  text('location.region', (c) => c.location.region),
  text('location.city', (c) => c.location.city),
  flag('unsubscribed_from_emails'),
  flag('marked_email_as_spam'),
  flag('has_hard_bounced'),
  // The sandbox emulates web contacts only: mobile fields exist but are always empty.
  notTracked('ios_last_seen_at', 'date'),
  ...['ios_app_version', 'ios_device', 'ios_app_device', 'ios_os_version', 'ios_app_name', 'ios_sdk_version'].map((n) => notTracked(n, 'string')),
  notTracked('android_last_seen_at', 'date'),
  ...['android_app_version', 'android_device', 'android_app_name', 'android_sdk_version', 'andoid_sdk_version'].map((n) => notTracked(n, 'string')),
  { name: 'segment_id', type: 'segment', read: (c) => c.segment_ids },
  { name: 'tag_id', type: 'tag', read: (c) => c.tag_ids },
];

const BY_NAME = new Map(FIELDS.map((f) => [f.name, f]));

const CUSTOM_TYPES: Record<DataAttribute['data_type'], SearchFieldType> = { string: 'string', integer: 'number', float: 'number', boolean: 'boolean', date: 'date' };

export const CUSTOM_ATTRIBUTE_PREFIX = 'custom_attributes.';

/**
 * Finds a searchable contact field, including `custom_attributes.<name>` for defined data attributes.
 * @returns undefined for an unknown field
 */
export function resolveSearchField(name: string, dataAttributes: ReadonlyMap<string, DataAttribute>): SearchField | undefined {
  if (name.startsWith(CUSTOM_ATTRIBUTE_PREFIX)) {
    const attribute = dataAttributes.get(name.slice(CUSTOM_ATTRIBUTE_PREFIX.length));
    if (!attribute) return undefined;
    return { name, type: CUSTOM_TYPES[attribute.data_type], read: (c) => c.custom_attributes[attribute.name] ?? null };
  }
  return BY_NAME.get(name);
}

/** The Search Contacts vocabulary: the contact fields and the workspace's data attributes. */
export function contactVocabulary(dataAttributes: ReadonlyMap<string, DataAttribute>): SearchVocabulary<ContactRecord> {
  return {
    resolve: (name) => resolveSearchField(name, dataAttributes),
    unknownField: (name) =>
      name.startsWith(CUSTOM_ATTRIBUTE_PREFIX)
        ? invalidParameter(`Custom attribute '${name.slice(CUSTOM_ATTRIBUTE_PREFIX.length)}' does not exist`)
        : invalidParameter(`'${name}' is not a searchable contact field`),
  };
}
