import { z } from 'astro/zod';
import { CompensationSchema } from '../../../schemas/compensation.ts';
import { SiteConfigSchema } from '../../../schemas/config.ts';
import { ObjectionSchema } from '../../../schemas/objection.ts';
import { CallScriptSchema, ScenarioSchema } from '../../../schemas/script.ts';
import { ChecklistSchema, MethodSchema, ServiceStandardSchema } from '../../../schemas/standard.ts';
import { StopPhraseSchema } from '../../../schemas/stop-phrases.ts';
import { editorField, objectFields, type EditorField } from './editor-fields.ts';
import { formatName, SOURCE_FIELD } from './editor-names.ts';


/** Where the company's Git server is, for editing through it rather than a local folder. */
export interface EditorBackend {
  /** Which kind of server: GitHub (or GitHub Enterprise), GitLab, or Gitea/Forgejo. */
  name: 'github' | 'gitlab' | 'gitea';
  /** `owner/repository` on that server. */
  repo: string;
  branch?: string;
  /** Address of a self-hosted server, e.g. https://git.example.com. */
  base_url?: string;
  /** Its API, when not at the usual place. */
  api_root?: string;
  /** OAuth application id registered on the server; without it authors sign in with an access token. */
  app_id?: string;
  /** How authors sign in; `token` when no OAuth application is registered. */
  auth_methods?: string[];
  /** GitLab's sign-in from the browser alone. */
  auth_type?: 'pkce';
}

/** What the editor configuration is built from. */
export interface EditorConfigInput {
  /** Language folders of the content folder. */
  languages: readonly string[];
  /** The content folder relative to the repository root, with `/`; `''` when it is the root. */
  contentPath: string;
  /** The company's Git server; undefined when the editor works on a local folder only. */
  backend?: EditorBackend;
  /** Title shown in the editor. */
  siteName: string;
  /** Name of the repository folder, shown when the editor asks for the folder to open. */
  repositoryName: string;
}

/** One kind of MDX entry as the editor lists it: its folder, its `type`, and its fields from the schema. */
interface EntryKind {
  key: string;
  label: string;
  singular: string;
  folder: 'scripts' | 'objections' | 'standards';
  type?: string;
  schema: z.ZodObject;
}

const ENTRY_KINDS: EntryKind[] = [
  { key: 'call', label: 'Call scripts', singular: 'Call script', folder: 'scripts', type: 'call', schema: CallScriptSchema },
  { key: 'scenario', label: 'Role-play scenarios', singular: 'Scenario', folder: 'scripts', type: 'scenario', schema: ScenarioSchema },
  { key: 'objection', label: 'Objections', singular: 'Objection', folder: 'objections', schema: ObjectionSchema },
  { key: 'standard', label: 'Standards', singular: 'Standard', folder: 'standards', type: 'standard', schema: ServiceStandardSchema },
  { key: 'method', label: 'Methods', singular: 'Method', folder: 'standards', type: 'method', schema: MethodSchema },
  { key: 'checklist', label: 'Checklists', singular: 'Checklist', folder: 'standards', type: 'checklist', schema: ChecklistSchema },
];

const join = (...parts: string[]) => parts.filter((part) => part !== '').join('/');

const bodyField = (name: string, label: string, hint: string, required = false): EditorField => ({
  name,
  label,
  widget: 'markdown',
  hint,
  required,
  // Raw first: the rich-text mode rewrites Markdown it did not need to touch.
  modes: ['raw', 'rich_text'],
});

const sourceField: EditorField = { name: SOURCE_FIELD, label: 'Source', widget: 'hidden' };

/** The body of an entry: a scenario's splits around its dialogue, which gets a field of its own. */
function bodyFields(kind: EntryKind): EditorField[] {
  if (kind.key !== 'scenario') return [bodyField('body', 'Text', 'The explanation below the fields, in Markdown. Link to other entries with [text](module:ID), objection:ID, script:ID, scenario:ID or standard:ID.')];
  return [
    bodyField('body', 'Introduction', 'What comes before the dialogue: the situation and what the learner practises, in Markdown.'),
    {
      name: 'dialogue',
      label: 'Dialogue',
      widget: 'text',
      required: true,
      hint: 'One line per turn as role: text. A choice point is role: followed by indented * option -> section lines; == section starts a section, -> section jumps, -> end ends. Mark what a line uses with {module:ID} or {objection:ID}.',
    },
    bodyField('debrief', 'Debrief', 'What comes after the dialogue: what went well and which modules were used, in Markdown.'),
  ];
}

function entryCollection(kind: EntryKind, lang: string, contentPath: string) {
  return {
    name: `${kind.key}-${lang}`,
    label: `${kind.label} (${lang})`,
    label_singular: kind.singular,
    folder: join(contentPath, kind.folder, lang),
    // No `extension`: the editor takes `mdx` from our registered format (and would refuse `mdx` with a format it does not know).
    // One format per folder: the editor reads each file once, whichever collection of the folder asks first.
    format: formatName(kind.folder),
    ...(kind.type ? { filter: { field: 'type', value: kind.type } } : {}),
    create: true,
    // The file name is the entry's id: typed once when the entry is created, then fixed, since links use it.
    slug: { editable: ['create'] },
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: ['title', 'reviewed', 'owner'],
    fields: [...objectFields(kind.schema), ...bodyFields(kind), sourceField],
  };
}

// `stop-phrases.yaml` holds a bare list; the editor needs it under a name.
const StopPhraseSchemaList = z.array(StopPhraseSchema).describe('The stop phrases of this language.');

function dataFiles(lang: string, contentPath: string) {
  return {
    name: `data-${lang}`,
    label: `Stop phrases and compensation (${lang})`,
    files: [
      {
        name: `stop-phrases-${lang}`,
        label: `Stop phrases (${lang})`,
        file: join(contentPath, 'standards', lang, 'stop-phrases.yaml'),
        format: formatName('stop-phrases'),
        // The file is a list at its top; the editor edits it as the one list field `phrases`.
        fields: [{ ...editorField('phrases', StopPhraseSchemaList), label: 'Stop phrases', hint: 'Phrases we do not say to clients, each with why and what to say instead.' }, sourceField],
      },
      {
        name: `compensation-${lang}`,
        label: `Compensation (${lang})`,
        file: join(contentPath, 'standards', lang, 'compensation.yaml'),
        format: formatName('compensation'),
        fields: [...objectFields(CompensationSchema), sourceField],
      },
    ],
  };
}

function configFile(contentPath: string) {
  return {
    name: 'settings',
    label: 'Book settings',
    files: [{ name: 'config', label: 'Book settings (config.yaml)', file: join(contentPath, 'config.yaml'), format: formatName('config'), fields: [...objectFields(SiteConfigSchema), sourceField] }],
  };
}

/**
 * The web editor's whole configuration, generated from the zod schemas: one collection per kind
 * of entry and language, the data files of each language, and config.yaml.
 */
export function editorConfig(input: EditorConfigInput): Record<string, unknown> {
  const { languages, contentPath, backend } = input;
  const collections: unknown[] = [];
  for (const lang of languages) {
    if (collections.length > 0) collections.push({ divider: true, name: `divider-${lang}` });
    for (const kind of ENTRY_KINDS) collections.push(entryCollection(kind, lang, contentPath));
    collections.push(dataFiles(lang, contentPath));
  }
  collections.push({ divider: true, name: 'divider-settings' }, configFile(contentPath));
  return {
    load_config_file: false,
    app_title: `${input.siteName} · editor`,
    // Without the company's server the editor only works on a local folder: no way to sign in is offered,
    // and the repository's name only tells the author which folder to pick.
    backend: backend ?? { name: 'gitea', repo: `local/${input.repositoryName}`, base_url: 'http://127.0.0.1', auth_methods: ['token'] },
    media_folder: join(contentPath, '_media'),
    output: { omit_empty_optional_fields: true },
    collections,
  };
}
