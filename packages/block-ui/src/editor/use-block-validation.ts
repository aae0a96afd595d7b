import { useCallback, useEffect, useRef, useState } from 'react';
import type { IntercomConfig, DataAttributeInfo, TicketTypeInfo, UpstreamStep, ValidationIssue } from '@workflow-blocks/block-core';
import { useValidationEngine } from '../validation/load-validation-engine.js';

/** How long typing must pause before the config is validated again. */
export const VALIDATION_DELAY_MS = 150;

export interface BlockValidation {
  /** Every issue block-core reports for the config as it was last validated (none while checking). */
  issues: ValidationIssue[];
  /** True until the validation engine has loaded and checked the config once. */
  checking: boolean;
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
  /** The workspace's custom contact attributes, once loaded: custom attribute checks wait for them. */
  dataAttributes?: readonly DataAttributeInfo[];
  /** The type of the ticket an update changes, once looked up. */
  ticketType?: TicketTypeInfo;
  /** Fields revealed from the start. */
  initiallyRevealed: Iterable<string>;
  onValidate?: (issues: ValidationIssue[]) => void;
}

const noIssues: ValidationIssue[] = [];

/**
 * Runs block-core's `validateConfig` as the user types (debounced) and on blur; the UI only shows the result.
 * The engine loads lazily: until it is there nothing is reported (`checking`), and what was asked for meanwhile
 * (a blur, a pause in typing) is validated as soon as it arrives.
 */
export function useBlockValidation(getConfig: () => IntercomConfig, options: BlockValidationOptions): BlockValidation {
  const { upstream, ticketTypes, dataAttributes, ticketType, onValidate } = options;
  const engine = useValidationEngine();
  const validate = useCallback(
    () =>
      engine?.validateConfig(getConfig(), {
        ...(upstream ? { upstream } : {}),
        ...(ticketTypes ? { ticketTypes } : {}),
        ...(dataAttributes ? { dataAttributes } : {}),
        ...(ticketType ? { ticketType } : {}),
      }),
    [engine, getConfig, upstream, ticketTypes, dataAttributes, ticketType],
  );
  const [issues, setIssues] = useState<ValidationIssue[] | undefined>(validate);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set(options.initiallyRevealed));
  const pendingReveal = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // When the typing pause ends: one timer per pause, moved on by each key rather than cleared and set again.
  const due = useRef(0);
  const onValidateRef = useRef(onValidate);
  onValidateRef.current = onValidate;

  const run = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const next = validate();
    // Without the engine yet, the fields to reveal wait: this runs again when it arrives.
    if (next === undefined) return;
    setIssues(next);
    if (pendingReveal.current.size > 0) {
      const reveal = [...pendingReveal.current];
      pendingReveal.current.clear();
      setRevealed((current) => (reveal.every((field) => current.has(field)) ? current : new Set([...current, ...reveal])));
    }
    onValidateRef.current?.(next);
  }, [validate]);
  // schedule and flush keep their identity while upstream steps, ticket types or the engine change, so the
  // fields that hold them do not re-render for it.
  const runRef = useRef(run);
  runRef.current = run;

  const schedule = useCallback((field?: string) => {
    if (field !== undefined) pendingReveal.current.add(field);
    due.current = Date.now() + VALIDATION_DELAY_MS;
    if (timer.current !== undefined) return;
    const wait = (ms: number) => {
      timer.current = setTimeout(() => {
        const left = due.current - Date.now();
        if (left > 0) wait(left);
        else runRef.current();
      }, ms);
    };
    wait(VALIDATION_DELAY_MS);
  }, []);
  const flush = useCallback((...fields: string[]) => {
    for (const field of fields) pendingReveal.current.add(field);
    runRef.current();
  }, []);

  // The engine arriving, new upstream steps or ticket types change what is valid: check again at once.
  useEffect(() => {
    run();
  }, [run]);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      timer.current = undefined;
    },
    [],
  );

  return { issues: issues ?? noIssues, checking: issues === undefined, revealed, schedule, flush };
}
