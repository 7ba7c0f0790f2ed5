import fs from 'node:fs';
import path from 'node:path';

/** One local address in a built page that leads nowhere. */
export interface BrokenLink {
  /** The page holding the link, relative to the site folder. */
  page: string;
  /** The attribute and its value, e.g. `href="/en/x/#y"`. */
  link: string;
  reason: string;
}

/** What a link check found. */
export interface LinkReport {
  pages: number;
  /** Local addresses checked (files and anchors). */
  links: number;
  broken: BrokenLink[];
}

// Built pages are Astro's output: attributes are always double-quoted, so a pattern reads them
// reliably; the HTML validator judges the markup itself.
const LINK_ATTR = /\s(href|src|srcset|action|poster)="([^"]*)"/gu;
const ID_ATTR = /\s(?:id|name)="([^"]*)"/gu;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/iu;

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/gu, '&')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>');

function htmlFilesBelow(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The file a site-relative path is served from: folders answer with their index.html. */
function fileFor(root: string, pathname: string): string | undefined {
  const file = path.join(root, pathname);
  if (!file.startsWith(root)) return undefined;
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return fs.existsSync(index) ? index : undefined;
}

/** The addresses a `srcset` lists, without their width or density descriptors. */
const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/u)[0]!)
    .filter(Boolean);

/**
 * Checks every local `href`/`src` of every HTML page below `root`: the target file must exist and a
 * `#fragment` must name an element id (or `<a name>`) on the target page. External addresses are
 * not fetched: the check runs offline.
 */
export function checkLinks(root: string): LinkReport {
  const site = path.resolve(root);
  const pages = htmlFilesBelow(site);
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = new Set([...fs.readFileSync(file, 'utf8').matchAll(ID_ATTR)].map((match) => decodeEntities(match[1]!)));
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const html = fs.readFileSync(page, 'utf8');
    const pageUrl = new URL(`http://site/${path.relative(site, page).split(path.sep).join('/')}`);
    const relative = path.relative(site, page);
    for (const [, attr, raw] of html.matchAll(LINK_ATTR)) {
      const values = attr === 'srcset' ? srcsetUrls(decodeEntities(raw!)) : [decodeEntities(raw!)];
      for (const value of values) {
        if (value === '' || value === '#' || EXTERNAL.test(value)) continue;
        links += 1;
        const url = new URL(value, pageUrl);
        const link = `${attr}="${raw}"`;
        const target = fileFor(site, decodeURIComponent(url.pathname));
        if (!target) {
          broken.push({ page: relative, link, reason: `no file at ${url.pathname}` });
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
          broken.push({ page: relative, link, reason: `no element with id "${fragment}" on ${path.relative(site, target)}` });
        }
      }
    }
  }
  return { pages: pages.length, links, broken };
}

/** One line per broken link, for a failure message that says what and where. */
export const describeBroken = (broken: readonly BrokenLink[]) => broken.map((b) => `${b.page}: ${b.link} — ${b.reason}`).join('\n');
