import type { AdminRecord, AppRecord } from '../store/types.js';

/** An admin as `GET /admins` lists it. */
export function adminView(admin: AdminRecord): Record<string, unknown> {
  return {
    type: 'admin',
    email: admin.email,
    id: admin.id,
    name: admin.name,
    job_title: admin.job_title,
    away_mode_enabled: admin.away_mode_enabled,
    away_mode_reassign: admin.away_mode_reassign,
    away_status_reason_id: null,
    has_inbox_seat: admin.has_inbox_seat,
    team_ids: [...admin.team_ids],
    avatar: admin.avatar,
    team_priority_level: { primary_team_ids: [...admin.team_ids], secondary_team_ids: [] },
    role: { ...admin.role },
  };
}

/** The token's admin with its workspace, as `GET /me` returns it (`admin_with_app`). */
export function adminWithAppView(admin: AdminRecord, app: AppRecord): Record<string, unknown> {
  return {
    type: 'admin',
    id: admin.id,
    email: admin.email,
    name: admin.name,
    email_verified: true,
    job_title: admin.job_title,
    away_mode_enabled: admin.away_mode_enabled,
    away_mode_reassign: admin.away_mode_reassign,
    has_inbox_seat: admin.has_inbox_seat,
    team_ids: [...admin.team_ids],
    avatar: { type: 'avatar', image_url: admin.avatar },
    app: { type: 'app', ...app, secure: false },
  };
}
