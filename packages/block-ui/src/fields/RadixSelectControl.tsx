import { useEffect, useRef, useState } from 'react';
import * as Select from '@radix-ui/react-select';
import { useEditorEnvironment } from '../editor/editor-context.js';
import type { SelectControlProps } from './SelectControl.js';

export interface RadixSelectControlProps extends SelectControlProps {
  /** The stand-in had focus while this loaded: the trigger takes it. */
  takeFocus?: boolean;
  /** The user asked the stand-in to open while this loaded. */
  defaultOpen?: boolean;
}

/** Radix reserves the empty value for "no selection": the choice that clears the value stands in for it. */
const EMPTY_CHOICE = '\u0000empty';

/**
 * A Radix Select styled for the editor. A current value that is not among the options (for example an
 * operation typed into saved JSON) is still shown, so nothing the user saved disappears.
 */
export function RadixSelectControl(props: RadixSelectControlProps) {
  const { readOnly, disabled, portalContainer } = useEditorEnvironment();
  const known = props.value === '' || props.options.some((option) => option.value === props.value);
  const options = known ? props.options : [...props.options, { value: props.value, label: `${props.value} (not available)` }];
  const locked = readOnly || disabled;
  const empty = props.emptyOption;
  const [open, setOpen] = useState(Boolean(props.defaultOpen) && !locked);
  const trigger = useRef<HTMLButtonElement>(null);
  const { takeFocus } = props;
  useEffect(() => {
    if (takeFocus) trigger.current?.focus();
  }, [takeFocus]);
  const keepOthersOut = useInertOutside(open);

  return (
    <Select.Root
      // Always controlled: an empty value shows the placeholder.
      value={props.value === '' && empty !== undefined ? EMPTY_CHOICE : props.value}
      onValueChange={(chosen) => {
        const next = chosen === EMPTY_CHOICE ? '' : chosen;
        if (!locked && next !== props.value) props.onChange(next);
      }}
      // Read-only keeps the trigger focusable and readable but never opens the list.
      {...(readOnly ? { open: false } : {})}
      defaultOpen={Boolean(props.defaultOpen) && !locked}
      onOpenChange={(opened) => {
        setOpen(opened);
        if (!opened) props.onBlur?.();
      }}
      disabled={disabled}
    >
      <Select.Trigger
        ref={trigger}
        id={props.id}
        className="wb-select-trigger"
        aria-labelledby={props.labelledBy}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid ? true : undefined}
        aria-required={props.required ? true : undefined}
        aria-readonly={readOnly ? true : undefined}
        onBlur={(event) => {
          // Focus moving into the open list is not leaving the field.
          const next = event.relatedTarget instanceof Element ? event.relatedTarget : null;
          if (!next?.closest('.wb-select-content')) props.onBlur?.();
        }}
      >
        <Select.Value placeholder={props.placeholder ?? 'Choose…'} />
        <Select.Icon aria-hidden="true">▾</Select.Icon>
      </Select.Trigger>
      <Select.Portal container={portalContainer ?? undefined}>
        <Select.Content ref={keepOthersOut} className="wb-select-content" position="popper" sideOffset={4} aria-labelledby={props.labelledBy}>
          <Select.Viewport className="wb-select-viewport">
            {empty !== undefined ? (
              <Select.Item value={EMPTY_CHOICE} className="wb-select-item wb-select-item-empty">
                <Select.ItemText>{empty}</Select.ItemText>
                <Select.ItemIndicator aria-hidden="true">✓</Select.ItemIndicator>
              </Select.Item>
            ) : null}
            {options.map((option) => (
              <Select.Item key={option.value} value={option.value} className="wb-select-item">
                <Select.ItemText>{option.label}</Select.ItemText>
                <Select.ItemIndicator aria-hidden="true">✓</Select.ItemIndicator>
              </Select.Item>
            ))}
          </Select.Viewport>
        </Select.Content>
      </Select.Portal>
    </Select.Root>
  );
}

/**
 * While the list is open, what Radix hides from assistive technology (`aria-hidden`, marked `data-aria-hidden`)
 * is made inert too: hidden content that can still take focus is what axe's aria-hidden-focus reports. Gives
 * the list's ref.
 */
function useInertOutside(open: boolean) {
  const [list, setList] = useState<HTMLDivElement | null>(null);
  // Runs after Radix's own effect has hidden the rest; undone when the list closes, before Radix gives focus back
  // to the trigger (it waits a task for that).
  useEffect(() => {
    if (!open || !list) return;
    const hidden = [...list.ownerDocument.querySelectorAll<HTMLElement>('[data-aria-hidden="true"]')].filter((element) => !element.inert);
    for (const element of hidden) element.inert = true;
    return () => {
      for (const element of hidden) element.inert = false;
    };
  }, [open, list]);
  return setList;
}
