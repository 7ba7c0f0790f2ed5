import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localDay } from '../../src/lib/engine/checks/check-review-dates.ts';
import { edit, write, type ExpectedProblem } from '../unit/checks/mutations.ts';

/**
 * One attack a careless or hostile author could plant in a playbook, applied to a copy of
 * tests/fixtures/valid: what the check must say about it, and what must never reach a reader.
 */
export interface Attack {
  /** What is planted, as the end of a sentence: "refuses <kind>". */
  kind: string;
  /** Changes the copied content folder (its path is `dir`). */
  apply(dir: string): void;
  /** The content folder to check, when it is not the copy itself (e.g. a file inside it). */
  contentPath?(dir: string): string;
  /** Exit code of the check and of the build. */
  exitCode: 0 | 1;
  /** Problems the report must hold, each with its exact words. */
  expect: ExpectedProblem[];
  /** Text that must not appear in any file of the built site (pages and unpacked search index). */
  markers: string[];
  /** The attack needs a user who is refused by file permissions (root reads everything). */
  asUnprivilegedUser?: boolean;
  /** For content that is built: a page of the site and text it shows. */
  shows?: { page: string; text: string };
}

/** A value only the build's environment holds: a page showing it would have run the author's code. */
export const SECRET_VARIABLE = 'SB_HOSTILE_SECRET';
export const SECRET_VALUE = 'sb-secret-value-7731';

/** Outside every content folder: an entry linked from here must never be read. */
export const OUTSIDE_DIR = path.join(os.tmpdir(), 'salesbook-hostile-outside');

const FRONTMATTER = `---
title: Hostile entry
summary: Tries something an entry may not do.
owner: Test
reviewed: 2026-10-01
type: standard
channels: [chat]
---
`;

/** A new standard whose body starts on line 10 of the file. */
function entry(dir: string, name: string, body: string, frontmatter = FRONTMATTER): void {
  write(dir, `standards/en/${name}`, `${frontmatter}\n${body}\n`);
}

const HOSTILE = 'standards/en/hostile.mdx';
const SCENARIO = 'scripts/en/cold-call-roleplay.mdx';
const error = (file: string, line: number | undefined, field: string, says: string): ExpectedProblem => ({ file, line, field, severity: 'error', says });

/** Every attack of the "content is data" issue, one mutation each. */
export const attacks: Attack[] = [
  {
    kind: 'an MDX import line, which would load code at build time',
    apply: (dir) => entry(dir, 'hostile.mdx', "import { writeFileSync } from 'node:fs'\n\nSee the note."),
    exitCode: 1,
    expect: [error(HOSTILE, 10, 'body', "Unexpected `import` line: it is JavaScript, which entries cannot run. — Remove the line; to show it as text, put it in `code` or reword it so that it does not start with “import”.")],
    markers: ['writeFileSync'],
  },
  {
    kind: 'an MDX export line, which would run code at build time',
    apply: (dir) => entry(dir, 'hostile.mdx', 'export const home = process.env.HOME\n\nSee the note.'),
    exitCode: 1,
    expect: [error(HOSTILE, 10, 'body', "Unexpected `export` line: it is JavaScript, which entries cannot run. — Remove the line; to show it as text, put it in `code` or reword it so that it does not start with “export”.")],
    markers: ['process.env'],
  },
  {
    kind: 'a JavaScript expression in text that reads the environment',
    apply: (dir) => entry(dir, 'hostile.mdx', `Your secret is {process.env.${SECRET_VARIABLE}}.`),
    exitCode: 1,
    expect: [error(HOSTILE, 10, 'body', "“{process.env.SB_HOSTILE_SECRET}” is read as JavaScript, which entries cannot run, so the page cannot be built. — To show braces as text, write \\{ and \\}, or put the text in `code`.")],
    markers: [SECRET_VALUE, 'process.env'],
  },
  {
    kind: 'a JavaScript expression as an attribute value',
    apply: (dir) => entry(dir, 'hostile.mdx', `Hover <abbr title={process.env.${SECRET_VARIABLE}}>here</abbr>.`),
    exitCode: 1,
    expect: [error(HOSTILE, 10, 'body', "The value of title on <abbr> is a { } expression, which is JavaScript that entries cannot run. — Write the value in quotes, e.g. title=\"…\", or remove the attribute.")],
    markers: [SECRET_VALUE],
  },
  {
    kind: 'a JavaScript spread inside a tag',
    apply: (dir) => entry(dir, 'hostile.mdx', 'All of it: <span {...process.env}>here</span>.'),
    exitCode: 1,
    expect: [error(HOSTILE, 10, 'body', "The { } inside <span> is JavaScript, which entries cannot run. — Remove it, and write each attribute as name=\"value\".")],
    markers: [SECRET_VALUE],
  },
  {
    kind: 'a script element',
    apply: (dir) => entry(dir, 'hostile.mdx', "<script>alert('sb-attack-script')</script>"),
    exitCode: 1,
    expect: [error(HOSTILE, 10, 'body', "The HTML element <script> is not allowed in entries: it would run code in every reader’s browser. — Use Markdown or the tags and attributes listed in the README (Authoring guide → Content is data); to show the tag as text, write &lt;script> or put it in `code`.")],
    markers: ['sb-attack-script'],
  },
  {
    kind: 'an iframe',
    apply: (dir) => entry(dir, 'hostile.mdx', '<iframe src="https://example.com/sb-attack-frame"></iframe>'),
    exitCode: 1,
    expect: [error(HOSTILE, 10, 'body', "The HTML element <iframe> is not allowed in entries: it would load another page or program inside the handbook. — Use Markdown or the tags and attributes listed in the README (Authoring guide → Content is data); to show the tag as text, write &lt;iframe> or put it in `code`.")],
    markers: ['sb-attack-frame'],
  },
  {
    kind: 'an object element',
    apply: (dir) => entry(dir, 'hostile.mdx', '<object data="https://example.com/sb-attack-object"></object>'),
    exitCode: 1,
    expect: [error(HOSTILE, 10, 'body', "The HTML element <object> is not allowed in entries: it would load another page or program inside the handbook. — Use Markdown or the tags and attributes listed in the README (Authoring guide → Content is data); to show the tag as text, write &lt;object> or put it in `code`.")],
    markers: ['sb-attack-object'],
  },
  {
    kind: 'a form that would send what readers type elsewhere',
    apply: (dir) => entry(dir, 'hostile.mdx', '<form action="https://example.com/sb-attack-form"><b>Your password</b></form>'),
    exitCode: 1,
    expect: [error(HOSTILE, 10, 'body', "The HTML element <form> is not allowed in entries: it would collect what readers type and send it elsewhere. — Use Markdown or the tags and attributes listed in the README (Authoring guide → Content is data); to show the tag as text, write &lt;form> or put it in `code`.")],
    markers: ['sb-attack-form'],
  },
  {
    kind: 'an inline event handler',
    apply: (dir) => entry(dir, 'hostile.mdx', 'A picture: <img src="missing.png" alt="" onerror="alert(\'sb-attack-onerror\')" />'),
    exitCode: 1,
    expect: [error(HOSTILE, 10, 'body', "The attribute onerror on <img> is not allowed: event handlers run code in readers’ browsers. — Remove it; <img> may carry src, alt, width, height, title, lang, dir.")],
    markers: ['sb-attack-onerror'],
  },
  {
    kind: 'an inline style',
    apply: (dir) => entry(dir, 'hostile.mdx', '<b style="position:fixed;inset:0">sb-attack-style</b>'),
    exitCode: 1,
    expect: [error(HOSTILE, 10, 'body', "The attribute style on <b> is not allowed: inline styles would restyle the handbook. — Remove it; <b> may carry title, lang, dir.")],
    markers: ['position:fixed'],
  },
  {
    kind: 'a javascript: link in Markdown',
    apply: (dir) => entry(dir, 'hostile.mdx', "[Open the price list](javascript:alert('sb-attack-jslink'))"),
    exitCode: 1,
    expect: [error(HOSTILE, 10, "link javascript:alert('sb-attack-jslink')", "Links starting with “javascript:” run code or open data on the reader’s computer, so entries may not use them. — Link to entries with module:, objection:, script:, scenario: or standard:, and elsewhere with https:, http:, mailto: or tel:.")],
    markers: ['sb-attack-jslink'],
  },
  {
    kind: 'a data: link',
    apply: (dir) => entry(dir, 'hostile.mdx', '[Open the price list](data:text/html,sb-attack-datalink)'),
    exitCode: 1,
    expect: [error(HOSTILE, 10, 'link data:text/html,sb-attack-datalink', "Links starting with “data:” run code or open data on the reader’s computer, so entries may not use them. — Link to entries with module:, objection:, script:, scenario: or standard:, and elsewhere with https:, http:, mailto: or tel:.")],
    markers: ['sb-attack-datalink'],
  },
  {
    kind: 'a javascript: address in an HTML link',
    apply: (dir) => entry(dir, 'hostile.mdx', '<a href="javascript:alert(\'sb-attack-jshref\')">Open the price list</a>'),
    exitCode: 1,
    expect: [error(HOSTILE, 10, 'body', "Links starting with “javascript:” run code or open data on the reader’s computer, so entries may not use them. — Link to entries with module:, objection:, script:, scenario: or standard:, and elsewhere with https:, http:, mailto: or tel:.")],
    markers: ['sb-attack-jshref'],
  },
  {
    kind: 'a misspelt link type, suggesting the right one',
    apply: (dir) => edit(dir, 'objections/en/have-a-supplier.mdx', 'Ask what they would improve.', 'Ask what they would improve, as in [the price objection](objections:too-expensive).'),
    exitCode: 1,
    expect: [error('objections/en/have-a-supplier.mdx', 18, 'link objections:too-expensive', "“objections:” is neither a link type nor a web, mail or phone address, so the link would not work. — Did you mean `objection:`? Link to entries with module:, objection:, script:, scenario: or standard:, and elsewhere with https:, http:, mailto: or tel:.")],
    markers: ['objections:too-expensive'],
  },
  {
    kind: 'a shortened link type, suggesting the right one',
    apply: (dir) => edit(dir, 'standards/en/chat-standard.mdx', 'Answer in the channel the client chose.', 'Answer in the channel the client chose; see [the goal](modul:state-call-goal).'),
    exitCode: 1,
    expect: [error('standards/en/chat-standard.mdx', 15, 'link modul:state-call-goal', "“modul:” is neither a link type nor a web, mail or phone address, so the link would not work. — Did you mean `module:`? Link to entries with module:, objection:, script:, scenario: or standard:, and elsewhere with https:, http:, mailto: or tel:.")],
    markers: ['modul:state-call-goal'],
  },
  {
    kind: 'a file that is not UTF-8',
    apply: (dir) => {
      const file = path.join(dir, 'standards/en/chat-standard.mdx');
      const text = fs.readFileSync(file, 'utf8').replace('How we answer clients in chat.', 'How we answer clients in the café.');
      fs.writeFileSync(file, Buffer.from(text, 'latin1'));
    },
    exitCode: 1,
    expect: [error('standards/en/chat-standard.mdx', 3, 'encoding', "The file is not UTF-8: the byte 0xE9 on this line is not valid UTF-8 (the file was probably saved in an older encoding such as Windows-1252). — Save the file as UTF-8 (in most editors: Save with Encoding → UTF-8), then check the letters on this line.")],
    markers: ['caf\u00e9'],
  },
  {
    kind: 'a NUL byte in a title',
    apply: (dir) => edit(dir, 'standards/en/last-method.mdx', 'title: ', 'title: LAST\u0000 '),
    exitCode: 1,
    expect: [error('standards/en/last-method.mdx', 2, 'text', "Unexpected control character U+0000 at column 12: it is invisible and cannot be shown on a page. — Delete it (it is often left behind by copying from another program); use a space or a line break instead.")],
    markers: ['\u0000'],
  },
  {
    kind: 'a terminal escape sequence in a body',
    apply: (dir) => entry(dir, 'hostile.mdx', 'Say \u001b[31mnothing\u001b[0m at all.'),
    exitCode: 1,
    expect: [error(HOSTILE, 10, 'text', "Unexpected control character U+001B at column 5: it is invisible and cannot be shown on a page. — Delete it (it is often left behind by copying from another program); use a space or a line break instead.")],
    markers: ['\u001b'],
  },
  {
    kind: 'an entry linked from outside the content folder',
    apply: (dir) => {
      fs.mkdirSync(OUTSIDE_DIR, { recursive: true });
      fs.writeFileSync(path.join(OUTSIDE_DIR, 'secret.mdx'), `${FRONTMATTER}\nsb-attack-outside: a file that is not part of the playbook.\n`);
      fs.symlinkSync(path.join(OUTSIDE_DIR, 'secret.mdx'), path.join(dir, 'standards/en/secret.mdx'));
    },
    exitCode: 1,
    expect: [error('standards/en/secret.mdx', undefined, 'symbolic link', `This symbolic link leads to ${path.join(OUTSIDE_DIR, 'secret.mdx')}, outside the content folder, so it is not read. — Copy the file into the content folder instead of linking to it.`)],
    markers: ['sb-attack-outside'],
  },
  {
    kind: 'a broken symbolic link',
    apply: (dir) => fs.symlinkSync('gone.mdx', path.join(dir, 'standards/en/broken.mdx')),
    exitCode: 1,
    expect: [error('standards/en/broken.mdx', undefined, 'symbolic link', "This symbolic link leads to gone.mdx, which does not exist. — Fix or remove the link, or put the file itself here.")],
    markers: [],
  },
  {
    kind: 'a symbolic link to a folder',
    apply: (dir) => fs.symlinkSync('en', path.join(dir, 'objections/fr')),
    exitCode: 1,
    expect: [error('objections/fr', undefined, 'symbolic link', "This is a symbolic link to a folder; links to folders are not followed. — Move the folder itself here, or link its files one by one.")],
    markers: [],
  },
  {
    kind: 'a config.yaml that is a folder',
    apply: (dir) => {
      fs.rmSync(path.join(dir, 'config.yaml'));
      fs.mkdirSync(path.join(dir, 'config.yaml'));
    },
    exitCode: 1,
    expect: [error('config.yaml', undefined, 'file', "“config.yaml” is a folder, but Salesbook expects a file here. — Replace the folder config.yaml with a file holding the site settings, or remove it to use the defaults.")],
    markers: [],
  },
  {
    kind: 'a file the user running the check may not read',
    apply: (dir) => fs.chmodSync(path.join(dir, 'standards/en/chat-standard.mdx'), 0o000),
    exitCode: 1,
    expect: [error('standards/en/chat-standard.mdx', undefined, 'file', 'This file cannot be read: permission denied (EACCES). — Let the user who runs Salesbook read it (e.g. chmod a+r for a file, a+rx for a folder), or move it out of the content folder.')],
    markers: [],
    asUnprivilegedUser: true,
  },
  {
    kind: 'a language folder the user running the check may not open',
    apply: (dir) => fs.chmodSync(path.join(dir, 'standards/zh'), 0o000),
    exitCode: 1,
    expect: [error('standards/zh', undefined, 'folder', 'This folder cannot be read: permission denied (EACCES). — Let the user who runs Salesbook read it (e.g. chmod a+r for a file, a+rx for a folder), or move it out of the content folder.')],
    markers: [],
    asUnprivilegedUser: true,
  },
  {
    kind: 'a content path that is a file',
    apply: () => undefined,
    contentPath: (dir) => path.join(dir, 'config.yaml'),
    exitCode: 1,
    expect: [error('config.yaml', undefined, 'content folder', "The content path is a file, not a folder. — Point --content (or SALESBOOK_CONTENT) at a folder holding scripts/, objections/ and standards/.")],
    markers: [],
  },
  {
    kind: 'a content folder without entries',
    apply: (dir) => {
      for (const collection of ['scripts', 'objections', 'standards']) fs.rmSync(path.join(dir, collection), { recursive: true });
    },
    exitCode: 1,
    expect: [error('.', undefined, 'content folder', "The content folder holds no entries, so the handbook would be empty. — Add an entry (npm run new -- script first-call starts one) as scripts/<lang>/<id>.mdx, objections/<lang>/<id>.mdx or standards/<lang>/<id>.mdx, or point --content at your playbook.")],
    markers: [],
  },
  {
    kind: 'a file name with spaces',
    apply: (dir) => entry(dir, 'chat rules.mdx', 'Answer every chat.'),
    exitCode: 1,
    expect: [error('standards/en/chat rules.mdx', undefined, 'file name', "The file name “chat rules” is not an id: it contains spaces. — Rename the file to chat-rules.mdx: ids are lowercase letters, digits and single hyphens, because they become web addresses.")],
    markers: [],
  },
  {
    kind: 'a file name with capitals',
    apply: (dir) => entry(dir, 'Greeting.mdx', 'Greet every visitor.'),
    exitCode: 1,
    expect: [error('standards/en/Greeting.mdx', undefined, 'file name', "The file name “Greeting” is not an id: it contains capital letters. — Rename the file to greeting.mdx: ids are lowercase letters, digits and single hyphens, because they become web addresses.")],
    markers: [],
  },
  {
    kind: 'a file name with letters outside a–z',
    apply: (dir) => entry(dir, 'приветствие.mdx', 'Greet every visitor.'),
    exitCode: 1,
    expect: [error('standards/en/приветствие.mdx', undefined, 'file name', "The file name “приветствие” is not an id: it contains characters other than a–z, 0–9 and hyphens. — Rename the file to an id such as price-too-high.mdx: ids are lowercase letters, digits and single hyphens, because they become web addresses.")],
    markers: [],
  },
  {
    kind: 'a file name with a direction-changing character',
    apply: (dir) => entry(dir, 'price\u202Etxt.mdx', 'Greet every visitor.'),
    exitCode: 1,
    expect: [error('standards/en/price\u202Etxt.mdx', undefined, 'file name', "The file name “price\u202Etxt” is not an id: it contains invisible or direction-changing characters. — Rename the file to price-txt.mdx: ids are lowercase letters, digits and single hyphens, because they become web addresses.")],
    markers: [],
  },
  {
    kind: 'two file names that differ only in case',
    apply: (dir) => entry(dir, 'Chat-Standard.mdx', 'Answer every chat.'),
    exitCode: 1,
    expect: [error('standards/en/Chat-Standard.mdx', undefined, 'file name', "The file name “Chat-Standard” is not an id: it contains capital letters, and it differs only in letter case from “chat-standard”. — Merge it into chat-standard.mdx, or rename it to another id of lowercase letters, digits and single hyphens.")],
    markers: [],
  },
  {
    kind: 'a dialogue section that jumps to itself',
    apply: (dir) => edit(dir, SCENARIO, 'May I ask two questions first?\n-> needs', 'May I ask two questions first?\n-> price'),
    exitCode: 1,
    expect: [error(SCENARIO, 32, 'dialogue › section "price"', "Section “price” jumps to itself at line 32, so the role-play repeats it forever. — Jump to another section or `-> end`, or make it a choice point with an option that leads on.")],
    markers: [],
  },
  {
    kind: 'two dialogue sections that jump to each other with no way out',
    apply: (dir) => {
      edit(dir, SCENARIO, 'What would you improve?\n-> needs', 'What would you improve?\n-> price');
      edit(dir, SCENARIO, 'May I ask two questions first?\n-> needs', 'May I ask two questions first?\n-> supplier');
    },
    exitCode: 1,
    expect: [error(SCENARIO, 28, 'dialogue › section "supplier"', "Sections “supplier” (line 28) and “price” (line 32) lead only to each other, so the role-play never reaches an ending. — Give one of them a way out: `-> end`, a jump to a section that ends, or an option that leads out of the loop.")],
    markers: [],
  },
  {
    kind: 'a review date in the future, as a warning',
    apply: (dir) => edit(dir, 'standards/en/chat-standard.mdx', 'reviewed: 2026-10-01', 'reviewed: 2099-01-01'),
    exitCode: 0,
    expect: [{ file: 'standards/en/chat-standard.mdx', line: 5, field: 'reviewed', severity: 'warning', says: `The review date 2099-01-01 is after today (${localDay(new Date())}). — Write the date of the last review that really took place, as YYYY-MM-DD.` }],
    markers: [],
  },
];

/** Content the check accepts, and the build must build without showing anything it only looks like. */
export const harmless: Attack[] = [
  {
    kind: 'a byte order mark, escaped braces, comments and allow-listed HTML',
    apply: (dir) => {
      entry(
        dir,
        'harmless.mdx',
        [
          `Braces as text: \\{process.env.${SECRET_VARIABLE}\\} {/* process.env.${SECRET_VARIABLE} */}`,
          '',
          'Press <kbd>Ctrl</kbd>+<kbd>K</kbd>; <abbr title="Customer relationship management">CRM</abbr> notes go <mark>here</mark>.',
          '',
          '<details><summary>More</summary>Call back <b>before 5 pm</b>, or write to [sales](mailto:sales@example.com) or [call](tel:+4930123).</details>',
        ].join('\n'),
        `\uFEFF${FRONTMATTER}`,
      );
    },
    exitCode: 0,
    expect: [],
    markers: [SECRET_VALUE],
    shows: { page: 'en/standards/harmless/index.html', text: `Braces as text: {process.env.${SECRET_VARIABLE}}` },
  },
];
