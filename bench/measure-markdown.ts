import { performance } from 'node:perf_hooks';
import { compile } from '@mdx-js/mdx';
import { resolveContentOptions } from '../src/lib/engine/content/options.ts';
import { PlaybookSession } from '../src/lib/engine/session/playbook-session.ts';

/** What turning the entries' Markdown into HTML costs on each path, for one content folder. */
export interface MarkdownPathMeasurement {
  entries: number;
  /** Reading, parsing and checking every file once (the session's one read). */
  readAndCheckMs: number;
  /** Rendering every body on our path: the parse from the read, our link and dialogue passes, the sanitizer. */
  oursMs: number;
  /** Compiling the same bodies with MDX (what a `.mdx` page costs before Astro even renders it). */
  mdxCompileMs: number;
}

/**
 * Times the two ways a body can become HTML, in this process: ours (the tree parsed at read time,
 * turned into sanitized HTML) and MDX's compiler on the same text, which produces a JavaScript
 * module per entry that Vite must then bundle and run.
 */
export async function measureMarkdownPath(contentDir: string): Promise<MarkdownPathMeasurement> {
  const { options } = resolveContentOptions(['--content', contentDir], {}, process.cwd());
  let started = performance.now();
  const session = new PlaybookSession(options);
  const readAndCheckMs = performance.now() - started;
  const ours = () => {
    session.reload();
    const begun = performance.now();
    for (const entry of session.entries) session.bodyOf(entry);
    return performance.now() - begun;
  };
  const mdx = async () => {
    const begun = performance.now();
    for (const entry of session.entries) await compile(entry.body);
    return performance.now() - begun;
  };
  // Each path once untimed, so neither pays for loading its modules and warming up.
  ours();
  await mdx();
  return { entries: session.entries.length, readAndCheckMs, oursMs: ours(), mdxCompileMs: await mdx() };
}
