import { describe, expect, it } from 'vitest';
import { visibleFields } from '../definition/visibility.js';
import { validateConfig } from '../validation/validate-config.js';
import { conversationAssign } from './conversation-assign.js';

const assign = { resource: 'conversation', operation: 'assign', conversationId: '7', assigneeType: 'team', assigneeId: '5100002', message: 'Billing, please' };

describe('conversation.assign', () => {
  it('assigns to a team or an admin (admin by default) with an optional note, as the connected admin by default', () => {
    expect(conversationAssign.buildRequest(assign, { adminId: 'me' })).toEqual({
      pathParams: { conversation_id: '7' },
      body: { message_type: 'assignment', type: 'team', admin_id: 'me', assignee_id: '5100002', body: 'Billing, please' },
    });
    const { assigneeType: _type, message: _note, ...toAdmin } = assign;
    expect(conversationAssign.buildRequest({ ...toAdmin, assigneeId: ' 0 ' }, { adminId: 'me' }).body).toEqual({ message_type: 'assignment', type: 'admin', admin_id: 'me', assignee_id: '0' });
  });

  it('takes an assignee that is an id, 0 or a reference, and names the problem otherwise', () => {
    for (const assigneeId of ['5100002', '0', '<Router.team_id>']) expect(validateConfig({ ...assign, assigneeId })).toEqual([]);
    expect(validateConfig({ ...assign, assigneeId: 'Billing' })).toEqual([
      {
        field: 'assigneeId',
        code: 'invalid_assignee',
        message: '"Billing" is not a team ID: Intercom team IDs are digits, such as 5100002. Use 0 to unassign, or <StepName.field> to take it from an earlier step.',
      },
    ]);
    expect(validateConfig({ ...assign, assigneeId: '' }).map((issue) => [issue.field, issue.code])).toEqual([['assigneeId', 'required']]);
  });

  it('offers admins or teams in the assignee picker, by Assign to', () => {
    const assignee = visibleFields(assign).find((field) => field.name === 'assigneeId');
    expect(assignee?.picker).toEqual({ by: 'assigneeType', kinds: { admin: 'admins', team: 'teams' } });
    expect(visibleFields(assign).map((field) => field.name)).toEqual(['resource', 'operation', 'conversationId', 'assigneeType', 'assigneeId', 'message', 'adminId']);
  });
});
