import type { OperationDefinition } from './operation-types.js';
import { fieldUsesOf } from './paging-fields.js';

/**
 * The operation table as the Markdown table the READMEs show: key, endpoint, fields (required ones in bold,
 * `adminId` noting the connected admin) and outputs. A test keeps the docs equal to it.
 */
export function operationsMarkdown(operations: readonly OperationDefinition[]): string {
  const rows = operations.map((op) => {
    const fields = fieldUsesOf(op).map((use) => {
      const name = use.required === true ? `**${use.field}**` : use.field;
      return use.field === 'adminId' && op.connectedAdmin === true ? `${name} (empty: the connected admin)` : name;
    });
    const outputs = Object.keys(op.outputs).join(', ');
    return `| ${op.key} | \`${op.method} ${op.path}\` | ${fields.join(', ') || '—'} | ${outputs} |`;
  });
  return ['| resource.operation | Intercom endpoint | fields (required in bold) | outputs besides `success`/`error` |', '|---|---|---|---|', ...rows].join('\n');
}
