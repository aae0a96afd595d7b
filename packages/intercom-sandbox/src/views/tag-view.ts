import type { AppliedTagRecord, TagRecord } from '../store/types.js';

/** A tag as `GET /tags` lists it. */
export const tagView = (tag: TagRecord): Record<string, unknown> => ({ type: 'tag', id: tag.id, name: tag.name });

/** A tag on a conversation, or the tag a tag/untag call answers: with who applied it and when (null when it was not applied). */
export const appliedTagView = (tag: TagRecord, applied: AppliedTagRecord | undefined): Record<string, unknown> => ({
  type: 'tag',
  id: tag.id,
  name: tag.name,
  applied_at: applied?.applied_at ?? null,
  applied_by: applied ? { type: 'admin', id: applied.applied_by } : null,
});
