import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** Chapters of the book, in reading order. */
export const CHAPTER_KEYS = [
  'first-call',
  'second-call',
  'offer',
  'objections',
  'stop-phrases',
  'relationship',
  'difficult',
  'scenarios',
] as const;
export type ChapterKey = (typeof CHAPTER_KEYS)[number];

/** Where the web editor at /admin/ saves, when it goes through the company's Git server rather than a local folder. */
export const EditorBackendSchema = z
  .strictObject({
    /** Kind of Git server. */
    backend: z
      .enum(['github', 'gitlab', 'gitea'])
      .describe('Kind of Git server: github (GitHub or GitHub Enterprise), gitlab (GitLab, also self-hosted) or gitea (Gitea or Forgejo).'),
    /** The repository holding the playbook, as owner/name. */
    repo: TextSchema.describe('The repository holding the playbook, as owner/name, e.g. sales/playbook.'),
    /** Branch the editor commits to. */
    branch: TextSchema.optional().describe('Branch the editor commits to. Default: the repository’s default branch.'),
    /** Address of a self-hosted server. */
    baseUrl: z
      .url()
      .optional()
      .describe('GitLab, Gitea, Forgejo: address of a self-hosted server, e.g. https://git.example.com (leave out for gitlab.com). GitHub: address of the OAuth authenticator, if the company runs one.'),
    /** Address of the server's API when it is not at the usual place. */
    apiRoot: z.url().optional().describe('Address of the server’s API when it is not at the usual place, e.g. https://github.example.com/api/v3 for GitHub Enterprise.'),
    /** Id of an OAuth application registered on the server. */
    appId: TextSchema.optional().describe('Id of the OAuth application registered on the server for the editor; without it, authors sign in with a personal access token.'),
  })
  .describe('The company’s Git server for the web editor at /admin/; without it the editor works on a local folder.');
export type EditorBackendConfig = z.output<typeof EditorBackendSchema>;

/** `content/config.yaml`: everything is optional. */
export const SiteConfigSchema = z
  .strictObject({
    /** Site title shown in the header. */
    name: TextSchema.default('Sales Book').describe('Site title shown in the header. Default: Sales Book.'),
    /** Language `/` sends readers to; defaults to `en` when present, else the first language found. */
    defaultLang: z
      .string()
      .optional()
      .describe('Language folder / sends readers to, e.g. en. Default: en when present, else the first language found.'),
    /** Audience names entries may use; `everyone` always exists. */
    audiences: z.array(TextSchema).default([]).describe('Audience names entries may use in audience; everyone always exists.'),
    /** Days between reviews before an entry counts as stale. */
    reviewEveryDays: z.number().int().positive().default(180).describe('Days between reviews before an entry counts as stale. Default: 180.'),
    /** Most words a module variant, objection response or staff dialogue line may have before the check warns. */
    maxSpokenWords: z
      .number()
      .int()
      .positive()
      .default(30)
      .describe('Most words a module variant, objection response or staff dialogue line may have before the check warns. Default: 30.'),
    /** Chapter labels per language, e.g. `ru: { first-call: Первый звонок }`. */
    chapters: z
      .record(
        z.string(),
        z
          .partialRecord(z.enum(CHAPTER_KEYS), TextSchema)
          .describe('Chapter key (first-call, second-call, offer, objections, stop-phrases, relationship, difficult, scenarios) → label.'),
      )
      .default({})
      .describe('Chapter labels per language, e.g. de: { first-call: Erstanruf }.'),
    /** The company's Git server for the web editor. */
    editor: EditorBackendSchema.optional(),
  })
  .describe('content/config.yaml: site name, default language, audiences, review interval, chapter labels and the web editor’s Git server; everything is optional.');
export type SiteConfig = z.output<typeof SiteConfigSchema>;
