import { useMemo, useRef, useState } from 'react';
import { useWorkspace, type WorkspaceData } from '../connection/connection-context.js';
import { useEditorEnvironment } from '../editor/editor-context.js';
import { useResolvedTheme } from '../editor/use-resolved-theme.js';
import { JsonEditor } from '../json-editor/JsonEditor.js';
import type { JsonEditorHandle } from '../json-editor/json-editor-props.js';
import { LazyReferencePicker } from '../references/LazyReferencePicker.js';
import { useReferences } from '../references/reference-context.js';
import { useValidationEngine } from '../validation/load-validation-engine.js';
import { FieldShell } from './FieldShell.js';
import { ReferenceButton } from './ReferenceButton.js';
import { PickerNoteLine, pickerState } from './PickerNote.js';
import { TicketTypeSelect } from './TicketTypeSelect.js';
import { pickerSources } from './picker-entries.js';
import { dataAttributesNote } from './data-attributes-note.js';
import { describedBy } from './field-ids.js';
import { textOf, type FieldControlProps } from './field-control-props.js';

/**
 * A JSON field (custom attributes, search query, ticket): Monaco with the field's schema from block-core,
 * a reference picker beside it, and for tickets a ticket type picker that edits `ticket_type_id` in place.
 */
export function JsonField({ field, ids, value, onChange, onBlur, issues }: FieldControlProps) {
  const env = useEditorEnvironment();
  const theme = useResolvedTheme(env.theme);
  const { paths, tree } = useReferences();
  const workspace = useWorkspace();
  const { ticketTypes, scope } = workspace;
  const handle = useRef<JsonEditorHandle>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  const text = textOf(value);
  const schemaId = field.schema;
  // A JSON field with the ticket types picker edits `ticket_type_id` inside its JSON, and the chosen type refines its schema.
  const typePicker = field.picker === 'ticketTypes';
  // The schemas (and the tolerant JSON reading of ticket_type_id) come with the lazily loaded validation engine;
  // Monaco gets the field's schema, and the ticket type picker shows, once it is there.
  const engine = useValidationEngine();
  const ticketTypeId = typePicker && engine ? engine.ticketTypeIdOf(text) : undefined;
  const ticketType = ticketTypes.find((type) => type.id === ticketTypeId);
  // Custom attribute names, types and options come from the workspace once its attributes are read.
  const attributes = workspace.dataAttributes.state === 'ready' ? workspace.dataAttributes.items : undefined;
  const schema = useMemo(() => {
    if (!engine) return undefined;
    if (ticketType) return engine.ticketSchemaForType(ticketType);
    if (!schemaId) return undefined;
    // The ticket attributes of an update follow the type of the ticket it changes, once the editor knows it.
    if (scope?.ticketType) return engine.scopedJsonFieldSchema(schemaId, { ticketType: scope.ticketType });
    return (attributes && engine.jsonSchemaWithDataAttributes(schemaId, attributes)) ?? engine.jsonFieldSchemas[schemaId];
  }, [engine, ticketType, schemaId, attributes, scope]);
  const attributesNote = engine && schemaId && engine.needsDataAttributes(schemaId) ? dataAttributesNote(workspace) : undefined;
  const editable = !env.readOnly && !env.disabled;
  // An empty field starts from its schema's template (a search skeleton, an attribute, a ticket body), offered as ghost text.
  const template = useMemo(() => (editable && engine && schema ? engine.jsonFieldTemplate(schema) : undefined), [editable, engine, schema]);
  const keysId = `${ids.help}-keys`;
  const attributesNoteId = `${ids.control}-attributes-state`;
  const editorDescribedBy = [describedBy(ids, issues.length > 0), editable ? keysId : '', attributesNote ? attributesNoteId : ''].filter(Boolean).join(' ');

  return (
    <FieldShell field={field} ids={ids} issues={issues} labelFor={false} positions>
      {typePicker && editable && ticketTypes.length === 0 ? <TicketTypesNote id={`${ids.control}-ticket-types-state`} workspace={workspace} refocus={() => handle.current?.focus()} /> : null}
      {typePicker && ticketTypes.length > 0 && editable && engine ? (
        <TicketTypeSelect
          id={`${ids.control}-ticket-type`}
          ticketTypes={ticketTypes}
          value={ticketTypeId}
          onChange={(id) => {
            const chosen = ticketTypes.find((type) => type.id === id);
            onChange(chosen ? engine.withTicketTypeTemplate(text, chosen) : engine.withTicketTypeId(text, id));
          }}
        />
      ) : null}
      <div className="wb-control-row">
        <JsonEditor
          modelId={`${env.idPrefix}-${field.name}`}
          value={text}
          onChange={onChange}
          onBlur={onBlur}
          readOnly={env.readOnly}
          disabled={env.disabled}
          theme={theme}
          ariaLabel={field.definition.label}
          describedBy={editorDescribedBy}
          invalid={issues.length > 0}
          required={field.required}
          schema={schema}
          issues={issues}
          referencePaths={paths}
          {...(template ? { template } : {})}
          handleRef={handle}
        />
        {field.definition.acceptsReferences && !env.readOnly ? (
          <ReferenceButton
            fieldLabel={field.definition.label}
            expanded={pickerOpen}
            disabled={env.disabled || paths.length === 0}
            onClick={() => setPickerOpen(true)}
          />
        ) : null}
      </div>
      {attributesNote ? <PickerNoteLine id={attributesNoteId} refocus={() => handle.current?.focus()} state={attributesNote} noun="custom attributes" /> : null}
      {editable ? <EditorKeys id={keysId} template={text === '' ? template?.label : undefined} /> : null}
      {pickerOpen ? (
        <LazyReferencePicker
          paths={paths}
          tree={tree}
          label={`Insert a reference into ${field.definition.label}`}
          onSelect={(reference) => handle.current?.insertReference(reference)}
          onClose={(reason) => {
            setPickerOpen(false);
            if (reason === 'escape') handle.current?.focus();
          }}
        />
      ) : null}
    </FieldShell>
  );
}

/** Why the ticket type picker is not there (loading, none, unreadable with Retry): `ticket_type_id` can be typed meanwhile. */
function TicketTypesNote({ id, workspace, refocus }: { id: string; workspace: WorkspaceData; refocus: () => void }) {
  const state = pickerState(workspace, 'ticketTypes');
  return state ? <PickerNoteLine id={id} refocus={refocus} state={state} noun={pickerSources.ticketTypes.noun} /> : null;
}

const modifier = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** Tab leaves the JSON editor (its tab-focus mode, WCAG 2.1.2), so how to indent and to leave is said beside it. */
function EditorKeys({ id, template }: { id: string; template: string | undefined }) {
  return (
    <p className="wb-help wb-keys" id={id}>
      {template !== undefined ? (
        <>
          Empty: <kbd>Enter</kbd> starts from the template “{template}” shown in the editor.{' '}
        </>
      ) : null}
      <kbd>Tab</kbd> moves to the next field; indent with <kbd>{modifier}]</kbd>, outdent with <kbd>{modifier}[</kbd>; <kbd>Esc</kbd> leaves the
      editor.
    </p>
  );
}
