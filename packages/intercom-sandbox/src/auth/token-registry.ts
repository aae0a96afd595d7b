/** What a bearer token stands for. */
export interface TokenGrant {
  workspaceId: string;
  /** Set once the workspace's tokens were revoked (as an uninstall does): calls get 401 `token_revoked`. */
  revoked: boolean;
}

const randomToken = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `tok_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
};

/**
 * The access tokens the sandbox accepts: each workspace's fixed one and those issued by OAuth.
 * A reset forgets issued tokens and lifts revocations.
 */
export class TokenRegistry {
  private readonly grants = new Map<string, TokenGrant>();

  constructor(private readonly fixedTokens: ReadonlyMap<string, string>) {
    this.reset();
  }

  /** The grant of a token, or undefined for a token the sandbox never issued. */
  resolve(token: string): TokenGrant | undefined {
    return this.grants.get(token);
  }

  /** Issues a new token for a workspace (an OAuth installation). */
  issue(workspaceId: string): string {
    const token = randomToken();
    this.grants.set(token, { workspaceId, revoked: false });
    return token;
  }

  /** Revokes every token of a workspace; returns how many were still live. */
  revokeWorkspace(workspaceId: string): number {
    let revoked = 0;
    for (const grant of this.grants.values()) {
      if (grant.workspaceId === workspaceId && !grant.revoked) {
        grant.revoked = true;
        revoked += 1;
      }
    }
    return revoked;
  }

  /** Back to each workspace's fixed token only, none revoked. */
  reset(): void {
    this.grants.clear();
    for (const [token, workspaceId] of this.fixedTokens) this.grants.set(token, { workspaceId, revoked: false });
  }
}
