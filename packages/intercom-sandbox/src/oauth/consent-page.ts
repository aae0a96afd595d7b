import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { AppRecord } from '../store/types.js';

export interface ConsentRequest {
  appName: string;
  clientId: string;
  state: string | undefined;
  redirectUri: string;
  workspaces: AppRecord[];
}

const page = (title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>) => html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1f2430; }
      main { max-width: 28rem; margin: 3rem auto; background: #fff; padding: 1.5rem 2rem; border-radius: 8px; }
      fieldset { border: 1px solid #c9ccd4; border-radius: 6px; margin: 1rem 0; }
      label { display: block; padding: 0.25rem 0; }
      button { font: inherit; padding: 0.5rem 1rem; margin-right: 0.5rem; border-radius: 6px; border: 1px solid #1f2430; }
      button[value='allow'] { background: #1f57c3; color: #fff; border-color: #1f57c3; }
      :focus-visible { outline: 3px solid #f0a400; outline-offset: 2px; }
    </style>
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>`;

/** Intercom's consent page, as a plain form that works without JavaScript: pick a workspace, Allow or Deny. */
export function consentPage(request: ConsentRequest): HtmlEscapedString | Promise<HtmlEscapedString> {
  return page(
    `Connect ${request.appName} to Intercom`,
    html`<h1>Connect ${request.appName} to Intercom</h1>
      <p>${request.appName} asks to read and change data in one of your Intercom workspaces.</p>
      <form method="post" action="/oauth">
        <input type="hidden" name="client_id" value="${request.clientId}" />
        <input type="hidden" name="redirect_uri" value="${request.redirectUri}" />
        ${request.state === undefined ? '' : html`<input type="hidden" name="state" value="${request.state}" />`}
        <fieldset>
          <legend>Workspace</legend>
          ${request.workspaces.map(
            (app, index) =>
              html`<label><input type="radio" name="workspace" value="${app.id_code}" ${index === 0 ? 'checked' : ''} /> ${app.name} (${app.region})</label>`,
          )}
        </fieldset>
        <button type="submit" name="decision" value="allow">Allow access</button>
        <button type="submit" name="decision" value="deny">Deny</button>
      </form>`,
  );
}

/** A consent request the sandbox cannot send back (unknown app, unregistered redirect URL): shown, never redirected. */
export function consentErrorPage(message: string): HtmlEscapedString | Promise<HtmlEscapedString> {
  return page('Intercom authorization failed', html`<h1>Authorization failed</h1><p role="alert">${message}</p>`);
}
