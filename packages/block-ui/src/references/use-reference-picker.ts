import { useCallback, useRef, useState } from 'react';

/** Where a chosen reference goes in the field's text: replaces `from`..`to` (the typed `<`, or the selection). */
export interface InsertionRange {
  from: number;
  to: number;
}

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * Opens the reference picker when `<` is typed in a text control or its button is pressed, and splices the
 * chosen reference into the text at the cursor, leaving the caret after it.
 */
export function useReferencePicker(options: { value: string; onChange: (value: string) => void; enabled: boolean }) {
  const { value, onChange, enabled } = options;
  const [range, setRange] = useState<InsertionRange | null>(null);
  const elementRef = useRef<TextElement | null>(null);
  const typedAt = useRef<number | null>(null);

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent<TextElement>) => {
      if (enabled && event.key === '<' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        typedAt.current = event.currentTarget.selectionStart ?? event.currentTarget.value.length;
      }
    },
    [enabled],
  );

  /** Call from the control's change handler after the new text is known. */
  const afterChange = useCallback(() => {
    const at = typedAt.current;
    typedAt.current = null;
    if (at !== null) setRange({ from: at, to: at + 1 });
  }, []);

  const openFromButton = useCallback(() => {
    const element = elementRef.current;
    const from = element?.selectionStart ?? value.length;
    const to = element?.selectionEnd ?? from;
    setRange({ from, to });
  }, [value]);

  const close = useCallback((refocus: boolean) => {
    setRange(null);
    if (refocus) elementRef.current?.focus();
  }, []);

  const insert = useCallback(
    (reference: string) => {
      if (!range) return;
      const next = value.slice(0, range.from) + reference + value.slice(range.to);
      onChange(next);
      setRange(null);
      const caret = range.from + reference.length;
      // After React writes the new value, put the caret right after the reference.
      requestAnimationFrame(() => {
        const element = elementRef.current;
        if (!element) return;
        element.focus();
        element.setSelectionRange(caret, caret);
      });
    },
    [range, value, onChange],
  );

  return { range, elementRef, onKeyDown, afterChange, openFromButton, close, insert };
}
