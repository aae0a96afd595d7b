import { randomBytes } from 'node:crypto';

/** What the callback page tells the person and the window that opened it. */
export interface CallbackPageContent {
  ok: boolean;
  title: string;
  message: string;
}

/** The `type` of the message the callback page posts to its opener. */
export const CONNECTION_MESSAGE_TYPE = 'workflow-blocks:intercom-connection';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

/** JSON that cannot end the script element or break a JavaScript string. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * The small page `GET /oauth/callback` answers: it says in words what happened and posts
 * `{ type, ok, message }` to the window that opened it, only to the allowed origins (never `*`: with `*`
 * configured, nothing is posted and the person closes the window). It carries no token and no code.
 * @param content - the outcome in words.
 * @param allowedOrigins - the proxy's browser origins.
 * @returns the HTML and the headers to send with it (a nonce-based CSP, no caching, no referrer).
 */
export function renderCallbackPage(content: CallbackPageContent, allowedOrigins: readonly string[] | '*'): { html: string; headers: Record<string, string> } {
  const nonce = randomBytes(16).toString('base64');
  const origins = allowedOrigins === '*' ? [] : [...allowedOrigins];
  const message = { type: CONNECTION_MESSAGE_TYPE, ok: content.ok, message: content.message };
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)}</title>
<style nonce="${nonce}">body{font:16px/1.5 system-ui,sans-serif;margin:3rem auto;max-width:32rem;padding:0 1rem;color:#1f2328}h1{font-size:1.4rem}</style>
</head>
<body>
<main>
<h1>${escapeHtml(content.title)}</h1>
<p role="${content.ok ? 'status' : 'alert'}">${escapeHtml(content.message)}</p>
<p>You can close this window.</p>
</main>
<script nonce="${nonce}">
(function () {
  var origins = ${scriptJson(origins)};
  var message = ${scriptJson(message)};
  if (!window.opener) return;
  for (var i = 0; i < origins.length; i += 1) {
    try { window.opener.postMessage(message, origins[i]); } catch (error) { /* the opener is elsewhere */ }
  }
})();
</script>
</body>
</html>
`;
  return {
    html,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    },
  };
}
