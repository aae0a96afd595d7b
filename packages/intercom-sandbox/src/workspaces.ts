import { buildEuSeedData } from './seed/eu/eu-seed.js';
import { buildSeedData } from './seed/seed.js';
import type { SandboxData } from './store/types.js';

/** The access token of the first (US) workspace unless the sandbox is given another. */
export const DEFAULT_SANDBOX_TOKEN = 'sandbox-token';
/** The access token of the second (EU) workspace. */
export const EU_SANDBOX_TOKEN = 'sandbox-token-eu';

/** A workspace the sandbox starts with: its seed and its fixed access token. */
export interface WorkspaceDefinition {
  seed: () => SandboxData;
  token: string;
}

/** The sandbox's workspaces, first the US demo workspace (whose token `SANDBOX_TOKEN` sets), then an EU one. */
export const workspaceDefinitions = (firstToken: string): WorkspaceDefinition[] => [
  { seed: buildSeedData, token: firstToken },
  { seed: buildEuSeedData, token: EU_SANDBOX_TOKEN },
];
