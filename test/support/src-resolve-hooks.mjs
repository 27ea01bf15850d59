// The resolve hook of src-resolve.mjs (module customization hooks run off the main thread).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let root = process.cwd();

export function initialize(data) {
  root = data.root;
}

const DIST = /[\\/]packages[\\/]([^\\/]+)[\\/]dist[\\/](.+)\.js$/;

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (!specifier.startsWith('@pact/') || !resolved.url.startsWith('file:')) return resolved;
  const m = DIST.exec(fileURLToPath(resolved.url));
  if (!m) return resolved;
  const source = join(root, 'packages', m[1], 'src', `${m[2]}.ts`);
  return existsSync(source) ? { ...resolved, url: pathToFileURL(source).href, format: undefined } : resolved;
}
