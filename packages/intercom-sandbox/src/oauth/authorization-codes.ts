/** What an authorization code, once exchanged, installs. */
export interface CodeGrant {
  workspaceId: string;
  clientId: string;
}

interface PendingCode extends CodeGrant {
  expiresAt: number;
}

/** Why a code cannot be exchanged. */
export type CodeRefusal = 'unknown' | 'expired';

/** Intercom's authorization codes: single-use, expiring about 5 minutes after consent. */
export class AuthorizationCodes {
  private readonly pending = new Map<string, PendingCode>();

  constructor(
    private readonly clock: () => number,
    private readonly ttlSeconds: number,
  ) {}

  issue(grant: CodeGrant): string {
    const code = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    this.pending.set(code, { ...grant, expiresAt: this.clock() + this.ttlSeconds * 1000 });
    return code;
  }

  /** Uses up a code: the grant, or why not. A second exchange of the same code is `unknown`. */
  redeem(code: string): CodeGrant | CodeRefusal {
    const pending = this.pending.get(code);
    if (!pending) return 'unknown';
    this.pending.delete(code);
    if (this.clock() >= pending.expiresAt) return 'expired';
    return { workspaceId: pending.workspaceId, clientId: pending.clientId };
  }

  clear(): void {
    this.pending.clear();
  }
}
