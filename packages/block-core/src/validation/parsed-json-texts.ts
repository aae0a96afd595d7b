import { parseJsonText, type JsonParseResult } from './json-text.js';

/** The JSON texts parsed during one validation: each text is read once, by the field check and the reference check. */
export interface ParsedJsonTexts {
  /** The text parsed, from memory when it was parsed already. */
  parse: (text: string) => JsonParseResult;
  /** The keys and strings holding a `<` of a text parsed already, when its parse knows them. */
  stringsWithAngles: (text: string) => readonly string[] | undefined;
}

/**
 * A memory of parsed texts for one validation (not kept beyond it: a text edited between two validations is a new
 * text). Texts are compared with ===, which for the same string costs nothing.
 */
export function parsedJsonTexts(): ParsedJsonTexts {
  const entries: { text: string; result: JsonParseResult }[] = [];
  const find = (text: string) => entries.find((entry) => entry.text === text);
  return {
    parse: (text) => {
      const known = find(text);
      if (known) return known.result;
      const result = parseJsonText(text);
      entries.push({ text, result });
      return result;
    },
    stringsWithAngles: (text) => {
      const result = find(text)?.result;
      return result?.ok ? result.document.stringsWithAngles : undefined;
    },
  };
}
