import { intercomFields } from '../definition/fields.js';
import { visibleFields, type VisibleField } from '../definition/visibility.js';
import type { FieldName, IntercomConfig } from '../types.js';
import { findJsonStringsWithAngles, type JsonStringLiteral } from './json-strings.js';
import { parseReferences, type ReferenceToken } from './parse-references.js';

/** How references sit in a field: anywhere in its text, or inside the JSON strings of a code field. */
export type ReferenceFieldKind = 'text' | 'json';

/** A field that accepts references and holds text in this config. */
export interface ReferenceField {
  field: FieldName;
  kind: ReferenceFieldKind;
  text: string;
}

const allReferenceFields = Object.values(intercomFields).filter((definition) => definition.acceptsReferences);

/**
 * The fields of a config that accept references and hold a string: in definition order, or in the chosen
 * operation's display order when `visibleOnly`.
 * @param visibleOnly only the fields the chosen operation shows (the ones validation and runs use)
 * @param visible `visibleFields(config)`, when the caller has it already
 */
export function referenceFieldsOf(config: IntercomConfig, visibleOnly: boolean, visible?: readonly VisibleField[]): ReferenceField[] {
  const definitions = visibleOnly
    ? (visible ?? visibleFields(config))
        .map((visible) => visible.definition)
        .filter((definition) => definition.acceptsReferences)
    : allReferenceFields;
  const fields: ReferenceField[] = [];
  for (const definition of definitions) {
    const name = definition.name as FieldName;
    const text = config[name];
    if (typeof text !== 'string') continue;
    fields.push({ field: name, kind: definition.kind === 'code' ? 'json' : 'text', text });
  }
  return fields;
}

/**
 * The references in a field's text. In a JSON field only references inside JSON strings count; their offsets
 * are mapped back through escapes, so `raw` is always `text.slice(start, end)`.
 */
export function referencesInField(text: string, kind: ReferenceFieldKind): ReferenceToken[] {
  return locateReferences(text, kind).map((located) => located.token);
}

/** A reference in a field's text, with how it reads once JSON escapes are applied (`written`). */
export interface LocatedReference {
  token: ReferenceToken;
  written: string;
}

/** Like referencesInField, keeping how each reference reads (it differs from `raw` only when escapes are used). */
export function locateReferences(text: string, kind: ReferenceFieldKind): LocatedReference[] {
  if (kind === 'text') return parseReferences(text).map((token) => ({ token, written: token.raw }));
  const located: LocatedReference[] = [];
  for (const literal of findJsonStringsWithAngles(text)) {
    for (const token of parseReferences(literal.value)) located.push({ token: inFieldText(text, literal, token), written: token.raw });
  }
  return located;
}

/** Moves a reference found in a decoded JSON string to its place in the field's text. */
export function inFieldText(text: string, literal: JsonStringLiteral, token: ReferenceToken): ReferenceToken {
  const start = literal.offsets[token.start] ?? literal.start;
  const end = literal.offsets[token.end] ?? literal.end;
  return { ...token, raw: text.slice(start, end), start, end };
}
