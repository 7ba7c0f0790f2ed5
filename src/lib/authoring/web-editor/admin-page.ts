/** What the web editor's page is made of. */
export interface AdminPage {
  /** The editor's configuration, generated from the zod schemas. */
  config: Record<string, unknown>;
  /** Address of the editor's script. */
  script: string;
  /** Address of the dev server's check of an entry being edited; empty in a built site. */
  checkUrl: string;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML of /admin/: the configuration travels as JSON data (never as code), and the page loads
 * the editor's script and nothing of the handbook's.
 */
export function adminPageHtml(page: AdminPage): string {
  const title = escapeAttribute(String(page.config.app_title ?? 'Editor'));
  // `<` is escaped so that no text in the configuration can close the data element.
  const json = JSON.stringify(page.config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${title}</title>
    <script type="module" src="${escapeAttribute(page.script)}"></script>
  </head>
  <body data-check-url="${escapeAttribute(page.checkUrl)}">
    <script type="application/json" id="salesbook-editor-config">${json}</script>
    <noscript>The editor needs JavaScript.</noscript>
  </body>
</html>
`;
}
