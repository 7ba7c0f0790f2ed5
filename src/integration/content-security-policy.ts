import type { AstroConfig } from 'astro';

type CspConfig = Exclude<AstroConfig['security']['csp'], boolean>;

/**
 * The Content-Security-Policy every page carries (Astro writes it into a `<meta>` in each page's
 * head, with hashes of the styles it inlines). Only the site's own scripts and styles run: no
 * inline scripts or event handlers, no inline style attributes, no plugins, frames or foreign
 * scripts, so even a bug that let markup through could not run anything in a reader's browser.
 */
export const contentSecurityPolicy: CspConfig = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    // Entries may show pictures from web addresses; the favicon is an empty data: URL.
    "img-src 'self' data: https: http:",
    "object-src 'none'",
    // The print page's measuring frame loads no address (an empty document it writes itself, which
    // inherits this policy), so frames from addresses can stay refused.
    "frame-src 'none'",
    "base-uri 'none'",
    // The search boxes fall back to a plain form that opens the site's own search page.
    "form-action 'self'",
  ],
  scriptDirective: {
    // Pagefind's search runs as WebAssembly, which the browser compiles only with this source.
    resources: ["'self'", "'wasm-unsafe-eval'", { resource: "'none'", kind: 'attribute' }],
  },
  styleDirective: {
    resources: ["'self'", { resource: "'none'", kind: 'attribute' }],
  },
};
