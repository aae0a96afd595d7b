import { it } from 'vitest';
import { applyEdits, modify } from 'jsonc-parser';
it('p', () => {
  for (const base of ['{\n  "contacts": [{ "email": "<Trigger.contact.email>" }]\n}', '{"contacts": [{"email": "x"}], "ticket_attributes": {"_default_title_": "t"}}', '{}', '']) {
    const out = applyEdits(base, modify(base, ['ticket_type_id'], '7', { getInsertionIndex: () => 0 }));
    console.log('OUT', JSON.stringify(out));
  }
});
