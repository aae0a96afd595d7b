import { createHash } from 'node:crypto';

/**
 * Names a token for the shared state without revealing it: instances with stores of their own (each with its
 * own connection id) still agree that Intercom rejected the same token. A one-way hash of a long random token.
 */
export function tokenIdOf(tenantId: string, token: string): string {
  return createHash('sha256').update('workflow-blocks rejected token\0').update(tenantId).update('\0').update(token).digest('hex').slice(0, 32);
}
