import { useCallback, useEffect, useRef, useState } from 'react';
import { validateConfig, type IntercomConfig, type TicketTypeInfo, type UpstreamStep, type ValidationIssue } from '@workflow-blocks/block-core';

/** How long typing must pause before the config is validated again. */
export const VALIDATION_DELAY_MS = 150;

export interface BlockValidation {
  /** Every issue block-core reports for the config as it was last validated. */
  issues: ValidationIssue[];
  /** Fields whose issues the user should see now: touched, edited, or holding a saved value. */
  revealed: ReadonlySet<string>;
  /** Validate after the typing pause and then reveal `field`. */
  schedule: (field?: string) => void;
  /** Validate now (on blur) and reveal the fields named. */
  flush: (...fields: string[]) => void;
}

export interface BlockValidationOptions {
  upstream?: UpstreamStep[];
  ticketTypes?: TicketTypeInfo[];
  /** Fields revealed from the start. */
  initiallyRevealed: Iterable<string>;
  onValidate?: (issues: ValidationIssue[]) => void;
}

/** Runs block-core's `validateConfig` as the user types (debounced) and on blur; the UI only shows the result. */
export function useBlockValidation(getConfig: () => IntercomConfig, options: BlockValidationOptions): BlockValidation {
  const { upstream, ticketTypes, onValidate } = options;
  const validate = useCallback(
    () => validateConfig(getConfig(), { ...(upstream ? { upstream } : {}), ...(ticketTypes ? { ticketTypes } : {}) }),
    [getConfig, upstream, ticketTypes],
  );
  const [issues, setIssues] = useState<ValidationIssue[]>(validate);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set(options.initiallyRevealed));
  const pendingReveal = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onValidateRef = useRef(onValidate);
  onValidateRef.current = onValidate;

  const run = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const next = validate();
    setIssues(next);
    if (pendingReveal.current.size > 0) {
      const reveal = [...pendingReveal.current];
      pendingReveal.current.clear();
      setRevealed((current) => (reveal.every((field) => current.has(field)) ? current : new Set([...current, ...reveal])));
    }
    onValidateRef.current?.(next);
  }, [validate]);

  const schedule = useCallback(
    (field?: string) => {
      if (field !== undefined) pendingReveal.current.add(field);
      clearTimeout(timer.current);
      timer.current = setTimeout(run, VALIDATION_DELAY_MS);
    },
    [run],
  );
  const flush = useCallback(
    (...fields: string[]) => {
      for (const field of fields) pendingReveal.current.add(field);
      run();
    },
    [run],
  );

  // New upstream steps or ticket types change what is valid: check again at once.
  useEffect(() => {
    run();
  }, [run]);
  useEffect(() => () => clearTimeout(timer.current), []);

  return { issues, revealed, schedule, flush };
}
