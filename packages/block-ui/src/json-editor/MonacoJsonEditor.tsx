import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import Editor from '@monaco-editor/react';
import { parseReferences } from '@workflow-blocks/block-core';
import { monaco } from './monaco-setup.js';
import { JsonEditorLoading } from './JsonEditorLoading.js';
import type { JsonEditorProps } from './json-editor-props.js';
import { setModelSchema } from './model-schemas.js';
import { setModelReferencePaths } from './reference-completion.js';
import { referenceInsertText } from './reference-insertion.js';

const MARKER_OWNER = 'workflow-blocks';
/** Set while the editor is empty and has a template to offer: Enter then inserts it. */
const TEMPLATE_OFFERED = 'workflowBlocksTemplateOffered';
const MIN_HEIGHT = 140;
const MAX_HEIGHT = 420;

type CodeEditor = monaco.editor.IStandaloneCodeEditor;

const LEAVE_WITH_ESCAPE = [
  'editorTextFocus',
  '!suggestWidgetVisible',
  '!parameterHintsVisible',
  '!findWidgetVisible',
  '!renameInputVisible',
  '!referenceSearchVisible',
  '!markersNavigationVisible',
  '!editorHasMultipleSelections',
  '!inSnippetMode',
].join(' && ');

/**
 * Monaco for one JSON field: the field's schema, references highlighted and completed after `<`, and
 * block-core's issues as markers. Loaded lazily; the only component that touches Monaco.
 */
export default function MonacoJsonEditor(props: JsonEditorProps) {
  const { modelId, value, onChange, onBlur, readOnly, disabled, theme, schema, issues, referencePaths, describedBy, invalid, template } = props;
  const modelUri = `inmemory://workflow-blocks/${modelId.replace(/[^A-Za-z0-9_-]/g, '_')}.json`;
  const [editor, setEditor] = useState<CodeEditor | null>(null);
  const [height, setHeight] = useState(MIN_HEIGHT);
  const frame = useRef<HTMLDivElement>(null);
  const onBlurRef = useRef(onBlur);
  onBlurRef.current = onBlur;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const templateRef = useRef(template);
  templateRef.current = template;
  const [ghost, setGhost] = useState<{ left: number; lineHeight: number; fontFamily: string; empty: boolean }>({ left: 0, lineHeight: 18, fontFamily: 'monospace', empty: value === '' });
  // Texts this editor reported that have not come back through `value` yet, oldest first.
  const pendingEchoes = useRef<string[]>([]);

  useImperativeHandle(
    props.handleRef,
    () => ({
      insertReference(reference: string) {
        const model = editor?.getModel();
        const selection = editor?.getSelection();
        if (!editor || !model || !selection) return;
        const text = referenceInsertText(model.getValue(), model.getOffsetAt(selection.getStartPosition()), reference);
        editor.executeEdits('reference-picker', [{ range: selection, text, forceMoveMarkers: true }]);
        editor.focus();
      },
      focus() {
        editor?.focus();
      },
    }),
    [editor],
  );

  useEffect(() => {
    setModelSchema(modelUri, schema);
  }, [modelUri, schema]);
  useEffect(() => {
    setModelReferencePaths(modelUri, referencePaths);
  }, [modelUri, referencePaths]);
  useEffect(
    () => () => {
      setModelSchema(modelUri, undefined);
      setModelReferencePaths(modelUri, undefined);
    },
    [modelUri],
  );

  // The text follows `value` only when it changed elsewhere (a reset, the ticket type picker): re-applying the
  // echo of an older keystroke would drop the keys typed since, so echoes are recognised and skipped.
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    const echo = pendingEchoes.current.indexOf(value);
    if (echo !== -1) {
      pendingEchoes.current = pendingEchoes.current.slice(echo + 1);
      return;
    }
    pendingEchoes.current = [];
    if (model.getValue() === value) return;
    editor.executeEdits('host', [{ range: model.getFullModelRange(), text: value, forceMoveMarkers: true }]);
    editor.pushUndoStop();
  }, [editor, value]);

  // block-core's issues at their line and column.
  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    const markers = issues
      .filter((issue) => issue.line !== undefined)
      .map((issue): monaco.editor.IMarkerData => {
        const line = Math.min(Math.max(issue.line ?? 1, 1), model.getLineCount());
        const column = issue.column ?? 1;
        const endLine = issue.endLine ?? line;
        return {
          severity: monaco.MarkerSeverity.Error,
          message: issue.message,
          code: issue.code,
          source: 'Intercom block',
          startLineNumber: line,
          startColumn: column,
          endLineNumber: endLine,
          endColumn: issue.endColumn ?? model.getLineMaxColumn(Math.min(endLine, model.getLineCount())),
        };
      });
    monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
  }, [editor, issues]);

  // References inside strings are highlighted where block-core's parser finds them.
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    const collection = editor.createDecorationsCollection(
      parseReferences(value).map((token) => {
        const start = model.getPositionAt(token.start);
        const end = model.getPositionAt(token.end);
        return {
          range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
          options: { inlineClassName: 'wb-reference-token', hoverMessage: { value: `Reference to ${token.step}'s output` } },
        };
      }),
    );
    return () => collection.clear();
  }, [editor, value]);

  // Monaco owns its input element; the field's help, issues and validity are attached to it here.
  useEffect(() => {
    const input = editor?.getDomNode()?.querySelector('.native-edit-context, textarea.inputarea');
    if (!input) return;
    input.setAttribute('aria-describedby', describedBy);
    if (invalid) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }, [editor, describedBy, invalid]);

  // @monaco-editor/react re-subscribes when onChange changes and calls Monaco's (costly) updateOptions whenever it
  // gets a new options object: both stay the same object from render to render.
  const reportChange = useCallback((next: string | undefined) => {
    const text = next ?? '';
    pendingEchoes.current.push(text);
    if (pendingEchoes.current.length > 200) pendingEchoes.current.shift();
    onChangeRef.current(text);
  }, []);
  const locked = readOnly || disabled;
  const lockedRef = useRef(locked);
  lockedRef.current = locked;
  // The template is offered (ghost text, Enter) only while the model is empty: what the user typed is never replaced.
  useEffect(() => {
    if (!editor) return;
    const offered = editor.createContextKey<boolean>(TEMPLATE_OFFERED, false);
    const update = () => {
      const empty = editor.getModel()?.getValueLength() === 0;
      offered.set(empty && templateRef.current !== undefined && !lockedRef.current);
      setGhost((current) => (current.empty === empty ? current : { ...current, empty }));
    };
    update();
    const layout = () => {
      const lineHeight: number = editor.getOption(monaco.editor.EditorOption.lineHeight);
      const fontFamily: string = editor.getOption(monaco.editor.EditorOption.fontFamily);
      const next = { left: editor.getLayoutInfo().contentLeft, lineHeight, fontFamily };
      setGhost((current) => (current.left === next.left && current.lineHeight === next.lineHeight && current.fontFamily === next.fontFamily ? current : { ...current, ...next }));
    };
    layout();
    const changes = editor.onDidChangeModelContent(update);
    const resizes = editor.onDidLayoutChange(layout);
    return () => {
      changes.dispose();
      resizes.dispose();
      offered.reset();
    };
  }, [editor, template, locked]);
  const options = useMemo(
    (): monaco.editor.IStandaloneEditorConstructionOptions => ({
      ariaLabel: props.ariaLabel,
      ariaRequired: props.required,
      readOnly: locked,
      domReadOnly: locked,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      wordWrap: 'on',
      lineNumbersMinChars: 3,
      folding: false,
      tabSize: 2,
      fontSize: 13,
      fixedOverflowWidgets: true,
      // Tab moves focus out instead of inserting spaces (WCAG 2.1.2); the field says how to indent instead.
      tabFocusMode: true,
      quickSuggestions: { strings: true, other: true, comments: false },
      renderValidationDecorations: 'on',
    }),
    [props.ariaLabel, props.required, locked],
  );

  return (
    // Escape leaves the editor to its frame (see leaveTo).
    <div ref={frame} tabIndex={-1} className="wb-json-frame" data-invalid={invalid ? 'true' : undefined} data-disabled={disabled ? 'true' : undefined} style={{ height }}>
      <Editor
        path={modelUri}
        language="json"
        defaultValue={value}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        loading={<JsonEditorLoading />}
        onChange={reportChange}
        options={options}
        onMount={(mounted) => {
          setEditor(mounted);
          mounted.onDidBlurEditorText(() => onBlurRef.current());
          mounted.addAction({
            id: 'workflow-blocks.leave-editor',
            label: 'Leave the editor',
            keybindings: [monaco.KeyCode.Escape],
            // Escape first closes what Monaco has open (suggestions, hints, find, extra cursors, a snippet).
            precondition: LEAVE_WITH_ESCAPE,
            run: () => leaveTo(mounted, frame.current),
          });
          mounted.addAction({
            id: 'workflow-blocks.insert-template',
            label: 'Start from the template',
            keybindings: [monaco.KeyCode.Enter],
            precondition: `${TEMPLATE_OFFERED} && !suggestWidgetVisible`,
            run: () => insertTemplate(mounted, templateRef.current?.text),
          });
          mounted.onDidContentSizeChange((event) => {
            setHeight(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, event.contentHeight + 12)));
          });
        }}
      />
      {template !== undefined && ghost.empty && !locked ? (
        // Seen, not read: the field's keys line says the template is there and which key inserts it.
        <pre className="wb-json-ghost" aria-hidden="true" data-testid="json-template-ghost" style={{ left: ghost.left, lineHeight: `${ghost.lineHeight}px`, fontFamily: ghost.fontFamily }}>
          {template.text}
        </pre>
      ) : null}
    </div>
  );
}

/** Puts the template into the empty editor, as one undoable edit, with the cursor in its first empty string. */
function insertTemplate(editor: CodeEditor, text: string | undefined) {
  const model = editor.getModel();
  if (!model || text === undefined || model.getValueLength() !== 0) return;
  editor.executeEdits('template', [{ range: model.getFullModelRange(), text, forceMoveMarkers: true }]);
  editor.pushUndoStop();
  const emptyString = text.indexOf('""');
  editor.setPosition(model.getPositionAt(emptyString === -1 ? text.length : emptyString + 1));
}

/**
 * Leaves the editor for its frame, from where Tab and Shift+Tab go on in the page's order: the editor's own
 * input leaves the tab order until the frame loses focus, so Tab does not step straight back in.
 */
function leaveTo(editor: CodeEditor, frame: HTMLDivElement | null) {
  const input = editor.getDomNode()?.querySelector('.native-edit-context, textarea.inputarea');
  if (!frame || !input) return;
  const tabIndex = input.getAttribute('tabindex');
  input.setAttribute('tabindex', '-1');
  frame.addEventListener(
    'blur',
    () => {
      if (tabIndex === null) input.removeAttribute('tabindex');
      else input.setAttribute('tabindex', tabIndex);
    },
    { once: true },
  );
  frame.focus();
}
