import { fieldLookup, isDottedName } from './field-lookup.js';

/**
 * How Intercom's search treats a field, which decides the operators it accepts: `tag` is contacts' `tag_id`,
 * `list` a conversation field holding several ids (`tag_ids`, `contact_ids`), matched by membership.
 */
export type SearchFieldType = 'string' | 'integer' | 'date' | 'boolean' | 'tag' | 'list';

/** One field a search API accepts (2.16, "Accepted Fields"). */
export interface SearchableField {
  field: string;
  type: SearchFieldType;
  description: string;
}

const dateNote = 'UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.';

/** A searchable field; a date's description says how Intercom compares dates. */
export const field = (name: string, type: SearchFieldType, description: string): SearchableField => ({
  field: name,
  type,
  description: type === 'date' ? `${description} ${dateNote}` : description,
});

/** Every standard contact field the Search Contacts API accepts; custom attributes go as `custom_attributes.<name>`. */
export const searchableContactFields: readonly SearchableField[] = [
  field('id', 'string', "The contact's Intercom ID."),
  field('role', 'string', 'The contact role: "user" or "lead".'),
  field('name', 'string', "The contact's name."),
  field('avatar', 'string', "The URL of the contact's avatar image."),
  field('owner_id', 'string', 'The ID of the admin who owns the contact.'),
  field('email', 'string', "The contact's email address."),
  field('email_domain', 'string', 'The domain of the email address, e.g. example.com.'),
  field('phone', 'string', 'The phone number as it was given.'),
  field('formatted_phone', 'string', 'The phone number in E.164 format, e.g. +14155550123.'),
  field('external_id', 'string', 'The ID your own system gave the contact.'),
  field('created_at', 'date', 'When the contact was created.'),
  field('signed_up_at', 'date', 'When the user signed up.'),
  field('updated_at', 'date', 'When the contact was last updated.'),
  field('last_seen_at', 'date', 'When the contact was last seen.'),
  field('last_contacted_at', 'date', 'When a teammate last contacted the contact.'),
  field('last_replied_at', 'date', 'When the contact last replied.'),
  field('last_email_opened_at', 'date', 'When the contact last opened an email.'),
  field('last_email_clicked_at', 'date', 'When the contact last clicked a link in an email.'),
  field('language_override', 'string', 'The language set by hand for the contact, e.g. "fr".'),
  field('browser', 'string', 'The browser the contact last used.'),
  field('browser_language', 'string', "The language of the contact's browser."),
  field('os', 'string', 'The operating system the contact last used.'),
  field('location.country', 'string', "The contact's country."),
  field('location.region', 'string', "The contact's region or state."),
  field('location.city', 'string', "The contact's city."),
  field('unsubscribed_from_emails', 'boolean', 'Whether the contact unsubscribed from emails.'),
  field('marked_email_as_spam', 'boolean', 'Whether the contact marked an email as spam.'),
  field('has_hard_bounced', 'boolean', 'Whether an email to the contact hard-bounced.'),
  field('ios_last_seen_at', 'date', 'When the contact was last seen in your iOS app.'),
  field('ios_app_version', 'string', 'The version of your iOS app the contact uses.'),
  field('ios_device', 'string', "The contact's iOS device."),
  field('ios_app_device', 'string', 'The device your iOS app runs on.'),
  field('ios_os_version', 'string', 'The iOS version of the device.'),
  field('ios_app_name', 'string', 'The name of your iOS app.'),
  field('ios_sdk_version', 'string', 'The Intercom iOS SDK version in your app.'),
  field('android_last_seen_at', 'date', 'When the contact was last seen in your Android app.'),
  field('android_app_version', 'string', 'The version of your Android app the contact uses.'),
  field('android_device', 'string', "The contact's Android device."),
  field('android_app_name', 'string', 'The name of your Android app.'),
  field('android_sdk_version', 'string', 'The Intercom Android SDK version in your app.'),
  field('segment_id', 'string', 'The ID of a segment the contact is in.'),
  field('tag_id', 'tag', 'The ID of a tag on the contact. Operators: = or != only.'),
];

const byName = fieldLookup(searchableContactFields);

/** Custom data attributes are searched as `custom_attributes.<name>`. */
export const CUSTOM_ATTRIBUTE_FIELD_PATTERN = '^custom_attributes\\.[^.]+$';

/**
 * The searchable field with this name; custom attributes are searchable but their type is not known here.
 * @returns the field, `'custom'` for `custom_attributes.<name>`, or undefined when Intercom cannot search by it
 * @example findSearchableField('created_at')?.type // 'date'
 */
export function findSearchableField(name: string): SearchableField | 'custom' | undefined {
  // isDottedName is CUSTOM_ATTRIBUTE_FIELD_PATTERN (field-lookup.test.ts holds them to each other).
  return byName(name) ?? (isDottedName(name, 'custom_attributes.') ? 'custom' : undefined);
}

/** A search operator and what it does, for completion and hover. */
export interface SearchOperator {
  operator: string;
  description: string;
}

/** The operators of Intercom's search, in the order its documentation lists them. */
export const searchOperators: readonly SearchOperator[] = [
  { operator: '=', description: 'Equals. Works on every field; on a date field it matches the whole day.' },
  { operator: '!=', description: "Doesn't equal. Not for date fields." },
  { operator: 'IN', description: 'In: matches any value of a list (a shortcut for OR). The value must be an array, e.g. ["user", "lead"]. Not for date fields or tag_id.' },
  { operator: 'NIN', description: 'Not in: matches none of the values of a list. The value must be an array. Not for date fields or tag_id.' },
  { operator: '<', description: 'Lower than. For numbers and dates; on a date field it matches before the start of that day.' },
  { operator: '<=', description: 'Lower than or equal to. For numbers; not for date fields.' },
  { operator: '>', description: 'Greater than. For numbers and dates; on a date field it matches from the start of the next day.' },
  { operator: '>=', description: 'Greater than or equal to. For numbers; not for date fields.' },
  { operator: '~', description: 'Contains. For text fields.' },
  { operator: '!~', description: "Doesn't contain. For text fields." },
  { operator: '^', description: 'Starts with. For text fields.' },
  { operator: '$', description: 'Ends with. For text fields.' },
];

export const searchOperatorNames: readonly string[] = searchOperators.map((entry) => entry.operator);

/** Operators that take a list as their value. */
export const listOperators: readonly string[] = ['IN', 'NIN'];

/** The operators Intercom accepts for each kind of field. */
export const operatorsByFieldType: Record<SearchFieldType, readonly string[]> = {
  string: ['=', '!=', 'IN', 'NIN', '~', '!~', '^', '$'],
  integer: ['=', '!=', 'IN', 'NIN', '<', '<=', '>', '>='],
  boolean: ['=', '!=', 'IN', 'NIN'],
  date: ['=', '<', '>'],
  tag: ['=', '!='],
  list: ['=', '!=', 'IN', 'NIN'],
};

/** The group operators that combine filters. */
export const groupOperators: readonly SearchOperator[] = [
  { operator: 'AND', description: 'Every filter or group in value must match.' },
  { operator: 'OR', description: 'At least one filter or group in value must match.' },
];

/** Intercom's search limits: groups nest at most 2 levels, and a group holds at most 15 filters. */
export const MAX_SEARCH_NESTING = 2;
export const MAX_FILTERS_PER_GROUP = 15;
export { MAX_PER_PAGE } from '../definition/limits.js';
