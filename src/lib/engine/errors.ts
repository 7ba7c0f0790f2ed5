/**
 * THE error catalogue: every problem code the content check can report, with its texts.
 *
 * Each code has a `title` and a `hint` (shown in the README's error reference), and builds its
 * `message` (what is wrong) and `expected` (what to do) from typed arguments, so the checks only
 * gather facts and never write sentences. Report a problem with `problem(code, args, where)` from
 * `problems.ts`. Codes never change once published: authors and other teams' tooling search for them.
 *
 * To add a code: add an entry below with `kind<Args>({ … })`, add its row to the README's error
 * reference, and report it with `problem(code, args, { file, line, field })`, the code written as a literal.
 * This file imports nothing, so any module may use it.
 */

/** How bad a problem is: errors stop the build, warnings only under --strict. */
export type Severity = 'error' | 'warning';

/** One kind of problem: its stable texts, and the builders of its message from typed arguments. */
export interface ProblemKind<Args> {
  /** Short title, as in the README's error reference. */
  title: string;
  /** Longer help: why the rule exists and the usual fix. */
  hint: string;
  /** Severity when the check does not say otherwise (default `error`). */
  severity?: Severity;
  /** What is wrong, as a full sentence. */
  message(args: Args): string;
  /** What was expected, or how to fix it, as a full sentence. */
  expected(args: Args): string;
}

/** Arguments of a code whose texts never vary. */
export type NoArgs = Record<never, never>;

const kind = <Args = NoArgs>(problemKind: ProblemKind<Args>): ProblemKind<Args> => problemKind;

// ——— Helpers that put facts into words ———

const quote = (text: string) => `“${text}”`;
const items = (n: number | bigint) => `${n} item${n === 1 ? '' : 's'}`;
const didYouMean = (suggestion: string | undefined) => (suggestion === undefined ? '' : `Did you mean “${suggestion}”? `);
const article = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

/** “a”, “a” or “b”, “a”, “b” or “c”. */
function either(words: readonly string[]): string {
  const quoted = words.map(quote);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** A dialogue line quoted in a message: at most 40 characters. */
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** A stop phrase's `why` is a sentence of its own; after a colon it continues ours. */
function continuing(why: string): string {
  const trimmed = why.trim();
  const sentence = /[.!?…]["'”’»)]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
  // Only a capital followed by a small letter is lowered, so "I", "CRM" and the like stay as written.
  return /^\p{Lu}\p{Ll}/u.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
}

function sayInstead(replacements: readonly string[]): string {
  if (replacements.length === 0) return 'Rephrase without the stop phrase.';
  const last = replacements[replacements.length - 1]?.trim() ?? '';
  return `Say instead: ${replacements.map((replacement) => quote(replacement.trim())).join(' or ')}${/[.!?…]$/u.test(last) ? '' : '.'}`;
}

function yamlFix(yamlCode: string): string {
  switch (yamlCode) {
    case 'DUPLICATE_KEY':
      return 'Each field may appear once; remove or rename the repeated key.';
    case 'TAB_AS_INDENT':
      return 'Indent with spaces: YAML does not allow tabs for indentation.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'Indent nested fields with spaces, consistently (two spaces per level), and put a space after every colon.';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'Put a colon and a space after each field name; quote a value that contains ": " or starts with a special character.';
    case 'BAD_ALIAS':
      return 'Put &name on a value before any *name that repeats it, use aliases sparingly, or write the values out.';
    default:
      return 'Valid YAML: "field: value" pairs, lists with "- ", and quotes around values that contain ": ", "#", or start with [, {, *, & or !.';
  }
}

const ENTRY_LINK_TYPES = 'module:, objection:, script:, scenario: or standard:';
const ALLOWED_HTML = 'the tags and attributes listed in the README (Authoring guide → Content is data)';

/** How a file or folder failed to open, in words. */
export type ReadFailure = 'permission' | 'missing' | 'busy' | 'too-many-open' | 'other';

const READ_FAILURES: Record<ReadFailure, [message: string, expected: string]> = {
  permission: ['permission denied', 'Let the user who runs Salesbook read it (e.g. chmod a+r for a file, a+rx for a folder), or move it out of the content folder.'],
  missing: ['it disappeared while it was being read', 'Run the check again once nothing else is moving files in the content folder.'],
  busy: ['another program holds it', 'Close the program that uses it, then run the check again.'],
  'too-many-open': ['too many files are open at once', 'Close other programs or raise the limit of open files (ulimit -n), then run the check again.'],
  other: ['the system refused it', 'Check that the disk is available and the file is intact, then run the check again.'],
};

// ——— The catalogue ———

/** Every problem code the content check can report. */
export const problemKinds = {
  // Reading the content folder
  'content-folder-missing': kind<{ isFile?: boolean }>({
    title: 'Content folder not found',
    hint: 'The build reads content/ at the project root, or the folder given with --content DIR or SALESBOOK_CONTENT (relative to the working directory or absolute).',
    message: ({ isFile }) => (isFile ? 'The content path is a file, not a folder.' : 'The content folder does not exist.'),
    expected: () => 'Point --content (or SALESBOOK_CONTENT) at a folder holding scripts/, objections/ and standards/.',
  }),
  'no-entries': kind({
    title: 'No entries',
    hint: 'A content folder without a single entry would build an empty handbook, so it is refused. Entries are scripts/<lang>/<id>.mdx, objections/<lang>/<id>.mdx and standards/<lang>/<id>.mdx.',
    message: () => 'The content folder holds no entries, so the handbook would be empty.',
    expected: () => 'Add an entry (npm run new -- script first-call starts one) as scripts/<lang>/<id>.mdx, objections/<lang>/<id>.mdx or standards/<lang>/<id>.mdx, or point --content at your playbook.',
  }),
  'misplaced-file': kind<
    | { case: 'loose-file'; collection: string; name: string }
    | { case: 'not-a-language'; name: string }
    | { case: 'nested-folder'; collection: string; lang: string }
    | { case: 'not-an-entry'; name: string; inStandards: boolean }
    | { case: 'not-interface-text'; name: string }
    | { case: 'unused-interface-language'; lang: string; languages: readonly string[] }
  >({
    title: 'File ignored',
    hint: 'Entries live in scripts/<lang>/, objections/<lang>/ and standards/<lang>/ as <id>.mdx. Anything else is reported so that it does not vanish silently; prefix a file or folder with _ to keep it out on purpose.',
    severity: 'warning',
    message: (a) => {
      switch (a.case) {
        case 'loose-file':
          return `This file sits directly in ${a.collection}/ and is ignored.`;
        case 'not-a-language':
          return `The folder name ${quote(a.name)} is not a language tag, so its files are ignored.`;
        case 'nested-folder':
          return 'Folders inside a language folder are not read.';
        case 'not-an-entry':
          return `${quote(a.name)} is ${a.inStandards ? 'neither an .mdx entry nor stop-phrases.yaml or compensation.yaml' : 'not an .mdx entry'}, so it is ignored.`;
        case 'not-interface-text':
          return `${quote(a.name)} is not a file of interface texts, so it is ignored.`;
        case 'unused-interface-language':
          return `No content is written in ${quote(a.lang)}, so these interface texts are not used.`;
      }
    },
    expected: (a) => {
      switch (a.case) {
        case 'loose-file':
          return `Move it into a language folder, e.g. ${a.collection}/en/${a.name}.`;
        case 'not-a-language':
          return 'Name language folders with a BCP 47 tag such as en, ru, zh, he or pt-BR; prefix the folder with _ to ignore it on purpose.';
        case 'nested-folder':
          return `Put entries directly in ${a.collection}/${a.lang}/, or prefix the folder with _ to keep it as drafts.`;
        case 'not-an-entry':
          return 'Rename it to <id>.mdx, or prefix it with _ to keep it out of the book on purpose.';
        case 'not-interface-text':
          return 'Name interface text files after a language, e.g. ui/de.yaml or ui/pt-BR.yaml; prefix it with _ to keep it out on purpose.';
        case 'unused-interface-language':
          return `Name the file after a language folder of the content (${a.languages.join(', ') || 'none yet'}), or prefix it with _ to keep it out on purpose.`;
      }
    },
  }),
  unreadable: kind<{ what: 'file' | 'folder'; failure: ReadFailure; detail: string }>({
    title: 'File or folder cannot be read',
    hint: 'Salesbook never skips a file silently: a file or folder the system will not open (permissions, a vanished disk) stops the check, so no language or entry goes missing from the handbook unnoticed.',
    message: ({ what, failure, detail }) => `This ${what} cannot be read: ${READ_FAILURES[failure][0]} (${detail}).`,
    expected: ({ failure }) => READ_FAILURES[failure][1],
  }),
  'not-a-file': kind<{ name: string; found: 'folder' | 'special' }>({
    title: 'Not a regular file',
    hint: 'Entries, data files and config.yaml are plain text files. A folder, named pipe, socket or device under one of their names cannot be read as one.',
    message: ({ name, found }) =>
      found === 'folder' ? `${quote(name)} is a folder, but Salesbook expects a file here.` : `${quote(name)} is not a regular file (a pipe, socket or device), so it cannot be read.`,
    expected: ({ name }) =>
      name === 'config.yaml'
        ? 'Replace the folder config.yaml with a file holding the site settings, or remove it to use the defaults.'
        : 'Replace it with a plain text file, or remove it.',
  }),
  'not-a-folder': kind<{ name: string }>({
    title: 'File where a folder belongs',
    hint: 'scripts/, objections/ and standards/ are folders holding one folder per language; a file under one of these names hides a whole collection.',
    message: ({ name }) => `${quote(name)} is a file, but Salesbook expects a folder here.`,
    expected: () => 'Rename or remove the file; scripts/, objections/ and standards/ are folders holding one folder per language.',
  }),
  'symlink-outside': kind<{ target: string }>({
    title: 'Link leads outside the content folder',
    hint: 'A symbolic link is followed only when it leads to a file inside the content folder, so a playbook can never pull in files from elsewhere on the computer that builds it.',
    message: ({ target }) => `This symbolic link leads to ${target}, outside the content folder, so it is not read.`,
    expected: () => 'Copy the file into the content folder instead of linking to it.',
  }),
  'symlink-broken': kind<{ target: string }>({
    title: 'Broken link',
    hint: 'A symbolic link in the content folder leads to a file that does not exist.',
    message: ({ target }) => `This symbolic link leads to ${target}, which does not exist.`,
    expected: () => 'Fix or remove the link, or put the file itself here.',
  }),
  'symlink-folder': kind({
    title: 'Link to a folder',
    hint: 'Symbolic links to folders are not followed, so the content folder cannot reach outside itself or loop into itself.',
    message: () => 'This is a symbolic link to a folder; links to folders are not followed.',
    expected: () => 'Move the folder itself here, or link its files one by one.',
  }),
  'not-utf8': kind<{ case: 'utf16' } | { case: 'invalid-byte'; byte: number }>({
    title: 'File is not UTF-8',
    hint: 'Content files are UTF-8 text (a byte order mark at the start is fine). Other encodings would show readers garbled letters.',
    message: (a) =>
      a.case === 'utf16'
        ? 'The file is saved as UTF-16, but Salesbook reads UTF-8 only.'
        : `The file is not UTF-8: the byte 0x${a.byte.toString(16).toUpperCase().padStart(2, '0')} on this line is not valid UTF-8 (the file was probably saved in an older encoding such as Windows-1252).`,
    expected: () => 'Save the file as UTF-8 (in most editors: Save with Encoding → UTF-8), then check the letters on this line.',
  }),
  'control-character': kind<{ codePoint: number; column: number }>({
    title: 'Control character in text',
    hint: 'Content holds no invisible control characters (NUL, escape, form feed…): they cannot be shown on a page and can disguise text. Tabs and line breaks are fine.',
    message: ({ codePoint, column }) =>
      `Unexpected control character U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} at column ${column}: it is invisible and cannot be shown on a page.`,
    expected: () => 'Delete it (it is often left behind by copying from another program); use a space or a line break instead.',
  }),
  'invalid-id': kind<{ name: string; reason: 'space' | 'capital' | 'invisible' | 'other'; suggestion?: string; sameExceptCase?: string }>({
    title: 'File name is not an id',
    hint: 'An entry’s file name (without .mdx) is its id and becomes part of web addresses: lowercase letters a–z, digits and single hyphens only. Two file names that differ only in letter case would be one file on many computers.',
    message: ({ name, reason, sameExceptCase }) => {
      const why = {
        space: 'it contains spaces',
        capital: 'it contains capital letters',
        invisible: 'it contains invisible or direction-changing characters',
        other: 'it contains characters other than a–z, 0–9 and hyphens',
      }[reason];
      const twin = sameExceptCase === undefined ? '' : `, and it differs only in letter case from ${quote(sameExceptCase)}`;
      return `The file name ${quote(name)} is not an id: ${why}${twin}.`;
    },
    expected: ({ suggestion, sameExceptCase }) =>
      sameExceptCase === undefined
        ? `Rename the file to ${suggestion ?? 'an id such as price-too-high'}.mdx: ids are lowercase letters, digits and single hyphens, because they become web addresses.`
        : `Merge it into ${sameExceptCase}.mdx, or rename it to another id of lowercase letters, digits and single hyphens.`,
  }),
  'language-case-clash': kind<{ name: string; other: string }>({
    title: 'Language folders differ only in case',
    hint: 'Language folders name the language in web addresses (/pt-BR/), so two folders whose names differ only in letter case would be one language on many computers and servers.',
    message: ({ name, other }) => `The language folder ${quote(name)} differs only in letter case from ${quote(other)}.`,
    expected: ({ other }) => `Spell the language the same way in every collection, e.g. ${other}.`,
  }),

  // Frontmatter and YAML
  'frontmatter-missing': kind({
    title: 'No frontmatter',
    hint: 'Every entry starts with a YAML block between two --- lines holding at least title, summary, owner and reviewed.',
    message: () => 'The file does not start with a frontmatter block.',
    expected: () => 'Start the file with a line "---", the YAML fields (title, summary, owner, reviewed, …), then another "---".',
  }),
  'frontmatter-unclosed': kind({
    title: 'Frontmatter not closed',
    hint: 'The YAML block at the top of an entry ends with a line containing only ---.',
    message: () => 'The frontmatter block is never closed.',
    expected: () => 'Close the frontmatter with a line containing only "---".',
  }),
  'yaml-syntax': kind<
    | { case: 'unclosed-bracket'; open: string; close: string; what: string }
    | { case: 'unclosed-quote'; quote: string }
    | { case: 'colon-in-value' }
    | { case: 'duplicate-key'; key: string }
    | { case: 'other'; reason: string; yamlCode: string }
  >({
    title: 'YAML syntax error',
    hint: 'The usual causes are a missing space after a colon, tabs or uneven indentation, and an unquoted value that contains ": " or " #".',
    message: (a) => {
      switch (a.case) {
        case 'unclosed-bracket':
          return `The YAML cannot be read: the ${a.what} opened with “${a.open}” is never closed.`;
        case 'unclosed-quote':
          return `The YAML cannot be read: the value that starts with ${a.quote} is never closed.`;
        case 'colon-in-value':
          return 'The YAML cannot be read: the value contains “: ”, which YAML takes for the start of another field.';
        case 'duplicate-key':
          return `The YAML cannot be read: the field ${quote(a.key)} appears twice.`;
        case 'other':
          return `The YAML cannot be read: ${a.reason}.`;
      }
    },
    expected: (a) => {
      switch (a.case) {
        case 'unclosed-bracket':
          return `Close it with “${a.close}” on the same line, or put the whole value in quotes if it starts with “${a.open}”.`;
        case 'unclosed-quote':
          return `End the value with the same quote mark${a.quote === '"' ? '; inside "…", write \\" for a quote mark' : "; inside '…', write '' for an apostrophe"}.`;
        case 'colon-in-value':
          return 'Put the whole value in quotes, e.g. summary: "Goal: book the next call."';
        case 'duplicate-key':
          return yamlFix('DUPLICATE_KEY');
        case 'other':
          return yamlFix(a.yamlCode);
      }
    },
  }),
  schema: kind<
    | { case: 'missing'; name?: string; expectedWords: string }
    | { case: 'wrong-type'; shown: string; expectedWords: string }
    | { case: 'not-allowed'; shown: string; allowed: readonly string[]; suggestion?: string }
    | { case: 'list-too-short'; count: number; minimum: number | bigint }
    | { case: 'list-too-long'; count: number; maximum: number | bigint }
    | { case: 'empty-text' }
    | { case: 'number-too-small'; shown: string; minimum: number | bigint; inclusive: boolean }
    | { case: 'too-large'; shown: string; maximum: number | bigint }
    | { case: 'unknown-field'; key: string; suggestion?: string }
    | { case: 'unknown-type'; shown?: string; options: readonly string[] }
    | { case: 'no-form-matches'; shown: string }
    | { case: 'wrong-form'; shown: string; rule: string }
    | { case: 'name-not-allowed'; name: string; rule?: string }
    | { case: 'not-accepted'; shown?: string; rule: string }
    | { case: 'other'; shown: string; reason: string }
  >({
    title: 'Field not valid',
    hint: 'A field is missing, misspelt, or has a value the content format does not allow. The message names the field and the allowed values.',
    message: (a) => {
      switch (a.case) {
        case 'missing':
          return 'This required field is missing.';
        case 'wrong-type':
          return `Found ${a.shown}, which is not ${a.expectedWords}.`;
        case 'not-allowed':
          return `${a.shown} is not one of the allowed values.`;
        case 'list-too-short':
        case 'list-too-long':
          return `The list has ${items(a.count)}.`;
        case 'empty-text':
          return 'The text is empty.';
        case 'number-too-small':
          return `${a.shown} is too small.`;
        case 'too-large':
          return `${a.shown} is too large.`;
        case 'unknown-field':
          return `Unknown field ${quote(a.key)}.`;
        case 'unknown-type':
          return a.shown === undefined ? 'This required field is missing.' : `${a.shown} is not a known type.`;
        case 'no-form-matches':
          return `${a.shown} does not match any allowed form.`;
        case 'wrong-form':
          return `${a.shown} is not in the right form.`;
        case 'name-not-allowed':
          return `The name ${quote(a.name)} is not allowed here.`;
        case 'not-accepted':
          return a.shown === undefined ? 'It is empty.' : `${a.shown} is not accepted.`;
        case 'other':
          return `${a.shown} is not accepted: ${a.reason}.`;
      }
    },
    expected: (a) => {
      switch (a.case) {
        case 'missing':
          return a.name === undefined ? `Add ${a.expectedWords}.` : `Add “${a.name}:” followed by ${a.expectedWords}.`;
        case 'wrong-type':
          return `Write ${a.expectedWords}.`;
        case 'not-allowed':
          return `${didYouMean(a.suggestion)}Use one of: ${a.allowed.join(', ')}.`;
        case 'list-too-short':
          return `Give at least ${items(a.minimum)}.`;
        case 'list-too-long':
          return `Give at most ${items(a.maximum)}.`;
        case 'empty-text':
          return 'Write the text, or remove the field if it is optional.';
        case 'number-too-small':
          return `Use a number ${a.inclusive ? 'of at least' : 'above'} ${a.minimum}.`;
        case 'too-large':
          return `Use at most ${a.maximum}.`;
        case 'unknown-field':
          return a.suggestion === undefined ? 'Remove it, or check its spelling against the content format.' : `Did you mean “${a.suggestion}”? Otherwise remove it.`;
        case 'unknown-type':
          return `Use one of: ${a.options.join(', ') || 'the types listed in the content format'}.`;
        case 'no-form-matches':
        case 'other':
          return 'Check the field against the content format.';
        case 'wrong-form':
        case 'not-accepted':
          return `Write ${a.rule}.`;
        case 'name-not-allowed':
          return a.rule === undefined ? 'Check the name against the content format.' : `Write ${a.rule}.`;
      }
    },
  }),
  'review-date-future': kind<{ reviewed: string; today: string }>({
    title: 'Review date in the future',
    hint: 'reviewed is the date of the last review that took place. A date after today would keep the entry out of npm run stale for longer than its review interval.',
    severity: 'warning',
    message: ({ reviewed, today }) => `The review date ${reviewed} is after today (${today}).`,
    expected: () => 'Write the date of the last review that really took place, as YYYY-MM-DD.',
  }),

  // Entry bodies: content is data
  'mdx-syntax': kind<{ case: 'unreadable'; reason: string } | { case: 'component'; name: string } | { case: 'expression'; code: string }>({
    title: 'MDX syntax error',
    hint: 'MDX reads { } as JavaScript and < as the start of a component. Escape them (\\{ \\} &lt;) in text or put them in `code`.',
    message: (a) => {
      switch (a.case) {
        case 'unreadable':
          return `The MDX body cannot be read: ${a.reason}.`;
        case 'component':
          return `The component <${a.name}> does not exist in playbook entries, so the page cannot be built.`;
        case 'expression':
          return `“{${a.code}}” is read as JavaScript, which entries cannot run, so the page cannot be built.`;
      }
    },
    expected: (a) => {
      switch (a.case) {
        case 'unreadable':
          return 'In MDX, { and } start JavaScript and < starts a component: write them as \\{, \\} and &lt; in text, put them in `code`, or close the tag.';
        case 'component':
          return `Use Markdown or lowercase HTML tags such as <b>; to show the tag as text, write &lt;${a.name}> or put it in \`code\`.`;
        case 'expression':
          return 'To show braces as text, write \\{ and \\}, or put the text in `code`.';
      }
    },
  }),
  'javascript-not-allowed': kind<
    | { case: 'esm'; keyword: string }
    | { case: 'attribute'; tag: string; attribute: string }
    | { case: 'spread'; tag: string }
  >({
    title: 'JavaScript in an entry',
    hint: 'Entries are data, never code: MDX import and export lines, { } expressions and {...spreads} in tags would run when the site is built. Write Markdown and plain HTML attributes instead.',
    message: (a) => {
      switch (a.case) {
        case 'esm':
          return `Unexpected \`${a.keyword}\` line: it is JavaScript, which entries cannot run.`;
        case 'attribute':
          return `The value of ${a.attribute} on <${a.tag}> is a { } expression, which is JavaScript that entries cannot run.`;
        case 'spread':
          return `The { } inside <${a.tag}> is JavaScript, which entries cannot run.`;
      }
    },
    expected: (a) => {
      switch (a.case) {
        case 'esm':
          return `Remove the line; to show it as text, put it in \`code\` or reword it so that it does not start with “${a.keyword}”.`;
        case 'attribute':
          return `Write the value in quotes, e.g. ${a.attribute}="…", or remove the attribute.`;
        case 'spread':
          return 'Remove it, and write each attribute as name="value".';
      }
    },
  }),
  'html-not-allowed': kind<
    | { case: 'element'; tag: string; risk: 'script' | 'frame' | 'form' | 'style' | 'page' | 'unlisted' }
    | { case: 'attribute'; tag: string; attribute: string; risk: 'event' | 'style' | 'unlisted'; allowed: readonly string[] }
  >({
    title: 'HTML not allowed',
    hint: 'Entries may use a short list of harmless HTML tags and attributes (see “Content is data” in the README). Scripts, frames, forms, styles, event handlers such as onclick and anything else outside the list are refused, and the site removes them again when it renders a page.',
    message: (a) => {
      if (a.case === 'element') {
        const why = {
          script: 'it would run code in every reader’s browser',
          frame: 'it would load another page or program inside the handbook',
          form: 'it would collect what readers type and send it elsewhere',
          style: 'it would restyle the handbook',
          page: 'it would change how the whole page loads or where its links lead',
          unlisted: 'it is not on the list of HTML an entry may use',
        }[a.risk];
        return `The HTML element <${a.tag}> is not allowed in entries: ${why}.`;
      }
      const why = {
        event: 'event handlers run code in readers’ browsers',
        style: 'inline styles would restyle the handbook',
        unlisted: 'it is not on the list of HTML an entry may use',
      }[a.risk];
      return `The attribute ${a.attribute} on <${a.tag}> is not allowed: ${why}.`;
    },
    expected: (a) =>
      a.case === 'element'
        ? `Use Markdown or ${ALLOWED_HTML}; to show the tag as text, write &lt;${a.tag}> or put it in \`code\`.`
        : a.allowed.length === 0
          ? `Remove it; <${a.tag}> takes no attributes besides title, lang and dir.`
          : `Remove it; <${a.tag}> may carry ${a.allowed.join(', ')}.`,
  }),
  'url-not-allowed': kind<
    | { case: 'scheme'; scheme: string; suggestion?: string; dangerous?: boolean }
    | { case: 'picture'; scheme: string }
    | { case: 'entry-link-outside-markdown'; url: string }
  >({
    title: 'Link address not allowed',
    hint: 'Links lead to web addresses (https:, http:), mail (mailto:), phone numbers (tel:), paths on this site, or other entries (module:, objection:, script:, scenario:, standard:). Anything else — javascript:, data:, file:, a misspelt link type — is refused.',
    message: (a) => {
      switch (a.case) {
        case 'scheme':
          return a.dangerous
            ? `Links starting with “${a.scheme}:” run code or open data on the reader’s computer, so entries may not use them.`
            : `“${a.scheme}:” is neither a link type nor a web, mail or phone address, so the link would not work.`;
        case 'picture':
          return `Pictures load only from web addresses or paths on this site, not from “${a.scheme}:”.`;
        case 'entry-link-outside-markdown':
          return `The entry link “${a.url}” works only in a Markdown link, not in an HTML attribute.`;
      }
    },
    expected: (a) => {
      switch (a.case) {
        case 'scheme':
          return `${a.suggestion === undefined ? '' : `Did you mean \`${a.suggestion}:\`? `}Link to entries with ${ENTRY_LINK_TYPES}, and elsewhere with https:, http:, mailto: or tel:.`;
        case 'picture':
          return 'Put the picture on a web server (https://…) or next to the site, and link to that address.';
        case 'entry-link-outside-markdown':
          return `Write [text](${a.url}) instead.`;
      }
    },
  }),

  // Rules across entries
  'duplicate-id': kind<{ case: 'tier'; id: string; earlier: number } | { case: 'id'; what: string; id: string; firstPlace: string; scope: string }>({
    title: 'Duplicate id',
    hint: 'Entry ids are unique per collection and language; speech module and checklist item ids are unique across the whole book of one language, because links and anchors use them.',
    message: (a) =>
      a.case === 'tier' ? `The tier id ${quote(a.id)} is already used by tiers[${a.earlier}].` : `The ${a.what} id ${quote(a.id)} is already used in ${a.firstPlace}.`,
    expected: (a) => (a.case === 'tier' ? 'Give every tier its own id.' : `Give this ${a.what} an id unique ${a.scope}.`),
  }),
  'unknown-reference': kind<
    | { case: 'wrong-type'; type: string; id: string; actual: string }
    | { case: 'other-language'; type: string; id: string; lang: string; languages: readonly string[] }
    | { case: 'not-found'; type: string; id: string; lang: string; suggestion?: string }
    | { case: 'draft'; type: string; id: string }
    | { case: 'audience'; type: string; id: string; targetAudience: readonly string[]; losing: readonly string[] }
  >({
    title: 'Reference cannot be followed',
    hint: 'A TYPE:ID link, a related id or a dialogue marker points to nothing in the same language, to the wrong type, to a draft, or to an entry some of this entry’s readers may not see.',
    // References are quoted so that a message never starts with a lowercase word.
    message: (a) => {
      const ref = quote(`${a.type}:${a.id}`);
      switch (a.case) {
        case 'wrong-type':
          return `${quote(a.id)} is ${article(a.actual)}, not ${article(a.type)}.`;
        case 'other-language':
          return `${ref} exists in ${a.languages.join(', ')} but not in ${a.lang}.`;
        case 'not-found':
          return `No ${a.type} with the id ${quote(a.id)} exists in ${a.lang}.`;
        case 'draft':
          return `${ref} is a draft, and drafts are left out of the build.`;
        case 'audience':
          return `${ref} is only for ${a.targetAudience.join(', ')}, but this entry is read by ${a.losing.join(', ')}: the link would be broken in their edition.`;
      }
    },
    expected: (a) => {
      const ref = quote(`${a.type}:${a.id}`);
      switch (a.case) {
        case 'wrong-type':
          return `Write ${a.actual}:${a.id}.`;
        case 'other-language':
          return `Add the ${a.lang} translation of ${ref}, or remove the reference; references stay within one language.`;
        case 'not-found':
          return `${a.suggestion === undefined ? 'Use' : `Did you mean “${a.suggestion}”? Otherwise use`} the id of an existing ${a.type} (${a.type === 'module' ? 'the id: field of a speech module' : 'the file name without .mdx'}), or create it.`;
        case 'draft':
          return 'Finish the draft (remove draft: true), remove the reference, or build with --drafts.';
        case 'audience':
          return `Remove the reference, or give ${ref} an audience that includes ${a.losing.join(', ')}.`;
      }
    },
  }),
  'unknown-audience': kind<{ case: 'entry'; audience: string; declared: string } | { case: 'edition'; edition: string; declared: string }>({
    title: 'Unknown audience',
    hint: 'Audience names must be declared under audiences in config.yaml; everyone always exists.',
    message: (a) =>
      a.case === 'entry'
        ? `The audience ${quote(a.audience)} is not declared in config.yaml.`
        : `The edition was asked for the audience ${quote(a.edition)}, which config.yaml does not declare.`,
    expected: (a) => (a.case === 'entry' ? `Use one of: ${a.declared}; or add ${quote(a.audience)} to audiences in config.yaml.` : `Build for one of: ${a.declared}.`),
  }),
  'unknown-language': kind<{ defaultLang: string; languages: readonly string[] }>({
    title: 'Unknown default language',
    hint: 'defaultLang in config.yaml must be one of the language folders.',
    message: ({ defaultLang }) => `The default language ${quote(defaultLang)} has no content folder.`,
    expected: ({ languages }) => `Use one of the languages found: ${languages.join(', ')}.`,
  }),
  'compensation-cap-decreases': kind<{ tier: string; cap: number; previous: string; previousCap: number; currency: string }>({
    title: 'Compensation cap decreases',
    hint: 'Tiers are listed from the smallest problem to the largest; the most a tier may cost never goes down from one tier to the next.',
    message: (a) => `Tier ${quote(a.tier)} may cost at most ${a.cap} ${a.currency}, less than the ${a.previousCap} ${a.currency} of the smaller tier ${quote(a.previous)} before it.`,
    expected: () => 'List tiers from the smallest problem to the largest, with cost caps that never decrease; reorder the tiers or raise this cap.',
  }),
  'stop-phrase': kind<{ found: string; why: string; replacements: readonly string[] }>({
    title: 'Stop phrase in approved text',
    hint: 'Module variants, objection responses, staff lines of dialogues and the bodies of scripts and objections are checked against stop-phrases.yaml of their language. Severity error fails the build; warnings fail it under --strict. Quote a phrase in `code` to mention it on purpose.',
    // A match may run across a line break; the message quotes it on one line.
    message: ({ found, why }) => `Unexpected stop phrase “${found.replace(/\s+/gu, ' ')}”: ${continuing(why)}`,
    expected: ({ replacements }) => sayInstead(replacements),
  }),
  'line-too-long': kind<{ words: number; limit: number }>({
    title: 'Line too long to say aloud',
    hint: 'Module variants, objection responses and follow-ups, and the lines of a scenario’s staff roles are said aloud: keep each to maxSpokenWords words (config.yaml, default 30). A warning; an error under --strict.',
    severity: 'warning',
    message: ({ words, limit }) => `This line has ${words} words; the limit for a line said aloud is ${limit}.`,
    expected: ({ limit }) => `Cut it to ${limit} words or fewer: one thought per line, split a long answer into a statement and a question, or raise maxSpokenWords in config.yaml.`,
  }),
  'stop-phrase-pattern': kind<{ in: 'match' | 'except' | 'substitutes' }>({
    title: 'Stop-phrase pattern matches nothing specific',
    hint: 'Every match pattern needs at least one letter; * stands only for the rest of a word.',
    message: (a) => `A pattern could match empty text, so it would ${a.in === 'except' ? 'excuse every match' : a.in === 'substitutes' ? 'stand for any text' : 'flag every word'}.`,
    expected: () => 'Write at least one letter in every pattern; * only stands for the rest of a word, e.g. "постара*".',
  }),
  'stop-phrase-pattern-too-long': kind<{ length: number; maximum: number }>({
    title: 'Stop-phrase pattern too long',
    hint: 'A pattern (in match, except or substitutes) is a wording of a few words, at most 120 characters: the matcher reads every text once per pattern character, so a paragraph-long pattern would slow every check and the phrase checker.',
    message: ({ length, maximum }) => `The pattern has ${length} characters; a stop-phrase pattern is a wording of a few words, at most ${maximum} characters.`,
    expected: () => 'Keep only the words that make it a stop phrase, or split it into several shorter patterns.',
  }),

  // Dialogue blocks of scenarios
  // Interface texts from the content folder (ui/<lang>.yaml)
  'interface-text-unknown': kind<{ name: string; guess?: string }>({
    title: 'Unknown interface text',
    hint: 'A ui/<lang>.yaml file holds the groups and keys of the interface text reference; a misspelt one would never show, so the check names the key it probably meant.',
    message: ({ name }) => `Unknown interface text ${quote(name)}: the interface never shows it.`,
    expected: ({ guess }) => (guess ? `Did you mean ${guess}? Otherwise remove it.` : 'Remove it, or check its name against the interface text reference in the README.'),
  }),
  'interface-text-placeholder': kind<{ placeholder: string; guess?: string; known: readonly string[] }>({
    title: 'Placeholder never filled',
    hint: 'A text may use only the {placeholders} of its English text; any other would show on the page as written.',
    message: ({ placeholder }) => `The text uses {${placeholder}}, which this text never fills in.`,
    expected: ({ guess, known }) =>
      guess ? `Did you mean {${guess}}?` : known.length > 0 ? `Use only ${known.map((item) => `{${item}}`).join(', ')}.` : 'Remove the braces: this text fills nothing in.',
  }),
  'interface-text-plural': kind<{ lang: string; key: string; needed: readonly string[]; missing: readonly string[] }>({
    title: 'Plural form missing',
    hint: 'A counted text needs a form for every plural category of its language (Russian: one, few, many, other; Hebrew: one, two, other); a missing form falls back to other.',
    severity: 'warning',
    message: ({ lang, needed, missing }) => `${quote(lang)} tells ${needed.join(', ')} apart, but the text has no ${missing.join(', ')} form, so “other” is used there.`,
    expected: ({ key, missing }) => `Add ${missing.map((category) => `${category}:`).join(', ')} under ${key}.`,
  }),
  'interface-text-missing': kind<{ lang: string; missing: readonly string[]; all: boolean; hasFile: boolean }>({
    title: 'Interface texts missing',
    hint: 'A language without a built-in interface (en, ru, he and zh have one) takes every text its ui/<lang>.yaml does not give from English; the warning lists them.',
    severity: 'warning',
    message: ({ lang, missing, all }) =>
      all
        ? `${quote(lang)} has no built-in interface and no interface texts of its own, so all ${missing.length} show in English.`
        : `${missing.length} interface text${missing.length === 1 ? ' is' : 's are'} missing for ${quote(lang)}, so English shows instead: ${missing.join(', ')}.`,
    expected: ({ lang, hasFile }) =>
      hasFile
        ? 'Add them to this file; the README’s interface text reference lists every key with its English text.'
        : `Create this file with the texts in ${lang}; the README’s interface text reference lists every key with its English text.`,
  }),
  'dialogue-missing': kind({
    title: 'Scenario without dialogue',
    hint: 'A scenario body holds exactly one ```dialogue fenced block.',
    message: () => 'The scenario has no `dialogue` block, so there is no role-play to show.',
    expected: () => 'Add one fenced code block that opens with ```dialogue and holds the role-play, with any debrief around it.',
  }),
  'dialogue-multiple': kind<{ firstLine: number }>({
    title: 'More than one dialogue',
    hint: 'Merge the blocks into one; use == label sections for branches.',
    message: ({ firstLine }) => `The scenario has another \`dialogue\` block here; its first one starts at line ${firstLine}.`,
    expected: () => 'Keep exactly one `dialogue` block per scenario: merge them, or move this role-play into a scenario file of its own.',
  }),
  'dialogue-empty': kind({
    title: 'Empty dialogue',
    hint: 'Write at least one line as role: text.',
    message: () => 'The dialogue block is empty.',
    expected: () => 'Write the role-play inside the block: `role: text` lines, then a choice point, a jump or `-> end`.',
  }),
  'dialogue-missing-opening': kind<{ label: string }>({
    title: 'Dialogue starts with a section',
    hint: 'The opening section is unnamed: start with lines before the first == label.',
    message: ({ label }) => `The dialogue starts with section ${quote(label)}, so it has no opening.`,
    expected: ({ label }) => `Put the opening lines before the first \`== label\` (the opening is unnamed), or remove \`== ${label}\` so its lines become the opening.`,
  }),
  'dialogue-syntax': kind<
    | { case: 'jump-without-target' }
    | { case: 'option-outside-choice'; text: string }
    | { case: 'not-a-line'; text: string }
    | { case: 'weak-outside-option'; text: string }
    | { case: 'weak-twice'; earlier: number }
    | { case: 'weak-without-reason' }
  >({
    title: 'Dialogue line not understood',
    hint: 'Lines are role: text, a choice point is role: followed by indented * text -> label lines, == label starts a section, -> label jumps, -> end ends.',
    message: (a) => {
      switch (a.case) {
        case 'jump-without-target':
          return 'Unexpected `->` without a label.';
        case 'option-outside-choice':
          return `Unexpected option “${short(a.text)}” outside a choice point.`;
        case 'not-a-line':
          return `Unexpected line “${short(a.text)}”: it is not a dialogue line.`;
        case 'weak-outside-option':
          return `Unexpected weak-choice line “${short(a.text)}” outside an option.`;
        case 'weak-twice':
          return `This option is already marked weak at line ${a.earlier}; an option takes one \`!\` line.`;
        case 'weak-without-reason':
          return 'Unexpected `!` without a reason: the learner is told why the choice is weak.';
      }
    },
    expected: (a) => {
      switch (a.case) {
        case 'jump-without-target':
          return 'Write `-> label` to jump to a section, or `-> end` to end the role-play.';
        case 'option-outside-choice':
          return 'Put options right under a `role:` line with nothing after the colon, e.g. `client:` then `  * Yes. -> next`.';
        case 'not-a-line':
          return 'Write `role: text`, a choice point (`role:` then indented `* text -> label` lines), `== label`, `-> label` or `-> end`.';
        case 'weak-outside-option':
          return 'Put `! reason` right under the option it explains, indented like it, e.g. `  * Fine, 10% off. -> discount` then `    ! Gives a discount before learning the volume. {module:needs-volume-question}`.';
        case 'weak-twice':
          return 'Merge the reasons into the one `! reason` line, or delete this line.';
        case 'weak-without-reason':
          return 'Write the reason after `!` in the language of the scenario, e.g. `! Skips the needs questions. {module:open-question}`.';
      }
    },
  }),
  'dialogue-option-without-target': kind<{ text: string }>({
    title: 'Choice without a target',
    hint: 'Every option ends with -> label or -> end.',
    message: ({ text }) => `Option “${short(text)}” does not say where it leads.`,
    expected: () => 'End the option with `-> label` (a section) or `-> end`.',
  }),
  'dialogue-empty-choice': kind<{ role: string }>({
    title: 'Choice point without options',
    hint: 'Indent one * text -> label line per option under role:.',
    message: ({ role }) => `Unexpected \`${role}:\` with nothing after it: a choice point needs options.`,
    expected: ({ role }) => `Add indented options below it (\`  * text -> label\`), or write what ${role} says after the colon.`,
  }),
  'dialogue-after-exit': kind<{ text: string }>({
    title: 'Lines after the section ended',
    hint: 'A choice, jump or -> end closes a section; start a new == label section for what follows.',
    message: ({ text }) => `Unexpected line “${short(text)}” after the section's exit: a section ends at its choice point, jump or \`-> end\`.`,
    expected: () => 'Start a new section with `== label` before this line, or move the line above the exit.',
  }),
  'dialogue-invalid-label': kind<{ case: 'no-label' } | { case: 'not-an-id'; label: string; suggestion: string; hasTitle: boolean }>({
    title: 'Section label not valid',
    hint: 'Labels are lowercase letters, digits and hyphens; the name readers see goes after a colon: == label: Title.',
    message: (a) => (a.case === 'no-label' ? 'Unexpected `==` without a label.' : `Section label ${quote(a.label)} is not an id.`),
    expected: (a) => {
      if (a.case === 'no-label') return 'Name the section, e.g. `== needs`, and lead to it with `-> needs`.';
      const id = `Use lowercase letters, digits and single hyphens, e.g. ${quote(a.suggestion)}`;
      // A label written in the readers' language was meant as a title.
      return a.hasTitle ? `${id}.` : `${id}; put the name readers see after a colon: \`== ${a.suggestion}: ${a.label}\`.`;
    },
  }),
  'dialogue-reserved-label': kind<{ label: string; isEnd: boolean }>({
    title: 'Reserved section label',
    hint: 'start and end are reserved: the opening is unnamed and -> end ends the dialogue.',
    message: ({ label, isEnd }) => `Section label ${quote(label)} is reserved: ${isEnd ? '`-> end` ends the role-play' : 'it names the unnamed opening section'}.`,
    expected: () => 'Choose another label, and update the jumps and options that lead to the section.',
  }),
  'dialogue-duplicate-label': kind<{ label: string; earlier: number }>({
    title: 'Section label used twice',
    hint: 'Every == label is unique within the dialogue.',
    message: ({ label, earlier }) => `Section label ${quote(label)} is already used at line ${earlier}.`,
    expected: () => 'Give each section its own label, and point each jump and option at the section it means.',
  }),
  'dialogue-unknown-marker': kind<{ marker: string; id: string }>({
    title: 'Unknown marker',
    hint: 'Lines may mark what they use with {module:ID} or {objection:ID} only.',
    message: ({ marker }) => `Unknown marker ${quote(marker)}: only \`{module:ID}\` and \`{objection:ID}\` mark what a line uses.`,
    expected: ({ id }) => `Write \`{module:${id}}\` or \`{objection:${id}}\`, or remove the braces.`,
  }),
  'dialogue-unknown-role': kind<{ role: string; roles: readonly string[]; suggestion?: string }>({
    title: 'Unknown role',
    hint: 'Every speaker must be a key of roles in the frontmatter.',
    message: ({ role }) => `Unknown role ${quote(role)}: it is not a key of the scenario's \`roles\`.`,
    expected: ({ role, roles, suggestion }) =>
      roles.length === 0
        ? `Add ${quote(role)} to \`roles\` in the frontmatter, with the label the viewer shows for it.`
        : `${didYouMean(suggestion)}Use a role declared in \`roles\` (${either(roles)}), or add ${quote(role)} there.`,
  }),
  'dialogue-unknown-target': kind<{ target: string; what: 'jump' | 'option'; sections: readonly string[]; suggestion?: string }>({
    title: 'Jump to an unknown section',
    hint: 'Jumps and options lead to a == label of the same dialogue, or to end.',
    message: ({ target, what }) => `Unknown section ${quote(target)}: this ${what} leads nowhere.`,
    expected: ({ target, sections, suggestion }) =>
      sections.length === 0
        ? `Add a section \`== ${target}\`, or lead to \`end\`.`
        : `${didYouMean(suggestion)}Lead to a section that exists (${either(sections)}) or to \`end\`, or add a section \`== ${target}\`.`,
  }),
  'dialogue-unreachable-section': kind<{ label: string }>({
    title: 'Section never reached',
    hint: 'No path from the opening leads to this section: add a jump or option to it, or remove it.',
    message: ({ label }) => `Section ${quote(label)} is never reached: no jump or option on a path from the opening leads to it.`,
    expected: ({ label }) => `Lead to it with \`-> ${label}\` or an option \`* … -> ${label}\` from a section that is reached, or delete it.`,
  }),
  'dialogue-dead-end': kind<{ label?: string }>({
    title: 'Section without an ending',
    hint: 'Each section ends with a choice, a jump or -> end; only the last section may stop without -> end.',
    message: ({ label }) => `${label === undefined ? 'The opening section' : `Section ${quote(label)}`} stops without a choice point, a jump or \`-> end\`, so the role-play gets stuck there.`,
    expected: () => 'End the section with a choice point, `-> label` or `-> end`; only the last section of the block may simply stop.',
  }),
  'dialogue-endless-loop': kind<{ sections: readonly { label?: string; line: number }[] }>({
    title: 'Role-play that never ends',
    hint: 'Every section needs a path to -> end. A section that jumps to itself, or sections that only lead to each other, would keep Play mode going round forever.',
    message: ({ sections }) => {
      const name = (s: { label?: string }) => (s.label === undefined ? 'the opening section' : quote(s.label));
      const [only] = sections;
      if (sections.length === 1 && only) return `${only.label === undefined ? 'The opening section' : `Section ${quote(only.label)}`} jumps to itself at line ${only.line}, so the role-play repeats it forever.`;
      const list = sections.map((s) => `${name(s)} (line ${s.line})`);
      return `Sections ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]} lead only to each other, so the role-play never reaches an ending.`;
    },
    expected: ({ sections }) =>
      sections.length === 1
        ? 'Jump to another section or `-> end`, or make it a choice point with an option that leads on.'
        : 'Give one of them a way out: `-> end`, a jump to a section that ends, or an option that leads out of the loop.',
  }),
  'dialogue-weak-not-staff': kind<{ role: string; staff: readonly string[] }>({
    title: 'Weak mark on a client’s choice',
    hint: 'Only choice points of the company’s roles (staff) may mark an option weak with an indented ! reason line: those are the choices a learner is scored on.',
    message: ({ role }) => `Unexpected weak mark on a choice of ${quote(role)}, who does not speak for the company: only the learner's own role is scored.`,
    expected: ({ role, staff }) => `Remove the \`!\` line, or add ${quote(role)} to \`staff\` in the frontmatter if it is a staff role (${either(staff)} now).`,
  }),
  'dialogue-all-options-weak': kind<{ line: number }>({
    title: 'Every option is weak',
    hint: 'A decision point needs at least one option that is the right call; remove the ! line under it.',
    message: ({ line }) => `Every option of the choice at line ${line} is marked weak, so the learner cannot choose well.`,
    expected: () => 'Add an option that is the right call, or remove the `!` line under the one that is.',
  }),
  'dialogue-unknown-reference': kind<{ case: 'no-id'; type: 'module' | 'objection' } | { case: 'unknown'; type: 'module' | 'objection'; id: string }>({
    title: 'Unknown module or objection',
    hint: 'A {module:ID} or {objection:ID} marker names an id that does not exist in the scenario’s language.',
    message: (a) => {
      if (a.case === 'no-id') return `The \`{${a.type}:}\` marker has no id.`;
      return a.type === 'module'
        ? `Unknown speech module ${quote(a.id)}: no call script in this language defines it.`
        : `Unknown objection ${quote(a.id)}: there is no objection with that id in this language.`;
    },
    expected: (a) => {
      if (a.case === 'no-id') return `Write the id after the colon, e.g. \`{${a.type}:${a.type === 'module' ? 'state-call-goal' : 'too-expensive'}}\`.`;
      return a.type === 'module'
        ? "Use the id of a module from a call script's `modules` in the same language, or fix the spelling."
        : 'Use the file name (without extension) of an objection in the same language, or fix the spelling.';
    },
  }),
};

/** A code from the catalogue. */
export type ProblemCode = keyof typeof problemKinds;

/** The arguments the texts of `code` are built from. */
export type ProblemArgs<C extends ProblemCode> = Parameters<(typeof problemKinds)[C]['message']>[0];
