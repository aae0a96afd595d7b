/// <reference types="vite/client" />
// The interaction bench page: block-ui's editor and an @rjsf/core form with the same fields, side by side.
import Form from '@rjsf/core';
import type { IChangeEvent } from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { createElement as h, useLayoutEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { IntercomConfig, SavedIntercomBlock } from '@workflow-blocks/block-core';
import { IntercomBlockEditor } from '@workflow-blocks/block-ui';
// As a host ships it: the editor with its stylesheet (rjsf's core has none of its own).
import '@workflow-blocks/block-ui/style.css';
import { benchProbe } from './probe.js';
import { rjsfFormFor } from './rjsf-schema.js';
import { scenarioOf } from './scenarios.js';

const scenarioName = new URLSearchParams(location.search).get('scenario') ?? 'keystroke';
const scenario = scenarioOf(scenarioName);

/** The editor as a host embeds it: controlled, only the fields (the panels around them have no rjsf counterpart). */
function EditorSide() {
  const [block, setBlock] = useState<SavedIntercomBlock>({ type: 'intercom', config: scenario.config });
  // The host has committed the edit: where a keystroke's measurement ends, on both sides alike.
  useLayoutEffect(() => benchProbe.committed('side-editor', block.config), [block]);
  return h(IntercomBlockEditor, {
    id: 'ed',
    value: block,
    onChange: setBlock,
    upstream: scenario.upstream,
    panels: { connection: false, preview: false, run: false },
  });
}

/** The baseline: rjsf's Form over the same fields' JSON Schema, controlled the same way, with the ajv 8 validator. */
function RjsfSide() {
  const { schema, uiSchema } = useMemo(() => rjsfFormFor(scenario.config.resource, scenario.examples), []);
  const [formData, setFormData] = useState<IntercomConfig>(scenario.config);
  useLayoutEffect(() => benchProbe.committed('side-rjsf', formData), [formData]);
  return h(Form<IntercomConfig, RJSFSchema>, {
    schema,
    uiSchema,
    validator,
    formData,
    onChange: (event: IChangeEvent<IntercomConfig>) => setFormData(event.formData ?? scenario.config),
  });
}

/**
 * A reference, not a contender: the least a React text field can be, a `useState`-controlled `<input>` whose
 * host is itself. Its keystrokes show what React alone costs in this page, so what is left for any editor.
 */
function BareReactSide() {
  const [value, setValue] = useState('');
  useLayoutEffect(() => benchProbe.committed('side-bare', { value }), [value]);
  return h('input', { id: 'bare-input', 'aria-label': 'Bare React input', value, onChange: (event: { target: { value: string } }) => setValue(event.target.value) });
}

function BenchPage() {
  return h(
    'div',
    { className: 'bench-sides' },
    h('section', { id: 'side-editor', className: 'bench-side', 'aria-label': 'IntercomBlockEditor' }, h(EditorSide)),
    h('section', { id: 'side-rjsf', className: 'bench-side', 'aria-label': '@rjsf/core Form' }, h(RjsfSide)),
    scenarioName === 'keystroke' ? h('section', { id: 'side-bare', className: 'bench-side', 'aria-label': 'Bare React input' }, h(BareReactSide)) : null,
  );
}

window.__benchProbe = benchProbe;
createRoot(document.getElementById('root')!).render(h(BenchPage));
