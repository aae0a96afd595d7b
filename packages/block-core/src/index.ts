export const BLOCK_TYPE = "intercom" as const;
