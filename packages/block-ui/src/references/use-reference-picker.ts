import { useCallback, useRef, useState } from 'react';

/** Where a chosen reference goes in the field's text: replaces `from`..`to` (the typed `<`, or the selection). */
export interface InsertionRange {
  from: number;
  to: number;
}

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/** Whether an input event is the user typing `<` (not pasting it, not deleting). */
const typedOpeningBracket = (input: Event) =>
  (input as Partial<InputEvent>).inputType === 'insertText' && (input as Partial<InputEvent>).data === '<';

/**
 * Opens the reference picker when `<` is typed in a text control or its button is pressed, and splices the
 * chosen reference into the text at the cursor, leaving the caret after it.
 */
export function useReferencePicker(options: { onChange: (value: string) => void; enabled: boolean }) {
  const { onChange, enabled } = options;
  const [range, setRange] = useState<InsertionRange | null>(null);
  const elementRef = useRef<TextElement | null>(null);
  // A stable ref callback: a new one each render would make React detach and attach it on every keystroke.
  const setElement = useCallback((element: TextElement | null) => {
    elementRef.current = element;
  }, []);

  /**
   * Call from the control's change handler with the native input event: a `<` just typed opens the picker over it.
   * Read from the input event rather than a keydown handler, so plain keystrokes cost React no keyboard event.
   */
  const afterInput = useCallback(
    (input: Event, element: TextElement) => {
      if (!enabled || !typedOpeningBracket(input)) return;
      const at = (element.selectionStart ?? element.value.length) - 1;
      if (at >= 0 && element.value.charAt(at) === '<') setRange({ from: at, to: at + 1 });
    },
    [enabled],
  );

  // The control holds its text (it is uncontrolled): read from it, so nothing here changes as the user types.
  const openFromButton = useCallback(() => {
    const element = elementRef.current;
    const from = element?.selectionStart ?? element?.value.length ?? 0;
    const to = element?.selectionEnd ?? from;
    setRange({ from, to });
  }, []);

  const close = useCallback((refocus: boolean) => {
    setRange(null);
    if (refocus) elementRef.current?.focus();
  }, []);

  const insert = useCallback(
    (reference: string) => {
      if (!range) return;
      const value = elementRef.current?.value ?? '';
      const next = value.slice(0, range.from) + reference + value.slice(range.to);
      onChange(next);
      setRange(null);
      const caret = range.from + reference.length;
      // Once the new text is in the control, put the caret right after the reference.
      requestAnimationFrame(() => {
        const element = elementRef.current;
        if (!element) return;
        element.focus();
        element.setSelectionRange(caret, caret);
      });
    },
    [range, onChange],
  );

  return { range, elementRef, setElement, afterInput, openFromButton, close, insert };
}
