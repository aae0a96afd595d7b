import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FieldOption } from '@workflow-blocks/block-core';
import { useEditorEnvironment } from '../editor/editor-context.js';
import type * as RadixSelectChunk from './RadixSelectControl.js';

export interface SelectControlProps {
  id: string;
  value: string;
  options: readonly FieldOption[];
  onChange: (value: string) => void;
  onBlur?: () => void;
  placeholder?: string;
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  /** Offered first to clear the value (an optional select with no default), e.g. "Leave unchanged". */
  emptyOption?: string;
}

type RadixSelectModule = typeof RadixSelectChunk;
let loaded: RadixSelectModule | undefined;
// Radix Select and floating-ui are fetched as soon as block-ui loads, beside its entry rather than in it
// (BENCHMARKS.md, bundle); until they arrive a stand-in trigger shows the value.
const loading = import('./RadixSelectControl.js').then((module) => (loaded = module));

/** Resolves once the select's code is there (tests wait for it so each starts from the real trigger). */
export const loadSelectControl = (): Promise<unknown> => loading;

const OPENING_KEYS = new Set(['Enter', ' ', 'ArrowDown', 'ArrowUp']);

/**
 * The editor's select: a Radix Select once its code is there. The stand-in before it is the same trigger (role,
 * name, value, description); focus and a request to open made on it carry over to the real one.
 */
export function SelectControl(props: SelectControlProps) {
  const [module, setModule] = useState(loaded);
  const focused = useRef(false);
  const openRequested = useRef(false);
  const swapping = useRef(false);
  useEffect(() => {
    if (module) return;
    let live = true;
    void loading.then((next) => {
      if (!live) return;
      // The stand-in's removal blurs it: that is not the user leaving the field.
      swapping.current = true;
      setModule(next);
    });
    return () => {
      live = false;
    };
  }, [module]);
  if (module) {
    return <module.RadixSelectControl {...props} takeFocus={focused.current && !openRequested.current} defaultOpen={openRequested.current} />;
  }
  return <StandInTrigger {...props} onBlur={() => (swapping.current ? undefined : props.onBlur?.())} onFocusChange={(has) => (focused.current = has)} onOpenRequest={() => (openRequested.current = true)} />;
}

interface StandInProps extends SelectControlProps {
  onFocusChange: (focused: boolean) => void;
  onOpenRequest: () => void;
}

/** Renders what Radix's trigger renders for the current value, so layout and the accessible tree do not change. */
function StandInTrigger(props: StandInProps) {
  const { readOnly, disabled } = useEditorEnvironment();
  const option = props.options.find((candidate) => candidate.value === props.value);
  const shown =
    props.value === '' ? (props.emptyOption ?? undefined) : (option?.label ?? `${props.value} (not available)`);
  const requestOpen = () => {
    if (!readOnly && !disabled) props.onOpenRequest();
  };
  return (
    <button
      type="button"
      role="combobox"
      id={props.id}
      className="wb-select-trigger"
      aria-expanded={false}
      aria-autocomplete="none"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid ? true : undefined}
      aria-required={props.required ? true : undefined}
      aria-readonly={readOnly ? true : undefined}
      disabled={disabled}
      data-state="closed"
      data-disabled={disabled ? '' : undefined}
      data-placeholder={shown === undefined ? '' : undefined}
      onFocus={() => props.onFocusChange(true)}
      onBlur={() => {
        props.onFocusChange(false);
        props.onBlur?.();
      }}
      onClick={requestOpen}
      onKeyDown={(event: KeyboardEvent) => {
        if (OPENING_KEYS.has(event.key)) {
          event.preventDefault();
          requestOpen();
        }
      }}
    >
      <span style={{ pointerEvents: 'none' }}>{shown ?? props.placeholder ?? 'Choose…'}</span>
      <span aria-hidden="true">▾</span>
    </button>
  );
}
