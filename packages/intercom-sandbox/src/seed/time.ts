/** The fixed "now" of the seed data (2025-06-02T09:00:00Z), so every start has the same timestamps. */
export const SEED_NOW = 1748854800;

export const DAY = 86_400;

/** Unix seconds of an ISO timestamp. */
export const at = (iso: string): number => Math.floor(Date.parse(iso) / 1000);
