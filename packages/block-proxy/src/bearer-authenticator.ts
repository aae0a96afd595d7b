const encoder = new TextEncoder();

/** Compares in time that does not depend on where the texts differ, so a key cannot be guessed byte by byte. */
function constantTimeEqual(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  let difference = left.length ^ right.length;
  for (let i = 0; i < right.length; i += 1) difference |= (left[i % Math.max(1, left.length)] ?? 0) ^ (right[i] ?? 0);
  return difference === 0;
}

/**
 * An `authenticate` hook for `createIntercomProxy` that accepts `Authorization: Bearer <apiKey>`.
 * @param apiKey - the key callers must send; it must be at least 16 characters.
 * @returns a function telling whether a request carries the key.
 * @example createIntercomProxy({ authenticate: bearerKeyAuthenticator(process.env.PROXY_API_KEY!), ... })
 */
export function bearerKeyAuthenticator(apiKey: string): (request: Request) => boolean {
  if (apiKey.length < 16) throw new Error('The proxy API key must be at least 16 characters long.');
  return (request) => {
    const header = request.headers.get('authorization') ?? '';
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    return match?.[1] !== undefined && constantTimeEqual(match[1], apiKey);
  };
}
