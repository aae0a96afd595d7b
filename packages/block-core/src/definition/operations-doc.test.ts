import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { intercomOperations } from '../operations/index.js';
import { operationsMarkdown } from './operations-doc.js';

const readme = new URL('../../README.md', import.meta.url);
const between = (text: string) => /<!-- operations:start[^>]*-->\n([\s\S]*?)\n<!-- operations:end -->/.exec(text)?.[1];

describe("the README's operation table", () => {
  it('is the operation table, generated (paste the expected text between the markers when it changes)', () => {
    expect(between(readFileSync(readme, 'utf8'))).toBe(operationsMarkdown(intercomOperations));
  });

  it('marks required fields and the connected admin', () => {
    const table = operationsMarkdown(intercomOperations);
    expect(table).toContain('| conversation.reply | `POST /conversations/{conversation_id}/reply` | **conversationId**, **message**, replyType, adminId (empty: the connected admin) | conversation |');
    expect(table).toContain('| admin.list | `GET /admins` | — | admins |');
  });
});
