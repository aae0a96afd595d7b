import { lazy, Suspense } from 'react';
import type { JsonEditorProps } from './json-editor-props.js';
import { JsonEditorLoading } from './JsonEditorLoading.js';

// Monaco is only fetched when a JSON field is first on screen; tests replace this module.
const MonacoJsonEditor = lazy(() => import('./MonacoJsonEditor.js'));

/** The JSON field's editor: Monaco, loaded lazily behind Suspense. */
export function JsonEditor(props: JsonEditorProps) {
  return (
    <Suspense fallback={<JsonEditorLoading />}>
      <MonacoJsonEditor {...props} />
    </Suspense>
  );
}
