import type { DataAttributeInfo } from './data-attribute.js';
import { field, type SearchableField, type SearchFieldType } from './search-fields.js';
import { contactSearch, type SearchVocabulary } from './search-vocabulary.js';
import { fieldLookup } from './field-lookup.js';

/** How Search Contacts compares each data type of a custom attribute (2.16 takes whole numbers as search values, floats too). */
const searchTypes: Record<string, SearchFieldType> = { string: 'string', integer: 'integer', float: 'integer', boolean: 'boolean', date: 'date' };

const typeWords: Record<string, string> = {
  string: 'text',
  integer: 'whole number',
  float: 'number, searched with whole numbers',
  boolean: 'true or false',
  date: 'date',
};

/** One custom attribute as a search field: `custom_attributes.<name>`, typed, described with its operators. */
export function customAttributeSearchField(attribute: DataAttributeInfo): SearchableField {
  const type = searchTypes[attribute.data_type] ?? 'string';
  const about = [attribute.label && attribute.label !== attribute.name ? attribute.label : undefined, attribute.description].filter(Boolean).join(': ');
  const options = attribute.options?.length ? `; one of ${attribute.options.join(', ')}` : '';
  const kind = `Custom attribute (${typeWords[attribute.data_type] ?? attribute.data_type}${options}).`;
  // A date's description already says its operators.
  const operators = type === 'date' ? '' : ` Operators: ${operatorText(type)}.`;
  return field(`custom_attributes.${attribute.name}`, type, `${about ? `${about}. ` : ''}${kind}${operators}`);
}

function operatorText(type: SearchFieldType): string {
  return type === 'boolean' ? '=, !=, IN or NIN' : type === 'string' ? '=, !=, IN, NIN, ~, !~, ^ or $' : '=, !=, IN, NIN, <, <=, > or >=';
}

const cache = new WeakMap<readonly DataAttributeInfo[], SearchVocabulary>();

/**
 * Search Contacts with the workspace's custom attributes known: each `custom_attributes.<name>` is a field of
 * its type (its operators follow), and a custom attribute the workspace lacks is an unknown field.
 * The same list gives the same vocabulary (validation runs on every keystroke).
 */
export function contactSearchWith(attributes: readonly DataAttributeInfo[]): SearchVocabulary {
  let vocabulary = cache.get(attributes);
  if (!vocabulary) {
    const custom = attributes.map(customAttributeSearchField);
    const byName = fieldLookup(custom);
    vocabulary = {
      ...contactSearch,
      fields: [...contactSearch.fields, ...custom],
      find: (name) => byName(name) ?? (name.startsWith('custom_attributes.') ? undefined : contactSearch.find(name)),
    };
    cache.set(attributes, vocabulary);
  }
  return vocabulary;
}
