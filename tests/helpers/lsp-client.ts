import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** A diagnostic as a language server publishes it. */
export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}

/** A completion item as a language server returns it. */
export interface LspCompletionItem {
  label: string;
  kind?: number;
  detail?: string;
  documentation?: string | { kind: string; value: string };
  insertText?: string;
  textEdit?: { newText: string };
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * Talks to a language server over stdio the way an editor does (JSON-RPC with Content-Length framing),
 * so tests can ask a real server for completion and diagnostics.
 */
export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly diagnostics = new Map<string, LspDiagnostic[]>();
  private readonly diagnosticWaiters: { uri: string; resolve: (value: LspDiagnostic[]) => void }[] = [];
  /** What the server logged, for failure messages. */
  readonly log: string[] = [];

  /** Answers `workspace/configuration` requests: section → settings. */
  private readonly configuration: (section: string | undefined) => unknown;

  constructor(command: string, args: readonly string[], configuration: (section: string | undefined) => unknown = () => null) {
    this.configuration = configuration;
    this.child = spawn(command, [...args], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => this.log.push(chunk.toString()));
  }

  /** Sends a request and resolves with its result. */
  request<T>(method: string, params: unknown, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method} got no answer in ${timeoutMs} ms. Server log:\n${this.log.join('')}`)), timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
  }

  /** Sends a notification. */
  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Opens a document as an editor tab would. */
  open(uri: string, languageId: string, text: string): void {
    this.diagnostics.delete(uri);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** The next diagnostics the server publishes for `uri` (or those already published). */
  publishedDiagnostics(uri: string, timeoutMs = 30_000): Promise<LspDiagnostic[]> {
    const known = this.diagnostics.get(uri);
    if (known) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No diagnostics for ${uri} in ${timeoutMs} ms. Server log:\n${this.log.join('')}`)), timeoutMs);
      this.diagnosticWaiters.push({
        uri,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      });
    });
  }

  /** Completion items at a position (0-based line and character). */
  async completion(uri: string, line: number, character: number): Promise<LspCompletionItem[]> {
    const result = await this.request<LspCompletionItem[] | { items: LspCompletionItem[] } | null>('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
    });
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  /** Hover text at a position. */
  async hover(uri: string, line: number, character: number): Promise<string> {
    const result = await this.request<{ contents: string | { value: string } | { value: string }[] } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line, character },
    });
    const contents = result?.contents;
    if (!contents) return '';
    if (typeof contents === 'string') return contents;
    return Array.isArray(contents) ? contents.map((part) => part.value).join('\n') : contents.value;
  }

  /** Shuts the server down and waits for it to exit. */
  async close(): Promise<void> {
    try {
      await this.request('shutdown', null, 5_000);
      this.notify('exit', null);
    } catch {
      // A server that no longer answers is killed below.
    }
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      setTimeout(() => this.child.kill(), 2_000).unref();
      await exited;
    }
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: { id?: number; method?: string; params?: any; result?: unknown; error?: { message: string } }): void {
    if (message.method === undefined && message.id !== undefined) {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result);
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: LspDiagnostic[] };
      this.diagnostics.set(uri, diagnostics);
      for (const waiter of this.diagnosticWaiters.filter((w) => w.uri === uri)) waiter.resolve(diagnostics);
      this.diagnosticWaiters.splice(0, this.diagnosticWaiters.length, ...this.diagnosticWaiters.filter((w) => w.uri !== uri));
      return;
    }
    if (message.method === 'window/logMessage' || message.method === 'window/showMessage') {
      this.log.push(`${message.params?.message ?? ''}\n`);
      return;
    }
    if (message.id === undefined) return;
    // Requests from the server: answer what an editor would.
    let result: unknown = null;
    if (message.method === 'workspace/configuration')
      result = (message.params?.items ?? []).map((item: { section?: string }) => this.configuration(item.section));
    this.send({ jsonrpc: '2.0', id: message.id, result });
  }
}
