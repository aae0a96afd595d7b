import { describe, expect, it } from 'vitest';
import { visibleFields } from '../definition/visibility.js';
import { validateConfig } from '../validation/validate-config.js';
import { ticketReply } from './ticket-reply.js';

const reply = { resource: 'ticket', operation: 'reply', ticketId: '701', message: 'We found it.' };

describe('ticket.reply', () => {
  it('posts an admin comment by default, a note when asked, as the connected admin unless one is named', () => {
    expect(ticketReply.buildRequest(reply, { adminId: '991267' })).toEqual({
      pathParams: { ticket_id: '701' },
      body: { message_type: 'comment', type: 'admin', admin_id: '991267', body: 'We found it.' },
    });
    expect(ticketReply.buildRequest({ ...reply, replyType: 'note', adminId: ' 42 ' }, { adminId: '991267' }).body).toMatchObject({ message_type: 'note', admin_id: '42' });
  });

  it('needs the ticket and the reply', () => {
    expect(validateConfig({ resource: 'ticket', operation: 'reply' }).map((issue) => [issue.field, issue.code])).toEqual([
      ['ticketId', 'required'],
      ['message', 'required'],
    ]);
    expect(validateConfig(reply)).toEqual([]);
    expect(visibleFields(reply).find((field) => field.name === 'message')?.definition.label).toBe('Reply');
  });

  it('outputs the ticket part as reply', () => {
    const part = { type: 'ticket_part', id: '9', part_type: 'comment', body: '<p>We found it.</p>' };
    expect(ticketReply.mapResponse(part)).toEqual({ reply: part });
    expect(() => ticketReply.mapResponse({ type: 'ticket' })).toThrow(/without a ticket reply/);
  });
});
