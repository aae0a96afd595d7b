export const SANDBOX = "sandbox" as const;
