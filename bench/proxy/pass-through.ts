/**
 * The least a proxy for `execute` (get contact) can do: check the key, read the body, make the one call to
 * Intercom with the token, and wrap the answer. No validation, allow-list, limiter, retries or output mapping.
 * Beside block-proxy it shows what the hop itself costs and what block-proxy adds to it.
 */
export function passThrough(sandboxUrl: string, sandboxToken: string, proxyKey: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.headers.get('authorization') !== `Bearer ${proxyKey}`) return Response.json({ success: false }, { status: 401 });
    const body = (await request.json()) as { config?: { contactId?: string } };
    const answer = await fetch(`${sandboxUrl}/contacts/${encodeURIComponent(body.config?.contactId ?? '')}`, {
      headers: { Authorization: `Bearer ${sandboxToken}`, 'Intercom-Version': '2.16', Accept: 'application/json' },
    });
    const contact = (await answer.json()) as unknown;
    return Response.json({ success: answer.ok, contact });
  };
}
