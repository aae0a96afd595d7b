import { searchReferencePaths, type ReferencePath } from '@workflow-blocks/block-core';
import { monaco } from './monaco-setup.js';

/** The most completions offered at once; Monaco asks again as the user types more. */
const MAX_SUGGESTIONS = 200;
// Text typed since the last `<` on the line, while it can still become a reference.
const PARTIAL_REFERENCE = /<([A-Za-z0-9_.[\]]*)$/;

const pathsByModel = new Map<string, ReferencePath[]>();
let provider: { dispose(): void } | undefined;

function provideReferenceCompletions(
  model: monaco.editor.ITextModel,
  position: monaco.Position,
): monaco.languages.CompletionList {
  const paths = pathsByModel.get(model.uri.toString());
  if (!paths || paths.length === 0) return { suggestions: [] };
  const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
  const typed = PARTIAL_REFERENCE.exec(before)?.[1];
  if (typed === undefined) return { suggestions: [] };
  const closes = model.getLineContent(position.lineNumber).charAt(position.column - 1) === '>';
  const range = {
    startLineNumber: position.lineNumber,
    endLineNumber: position.lineNumber,
    startColumn: position.column - typed.length,
    endColumn: position.column + (closes ? 1 : 0),
  };
  const found = typed === '' ? paths.slice(0, MAX_SUGGESTIONS) : searchReferencePaths(paths, typed, MAX_SUGGESTIONS);
  return {
    incomplete: found.length >= MAX_SUGGESTIONS,
    suggestions: found.map((path, index) => {
      const inner = path.reference.slice(1, -1);
      return {
        label: { label: inner, description: path.type },
        kind: monaco.languages.CompletionItemKind.Reference,
        insertText: `${inner}>`,
        filterText: inner,
        sortText: String(index).padStart(5, '0'),
        detail: `${path.type} from ${path.step}`,
        documentation: path.sample === undefined ? undefined : { value: `Sample: \`${JSON.stringify(path.sample)}\`` },
        range,
      };
    }),
  };
}

/**
 * Offers `listReferencePaths(upstream)` after `<` in one model; `undefined` stops offering there.
 * One provider serves every editor on the page.
 */
export function setModelReferencePaths(modelUri: string, paths: ReferencePath[] | undefined): void {
  if (paths === undefined) pathsByModel.delete(modelUri);
  else pathsByModel.set(modelUri, paths);
  provider ??= monaco.languages.registerCompletionItemProvider('json', {
    triggerCharacters: ['<'],
    provideCompletionItems: provideReferenceCompletions,
  });
}
