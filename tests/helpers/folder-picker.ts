import fs from 'node:fs';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';

/**
 * Headless Chromium cannot click its own folder picker, so browser tests answer `showDirectoryPicker()`
 * with a directory handle backed by a folder on disk: the page script below implements the File
 * System Access interface the editor uses (the same one the picker's handle has) over requests that
 * `routeFolder` serves from the test process. What the editor saves lands in that folder.
 */
const PAGE_SCRIPT = `(() => {
  const api = (op, params, body) => fetch('/__test-folder/' + op + '?' + new URLSearchParams(params), { method: body === undefined ? 'GET' : 'POST', body });
  const join = (dir, name) => (dir ? dir + '/' + name : name);
  const notFound = (name) => new DOMException(name + ' not found', 'NotFoundError');
  class TestFileHandle {
    constructor(dir, name) { this.kind = 'file'; this.name = name; this.dir = dir; }
    async getFile() {
      const response = await api('read', { path: join(this.dir, this.name) });
      if (!response.ok) throw notFound(this.name);
      return new File([await response.arrayBuffer()], this.name, { lastModified: Number(response.headers.get('x-modified')) });
    }
    async createWritable() {
      const handle = this;
      const parts = [];
      return {
        async write(data) { parts.push(typeof data === 'object' && data !== null && 'data' in data && !(data instanceof Blob) ? data.data : data); },
        async close() { await api('write', { path: join(handle.dir, handle.name) }, new Blob(parts)); },
        async abort() {},
      };
    }
    async move(target, newName) {
      const name = typeof target === 'string' ? target : (newName ?? this.name);
      const dir = typeof target === 'string' ? this.dir : target.path;
      await api('move', { from: join(this.dir, this.name), to: join(dir, name) });
      this.dir = dir;
      this.name = name;
    }
    async queryPermission() { return 'granted'; }
    async requestPermission() { return 'granted'; }
    async isSameEntry(other) { return other.kind === 'file' && other.dir === this.dir && other.name === this.name; }
  }
  class TestDirectoryHandle {
    constructor(dirPath, name) { this.kind = 'directory'; this.path = dirPath; this.name = name; }
    async getDirectoryHandle(name, options = {}) {
      const response = await api('dir', { path: join(this.path, name), create: options.create ? '1' : '' });
      if (response.status === 409) throw new DOMException(name + ' is a file', 'TypeMismatchError');
      if (!response.ok) throw notFound(name);
      return new TestDirectoryHandle(join(this.path, name), name);
    }
    async getFileHandle(name, options = {}) {
      const response = await api('file', { path: join(this.path, name), create: options.create ? '1' : '' });
      if (response.status === 409) throw new DOMException(name + ' is a folder', 'TypeMismatchError');
      if (!response.ok) throw notFound(name);
      return new TestFileHandle(this.path, name);
    }
    async removeEntry(name, options = {}) {
      const response = await api('remove', { path: join(this.path, name), recursive: options.recursive ? '1' : '' });
      if (!response.ok) throw notFound(name);
    }
    async *entries() {
      const list = await (await api('list', { path: this.path })).json();
      for (const entry of list) yield [entry.name, entry.kind === 'directory' ? new TestDirectoryHandle(join(this.path, entry.name), entry.name) : new TestFileHandle(this.path, entry.name)];
    }
    async *values() { for await (const [, handle] of this.entries()) yield handle; }
    async *keys() { for await (const [name] of this.entries()) yield name; }
    [Symbol.asyncIterator]() { return this.entries(); }
    async queryPermission() { return 'granted'; }
    async requestPermission() { return 'granted'; }
    async isSameEntry(other) { return other.kind === 'directory' && other.path === this.path; }
    async resolve() { return null; }
  }
  window.showDirectoryPicker = async () => new TestDirectoryHandle('', 'repository');
})();`;

/** Makes the page's folder picker hand out `root` (a folder on disk) and serves its files to the page. */
export async function pickFolderOnDisk(page: Page, root: string): Promise<void> {
  await page.addInitScript(PAGE_SCRIPT);
  await page.route('**/__test-folder/**', (route) => serve(route, root));
}

function inside(root: string, relative: string): string {
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) throw new Error(`${relative} is outside the test folder`);
  return resolved;
}

async function serve(route: Route, root: string): Promise<void> {
  const url = new URL(route.request().url());
  const op = url.pathname.split('/').pop();
  const param = (name: string) => url.searchParams.get(name) ?? '';
  const target = inside(root, param('path'));
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  const status = (code: number) => route.fulfill({ status: code, body: '' });
  switch (op) {
    case 'read':
      if (!stat?.isFile()) return status(404);
      return route.fulfill({ status: 200, body: fs.readFileSync(target), headers: { 'x-modified': String(Math.round(stat.mtimeMs)) } });
    case 'write':
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, route.request().postDataBuffer() ?? Buffer.alloc(0));
      return status(200);
    case 'dir':
      if (stat?.isFile()) return status(409);
      if (!stat && param('create')) fs.mkdirSync(target, { recursive: true });
      else if (!stat) return status(404);
      return status(200);
    case 'file':
      if (stat?.isDirectory()) return status(409);
      if (!stat && param('create')) fs.writeFileSync(target, '');
      else if (!stat) return status(404);
      return status(200);
    case 'remove':
      if (!stat) return status(404);
      fs.rmSync(target, { recursive: param('recursive') === '1', force: true });
      return status(200);
    case 'move':
      fs.renameSync(inside(root, param('from')), inside(root, param('to')));
      return status(200);
    case 'list': {
      const entries = stat?.isDirectory() ? fs.readdirSync(target, { withFileTypes: true }) : [];
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(entries.map((entry) => ({ name: entry.name, kind: entry.isDirectory() ? 'directory' : 'file' }))),
      });
    }
    default:
      return status(400);
  }
}
