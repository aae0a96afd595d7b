import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchReferencePaths, type ReferencePath } from '@workflow-blocks/block-core';
import { ancestry, buildReferenceTree, type ReferenceTree, type ReferenceTreeNode } from './reference-tree.js';
import { sampleText } from './sample-text.js';

/** Height of one option in pixels; rows have a fixed height so only the visible ones are rendered. */
export const PICKER_ROW_HEIGHT = 32;
const VISIBLE_ROWS = 8;
const OVERSCAN = 4;
/** Search shows at most this many matches and says when there are more. */
export const PICKER_SEARCH_LIMIT = 50;

export type PickerCloseReason = 'escape' | 'blur' | 'select';

export interface ReferencePickerProps {
  /** Every path upstream steps offer, from block-core's `listReferencePaths(upstream)`. */
  paths: ReferencePath[];
  /** Called with the reference text, e.g. `<Trigger.contact.email>`. */
  onSelect: (reference: string) => void;
  onClose: (reason: PickerCloseReason) => void;
  /** Accessible name of the search box, e.g. "Insert a reference into Email". */
  label: string;
  /** A tree built once by the caller for many pickers; built here from `paths` otherwise. */
  tree?: ReferenceTree;
}

interface PickerRow {
  key: string;
  label: string;
  node: ReferenceTreeNode | undefined;
  entry: ReferencePath | undefined;
  hasChildren: boolean;
  detail: string;
  /** The row that inserts the opened object or list itself, above its children. */
  whole?: boolean;
}

/**
 * Lists upstream steps and their output fields (nested, with types and samples) and inserts a reference.
 * An ARIA combobox over a listbox: typing searches, arrows move, Escape closes. Opening and inserting are distinct,
 * by mouse and by keyboard alike: a row with "›" opens (click, Enter or Right; Left or Back goes out), a leaf
 * inserts (click or Enter), and an opened object or list is inserted whole from its first row ("Insert all of …").
 * Only the rows in view are rendered.
 * @example <ReferencePicker paths={listReferencePaths(upstream)} label="Insert a reference" onSelect={insert} onClose={close} />
 */
export function ReferencePicker({ paths, onSelect, onClose, label, tree: givenTree }: ReferencePickerProps) {
  const id = useId();
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const tree = useMemo(() => givenTree ?? buildReferenceTree(paths), [givenTree, paths]);
  const [query, setQuery] = useState('');
  const [trail, setTrail] = useState<ReferenceTreeNode[]>([]);
  const [active, setActive] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const trimmed = query.trim();
  const matches = useMemo(
    () => (trimmed === '' ? [] : searchReferencePaths(paths, trimmed, PICKER_SEARCH_LIMIT + 1)),
    [paths, trimmed],
  );
  const current = trail[trail.length - 1];
  const rows: PickerRow[] = useMemo(() => {
    if (trimmed !== '') {
      return matches.slice(0, PICKER_SEARCH_LIMIT).map((entry) => {
        const node = tree.byKey.get(entry.reference);
        return {
          key: entry.reference,
          label: entry.reference.slice(1, -1),
          node,
          entry,
          hasChildren: (node?.children.length ?? 0) > 0,
          detail: entry.type,
        };
      });
    }
    const level = current ? current.children : tree.steps;
    const whole: PickerRow[] = current?.entry
      ? [{ key: `whole:${current.key}`, label: `Insert all of ${current.label}`, node: current, entry: current.entry, hasChildren: false, detail: current.entry.type, whole: true }]
      : [];
    return whole.concat(level.map((node) => ({
      key: node.key,
      label: node.label,
      node,
      entry: node.entry,
      hasChildren: node.children.length > 0,
      detail: node.entry ? node.entry.type : `${node.children.length} ${node.children.length === 1 ? 'output' : 'outputs'}`,
    })));
  }, [trimmed, matches, current, tree]);
  const more = trimmed !== '' && matches.length > PICKER_SEARCH_LIMIT;
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));
  const activeRow = rows[activeIndex];

  const pickerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    inputRef.current?.focus({ preventScroll: true });
  }, []);

  // Keep the active option in view: the list scrolls by whole rows.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const viewport = Math.min(rows.length, VISIBLE_ROWS) * PICKER_ROW_HEIGHT;
    const top = activeIndex * PICKER_ROW_HEIGHT;
    let next = list.scrollTop;
    if (top < next) next = top;
    else if (top + PICKER_ROW_HEIGHT > next + viewport) next = top + PICKER_ROW_HEIGHT - viewport;
    if (next !== list.scrollTop) list.scrollTop = next;
    setScrollTop(next);
  }, [activeIndex, rows.length]);

  const openNode = (node: ReferenceTreeNode | undefined) => {
    if (!node || node.children.length === 0) return;
    setTrail(ancestry(node));
    setQuery('');
    // The first child is active; the "Insert all of …" row of an object that is itself a reference sits above it.
    setActive(node.entry ? 1 : 0);
  };
  const goUp = () => {
    if (trimmed !== '') return;
    const left = trail[trail.length - 1];
    if (!left) return;
    const parentTrail = trail.slice(0, -1);
    const parent = parentTrail[parentTrail.length - 1];
    const siblings = parent?.children ?? tree.steps;
    setTrail(parentTrail);
    setActive(Math.max(0, siblings.indexOf(left)) + (parent?.entry ? 1 : 0));
  };
  // A row with children opens; only a leaf or the "Insert all of …" row inserts.
  const choose = (row: PickerRow | undefined) => {
    if (!row) return;
    if (row.hasChildren) openNode(row.node);
    else if (row.entry) {
      onSelect(row.entry.reference);
      onClose('select');
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const caretAtEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
    const caretAtStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const page = VISIBLE_ROWS - 1;
    switch (event.key) {
      case 'ArrowDown':
        setActive(Math.min(activeIndex + 1, rows.length - 1));
        break;
      case 'ArrowUp':
        setActive(Math.max(activeIndex - 1, 0));
        break;
      case 'PageDown':
        setActive(Math.min(activeIndex + page, rows.length - 1));
        break;
      case 'PageUp':
        setActive(Math.max(activeIndex - page, 0));
        break;
      case 'ArrowRight':
        if (!caretAtEnd || !activeRow?.hasChildren) return;
        openNode(activeRow.node);
        break;
      case 'ArrowLeft':
        if (!caretAtStart || trimmed !== '' || trail.length === 0) return;
        goUp();
        break;
      case 'Enter':
        choose(activeRow);
        break;
      case 'Escape':
        onClose('escape');
        break;
      case 'Tab':
        onClose('blur');
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const viewportRows = Math.min(rows.length, VISIBLE_ROWS);
  const first = Math.max(0, Math.floor(scrollTop / PICKER_ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, first + VISIBLE_ROWS + OVERSCAN * 2);
  const rendered = new Set<number>();
  for (let index = first; index < last; index += 1) rendered.add(index);
  if (activeRow) rendered.add(activeIndex);
  const optionId = (index: number) => `${listId}-${index}`;

  const where = current ? ancestry(current).map((node) => node.label).join(' › ') : 'Upstream steps';
  const status =
    trimmed !== ''
      ? rows.length === 0
        ? `No outputs match “${trimmed}”.`
        : more
          ? `Showing the first ${rows.length} matches. Keep typing to narrow them down.`
          : `${rows.length} ${rows.length === 1 ? 'match' : 'matches'}.`
      : rows.length === 0
        ? 'No upstream step has outputs to reference yet.'
        : `${where}: ${rows.length} ${rows.length === 1 ? 'item' : 'items'}. Enter inserts; on a row with › Enter opens it, Left arrow goes back.`;

  // The whole picker, list included, is in view in a scrolling side panel, not only its search box: when it
  // opens and whenever its list grows or shrinks (a search with more matches).
  useEffect(() => {
    pickerRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [viewportRows]);

  return (
    <div
      ref={pickerRef}
      className="wb-picker"
      onBlur={(event) => {
        const next = event.relatedTarget instanceof Node ? event.relatedTarget : null;
        if (!next || !event.currentTarget.contains(next)) onClose('blur');
      }}
    >
      <input
        ref={inputRef}
        className="wb-picker-input"
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeRow ? optionId(activeIndex) : undefined}
        aria-describedby={statusId}
        placeholder="Search outputs, e.g. email"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="wb-picker-crumbs">
        {trail.length > 0 && trimmed === '' ? (
          <button type="button" className="wb-button" onMouseDown={(event) => event.preventDefault()} onClick={goUp}>
            ‹ Back
          </button>
        ) : null}
        <span>{trimmed !== '' ? 'Search results' : where}</span>
      </div>
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={trimmed !== '' ? 'Matching outputs' : where}
        className="wb-picker-list"
        style={{ height: viewportRows * PICKER_ROW_HEIGHT }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        tabIndex={-1}
      >
        {[...rendered]
          .sort((a, b) => a - b)
          .map((index) => {
            const row = rows[index];
            if (!row) return null;
            const sample = row.entry?.sample;
            return (
              <li
                // Search results fill the same row elements keystroke after keystroke (new text, no new elements to
                // style and lay out); browsing keeps one element per path.
                key={trimmed === '' ? row.key : `match-${index}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                aria-setsize={rows.length}
                aria-posinset={index + 1}
                className="wb-picker-option"
                data-whole={row.whole ? 'true' : undefined}
                style={{ top: index * PICKER_ROW_HEIGHT, height: PICKER_ROW_HEIGHT }}
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => {
                  if (index !== activeIndex) setActive(index);
                }}
                onClick={() => choose(row)}
              >
                <span className="wb-picker-name">{row.label}</span>
                <span className="wb-picker-type">{row.detail}</span>
                {sample !== undefined ? <span className="wb-picker-sample">{sampleText(sample)}</span> : <span className="wb-picker-sample" />}
                {row.hasChildren ? (
                  <span className="wb-picker-more" aria-hidden="true">
                    ›
                  </span>
                ) : null}
              </li>
            );
          })}
      </ul>
      <p id={statusId} className="wb-picker-status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
