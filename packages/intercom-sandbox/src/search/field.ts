/** How a search field compares: it decides the operators and values a filter may use. */
export type SearchFieldType = 'string' | 'number' | 'boolean' | 'date' | 'tag' | 'segment' | 'list';

/** A searchable field of a record type (a contact, a conversation). */
export interface SearchField<R> {
  name: string;
  type: SearchFieldType;
  read(record: R): unknown;
  /** `=`/`!=`/`IN`/`NIN` compare against each word of the text (conversations' `source.body`). */
  byWord?: boolean;
}

/** Operators each field type accepts (from the SearchContacts and SearchConversations descriptions). */
export const OPERATORS_BY_TYPE: Record<SearchFieldType, readonly string[]> = {
  string: ['=', '!=', 'IN', 'NIN', '~', '!~', '^', '$'],
  number: ['=', '!=', 'IN', 'NIN', '<', '<=', '>', '>='],
  boolean: ['=', '!=', 'IN', 'NIN'],
  date: ['=', '<', '>'],
  tag: ['=', '!='],
  segment: ['=', '!=', 'IN', 'NIN'],
  // A field holding several ids (a conversation's contact_ids, tag_ids): equality means membership.
  list: ['=', '!=', 'IN', 'NIN'],
};

/** Field types whose value is a list of ids, matched by membership. */
export const isIdListType = (type: SearchFieldType): boolean => type === 'tag' || type === 'segment' || type === 'list';
