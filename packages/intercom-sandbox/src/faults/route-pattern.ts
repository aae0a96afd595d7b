const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;

/** A parsed fault route such as `GET /contacts/:id`, `/contacts/*` or `*`. */
export interface RoutePattern {
  source: string;
  matches(method: string, path: string): boolean;
}

/**
 * Parses a fault route: `*` (everything), `METHOD *`, or an optional method and a path where `:name`
 * matches one segment and a trailing `*` matches the rest.
 * @throws RangeError when the route is not of that form
 * @example parseRoutePattern('POST /conversations/:id/reply').matches('POST', '/conversations/7/reply') // true
 */
export function parseRoutePattern(route: string): RoutePattern {
  const source = route.trim();
  const parts = source.split(/\s+/);
  let method: string | undefined;
  let path = source;
  if (parts.length === 2) {
    method = (parts[0] ?? '').toUpperCase();
    path = parts[1] ?? '';
    if (!(METHODS as readonly string[]).includes(method)) throw new RangeError(`Unknown method in fault route "${route}"; use one of ${METHODS.join(', ')}`);
  } else if (parts.length !== 1) {
    throw new RangeError(`Fault route "${route}" must look like "GET /contacts/:id", "/contacts/*" or "*"`);
  }
  if (path !== '*' && !path.startsWith('/')) throw new RangeError(`Fault route "${route}" must be "*" or start with "/"`);
  const test = path === '*' ? () => true : segmentMatcher(path);
  return {
    source,
    matches: (requestMethod, requestPath) => (method === undefined || method === requestMethod.toUpperCase()) && test(requestPath),
  };
}

function segmentMatcher(path: string): (requestPath: string) => boolean {
  const expected = path.replace(/\/+$/, '').split('/').slice(1);
  return (requestPath) => {
    const actual = requestPath.replace(/\/+$/, '').split('/').slice(1);
    for (const [i, segment] of expected.entries()) {
      if (segment === '*' && i === expected.length - 1) return actual.length >= expected.length;
      const part = actual[i];
      if (part === undefined || part === '') return false;
      if (!segment.startsWith(':') && segment !== part) return false;
    }
    return actual.length === expected.length;
  };
}
