import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatReference, isReferenceIdentifier } from '@workflow-blocks/block-core';
import { BlockUiRoot } from '../editor/BlockUiRoot.js';
import type { BlockTheme } from '../editor/editor-context.js';
import { jsonChildren, jsonKind, jsonSummary, visibleJsonNodes } from './output-tree-model.js';

export interface OutputTreeProps {
  /** The outputs to show (e.g. BlockOutputs); their top-level names are the first level of the tree. */
  value: object;
  /** Accessible name of the tree. */
  label: string;
  /** Ids (dotted keys) expanded at first; by default the top-level entries. */
  defaultExpanded?: Iterable<string>;
  /** Theme when used outside the editor. */
  theme?: BlockTheme;
  /**
   * The step these are the outputs of: the row in focus then offers its reference (`<Step.contact.email>`) to copy,
   * so a person takes a reference from where they see the value.
   */
  referenceStep?: string;
  /** With `referenceStep`: inserts the reference into the field the host last focused; offered beside Copy. */
  onInsertReference?: (reference: string) => void;
}

/** The reference to a node of a step's outputs, or undefined when a key on its way cannot be written in one. */
function referenceTo(step: string, path: readonly (string | number)[]): string | undefined {
  if (!isReferenceIdentifier(step) || path.some((segment) => typeof segment === 'string' && !isReferenceIdentifier(segment))) return undefined;
  return formatReference(step, path);
}

/**
 * Outputs as a collapsible ARIA tree: arrows move, Right/Left open and close, Home/End jump, Enter toggles.
 * Children are rendered only when their parent is open, so large outputs stay cheap.
 * @example <OutputTree value={{ success: true, contact: { id: '1' } }} label="Run outputs" />
 */
export function OutputTree({ value: outputs, label, defaultExpanded, theme, referenceStep, onInsertReference }: OutputTreeProps) {
  const copiedId = useId();
  const [copied, setCopied] = useState('');
  const value = outputs as Record<string, unknown>;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(defaultExpanded ?? Object.keys(value).filter((key) => jsonChildren(value[key]).length > 0)),
  );
  const nodes = useMemo(() => visibleJsonNodes(value, expanded), [value, expanded]);
  const [focusedId, setFocusedId] = useState<string | undefined>(undefined);
  const treeRef = useRef<HTMLUListElement>(null);
  const activeId = focusedId !== undefined && nodes.some((n) => n.id === focusedId) ? focusedId : nodes[0]?.id;

  const focusNode = (id: string | undefined) => {
    if (id === undefined) return;
    setFocusedId(id);
    const items = treeRef.current?.querySelectorAll<HTMLElement>('[data-node-id]') ?? [];
    Array.from(items)
      .find((element) => element.dataset.nodeId === id)
      ?.focus();
  };
  const toggle = (id: string, open?: boolean) => {
    setExpanded((current) => {
      const next = new Set(current);
      const shouldOpen = open ?? !next.has(id);
      if (shouldOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = nodes.findIndex((n) => n.id === activeId);
    const node = nodes[index];
    if (!node) return;
    const open = expanded.has(node.id);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        focusNode(nodes[index + 1]?.id);
        break;
      case 'ArrowUp':
        focusNode(nodes[index - 1]?.id);
        break;
      case 'Home':
        focusNode(nodes[0]?.id);
        break;
      case 'End':
        focusNode(nodes[nodes.length - 1]?.id);
        break;
      case 'ArrowRight':
        if (node.childCount > 0 && !open) toggle(node.id, true);
        else if (node.childCount > 0) focusNode(nodes[index + 1]?.id);
        break;
      case 'ArrowLeft':
        if (node.childCount > 0 && open) toggle(node.id, false);
        else focusNode(node.parentId);
        break;
      case 'Enter':
      case ' ':
        if (node.childCount > 0) toggle(node.id);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  // A flat tree (aria-level, aria-setsize, aria-posinset): each item holds only its own row, so its name is its text.
  const siblingCounts = new Map<string | undefined, number>();
  const positions = new Map<string, number>();
  for (const node of nodes) {
    const count = (siblingCounts.get(node.parentId) ?? 0) + 1;
    siblingCounts.set(node.parentId, count);
    positions.set(node.id, count);
  }

  const activeNode = nodes.find((n) => n.id === activeId);
  const reference = referenceStep !== undefined && activeNode ? referenceTo(referenceStep, activeNode.path) : undefined;
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`Copied ${text}.`);
    } catch {
      setCopied(`The browser did not allow copying; select ${text} and copy it.`);
    }
  };

  return (
    <BlockUiRoot theme={theme}>
      <ul ref={treeRef} role="tree" aria-label={label} className="wb-tree" onKeyDown={onKeyDown}>
        {nodes.map((node) => {
          const isOpen = node.childCount > 0 && expanded.has(node.id);
          return (
            <li
              key={node.id}
              role="treeitem"
              className="wb-tree-item"
              data-node-id={node.id}
              aria-level={node.depth + 1}
              aria-setsize={siblingCounts.get(node.parentId)}
              aria-posinset={positions.get(node.id)}
              aria-expanded={node.childCount > 0 ? isOpen : undefined}
              tabIndex={node.id === activeId ? 0 : -1}
              style={{ paddingInlineStart: `${node.depth * 16}px` }}
              onFocus={(event) => {
                if (event.target === event.currentTarget) setFocusedId(node.id);
              }}
              onClick={() => {
                focusNode(node.id);
                if (node.childCount > 0) toggle(node.id);
              }}
            >
              <span className="wb-tree-row">
                <span className="wb-tree-toggle" aria-hidden="true">
                  {node.childCount > 0 ? (isOpen ? '▾' : '▸') : ''}
                </span>
                <span className="wb-tree-key">{node.key}:</span>{' '}
                <span className="wb-tree-value" data-type={jsonKind(node.value)}>
                  {jsonSummary(node.value)}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      {referenceStep !== undefined ? (
        <div className="wb-tree-reference">
          {reference ? (
            <>
              <code className="wb-reference-text">{reference}</code>
              <button type="button" className="wb-button" onClick={() => void copy(reference)} aria-describedby={copiedId}>
                Copy reference
              </button>
              {onInsertReference ? (
                <button type="button" className="wb-button" onClick={() => onInsertReference(reference)}>
                  Insert as reference
                </button>
              ) : null}
            </>
          ) : (
            <span className="wb-muted">This key cannot be written in a reference.</span>
          )}
          <span id={copiedId} className="wb-muted" role="status">
            {copied}
          </span>
        </div>
      ) : null}
    </BlockUiRoot>
  );
}
