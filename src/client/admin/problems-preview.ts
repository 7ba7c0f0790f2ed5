import type CMS from '@sveltia/cms';
import { entryToFile } from '../../lib/authoring/web-editor/entry-format.ts';
import { entryFormats, type ConfigCollection } from './register-formats.ts';

interface Problem {
  severity: 'error' | 'warning';
  line?: number;
  field: string;
  message: string;
  expected: string;
}

type Element = unknown;
type H = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => Element;

interface PreviewProps {
  entry: { get(key: string): unknown; toJS(): { data: Record<string, unknown>; path?: string } };
  widgetFor(name: string): Element;
}

/**
 * The preview pane of each entry shows what the content check says about the entry as it stands in
 * the form, before it is saved: the dev server checks the file with the whole book and answers.
 */
export function registerProblemsPreview(cms: typeof CMS, collections: readonly ConfigCollection[], checkUrl: string): void {
  const globals = window as unknown as { h: H; createClass: (spec: Record<string, unknown>) => unknown };
  const formats = entryFormats(collections);
  for (const collection of collections) {
    if (!collection.folder || !collection.format || !collection.fields) continue;
    const fields = formats.get(collection.format)!;
    const bodyNames = collection.fields.filter((field) => ['body', 'dialogue', 'debrief'].includes(field.name)).map((field) => field.name);
    const template = globals.createClass({
      getInitialState: () => ({ problems: undefined, failed: false }),
      componentDidMount(this: Preview) {
        this.check();
      },
      componentDidUpdate(this: Preview) {
        this.check();
      },
      componentWillUnmount(this: Preview) {
        clearTimeout(this.timer);
      },
      check(this: Preview) {
        const { data, path } = this.props.entry.toJS();
        const text = entryToFile(data, fields);
        const key = `${path}\n${text}`;
        if (key === this.lastKey || !path) return;
        this.lastKey = key;
        clearTimeout(this.timer);
        // Wait for a pause in typing: each check reads the whole book.
        this.timer = setTimeout(() => {
          fetch(checkUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ path, text }) })
            .then((response) => response.json() as Promise<{ problems?: Problem[] }>)
            .then((result) => this.setState({ problems: result.problems ?? [], failed: !result.problems }))
            .catch(() => this.setState({ failed: true }));
        }, 400);
      },
      render(this: Preview) {
        const h = globals.h;
        return h('div', { className: 'salesbook-preview' }, problemsBox(h, this.state.problems, this.state.failed), ...bodyNames.map((name) => h('section', { key: name }, this.props.widgetFor(name))));
      },
    });
    cms.registerPreviewTemplate(collection.name, template as never);
  }
  cms.registerPreviewStyle(PREVIEW_CSS, { raw: true });
}

interface Preview {
  props: PreviewProps;
  state: { problems?: Problem[]; failed: boolean };
  setState(state: Partial<Preview['state']>): void;
  check(): void;
  timer?: ReturnType<typeof setTimeout>;
  lastKey?: string;
}

function problemsBox(h: H, problems: Problem[] | undefined, failed: boolean): Element {
  if (failed) return h('p', { className: 'salesbook-problems pending', role: 'status' }, 'The content check could not run; the problems page of npm run dev still lists every problem after saving.');
  if (!problems) return h('p', { className: 'salesbook-problems pending', role: 'status' }, 'Checking…');
  // The dev server's page of every problem of the book, for what involves other entries.
  const everyProblem = h('a', { href: '/_problems/', target: '_blank', rel: 'noopener' }, 'Every problem of the book');
  if (problems.length === 0) return h('p', { className: 'salesbook-problems ok', role: 'status' }, '✔ The content check finds no problem in this entry. ', everyProblem);
  return h(
    'section',
    { className: 'salesbook-problems', 'aria-label': 'Content check' },
    h('h2', null, `${problems.length} problem${problems.length === 1 ? '' : 's'} found by the content check`),
    h('p', null, everyProblem),
    h(
      'ul',
      null,
      ...problems.map((problem, index) =>
        h(
          'li',
          { key: index, className: problem.severity },
          h('strong', null, problem.severity === 'error' ? 'Error' : 'Warning'),
          ` ${problem.line ? `line ${problem.line} — ` : ''}${problem.field} — ${problem.message} — ${problem.expected}`,
        ),
      ),
    ),
  );
}

const PREVIEW_CSS = `
.salesbook-problems { font: 14px/1.45 system-ui, sans-serif; border-radius: 6px; padding: 8px 12px; margin: 0 0 16px; }
.salesbook-problems.ok { background: #e7f6ec; color: #14532d; }
.salesbook-problems.pending { background: #f1f5f9; color: #334155; }
section.salesbook-problems { background: #fdecec; color: #7f1d1d; }
.salesbook-problems h2 { font-size: 15px; margin: 0 0 6px; }
.salesbook-problems ul { margin: 0; padding-inline-start: 18px; }
.salesbook-problems li.warning { color: #713f12; }
`;
