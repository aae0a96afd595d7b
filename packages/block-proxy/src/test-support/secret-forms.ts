/**
 * The forms a secret can take in a text the proxy answers with, written independently of the redaction, so a
 * test can show both that an upstream echo carried the secret and that nothing of it is left.
 */
export function encodedForms(secret: string): Record<string, string> {
  const bytes = Buffer.from(secret, 'utf8');
  const unicode = (upper: boolean) => Array.from(secret, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')[upper ? 'toUpperCase' : 'toLowerCase']().replace(/\\U/g, '\\u');
  const percent = (upper: boolean) => Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0')}`).join('')[upper ? 'toUpperCase' : 'toLowerCase']();
  return {
    clear: secret,
    'JSON slash escaped': secret.replace(/\//g, '\\/'),
    'JSON slash escaped twice': secret.replace(/\//g, '\\\\/'),
    'JSON \\u escaped': unicode(true),
    'JSON \\u escaped, lower case': unicode(false),
    'JSON \\u escaped twice': unicode(false).replace(/\\u/g, '\\\\u'),
    'half \\u escaped': Array.from(secret, (c, i) => (i % 2 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join(''),
    encodeURIComponent: encodeURIComponent(secret),
    'percent, every byte': percent(true),
    'percent, every byte, lower case': percent(false),
    'percent, twice': encodeURIComponent(encodeURIComponent(secret)),
    'base64 of the Authorization header': Buffer.from(`Bearer ${secret}`).toString('base64'),
    'base64, at offset 0': Buffer.from(secret).toString('base64'),
    'base64, at offset 2': Buffer.from(`x:${secret}`).toString('base64'),
    'base64url, at offset 1': Buffer.from(`:${secret}`).toString('base64url'),
    'base64, JSON escaped': Buffer.from(`Bearer ${secret}`).toString('base64').replace(/\//g, '\\/'),
  };
}

/**
 * Every text a reader could get from `text` by undoing JSON escapes, percent-encoding and base64, up to three
 * layers deep.
 */
export function decodings(text: string): string[] {
  let layer = [text];
  const all = new Set(layer);
  for (let depth = 0; depth < 3; depth += 1) {
    const next: string[] = [];
    for (const current of layer) {
      next.push(current.replace(/\\+u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\+\//g, '/'));
      next.push(current.replace(/(%[0-9a-fA-F]{2})+/g, (run) => {
        try {
          return decodeURIComponent(run);
        } catch {
          return run;
        }
      }));
      for (const run of current.match(/[A-Za-z0-9+/_-]{12,}/g) ?? []) {
        for (let offset = 0; offset < 4; offset += 1) {
          next.push(Buffer.from(run.slice(offset), 'base64').toString('latin1'), Buffer.from(run.slice(offset), 'base64url').toString('latin1'));
        }
      }
    }
    layer = next.filter((candidate) => !all.has(candidate));
    for (const candidate of layer) all.add(candidate);
  }
  return [...all];
}

/** Whether a text holds a secret in clear or in any of the forms `decodings` undoes. */
export function revealsSecret(text: string, secret: string): boolean {
  return decodings(text).some((decoded) => decoded.includes(secret));
}
