import { defineMiddleware } from 'astro:middleware';
import { PROBLEMS_PAGE, unreadableFileAt } from '../site/playbook.ts';

/**
 * Dev only: the address of an entry whose file cannot be read answers with that file's problems
 * (never a 404), and with the entry itself as soon as a save fixes it.
 */
export const onRequest = defineMiddleware((context, next) => {
  const file = unreadableFileAt(decodeURIComponent(context.url.pathname));
  if (!file) return next();
  context.locals.problemFile = file;
  return context.rewrite(PROBLEMS_PAGE);
});
