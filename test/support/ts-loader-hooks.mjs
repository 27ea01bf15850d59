// The hooks of ts-loader.mjs (module customization hooks run off the main thread).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The compiler options that matter to the emitted JavaScript, as in tsconfig.base.json. */
const TARGET = `node${process.versions.node}`;
const TSCONFIG = { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } };
const CACHE = join(tmpdir(), 'pact-ts-loader-cache');
mkdirSync(CACHE, { recursive: true });

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (e) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    // A query (`./x.js?fresh`: a module's second instance) stays on the .ts file's URL.
    const [path = '', query] = specifier.split(/(?=[?#])/);
    if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !relative || !path.endsWith('.js')) throw e;
    return next(`${path.slice(0, -3)}.ts${query ?? ''}`, context);
  }
}

let esbuild;

export async function load(url, context, next) {
  const file = url.replace(/[?#].*$/, '');
  if (!url.startsWith('file:') || !/\.[mc]?ts$/.test(file)) return next(url, context);
  const source = await readFile(fileURLToPath(file), 'utf8');
  const key = createHash('sha256')
    .update(`${TARGET}\n${JSON.stringify(TSCONFIG)}\n${source}`)
    .digest('hex');
  const cached = join(CACHE, `${key}.js`);
  let code;
  try {
    code = readFileSync(cached, 'utf8');
  } catch {
    esbuild ??= await import('esbuild');
    ({ code } = await esbuild.transform(source, {
      loader: 'ts',
      format: 'esm',
      target: TARGET,
      sourcefile: fileURLToPath(file),
      tsconfigRaw: TSCONFIG,
    }));
    // Written aside and renamed, so that a concurrent run never reads half a file.
    const part = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(part, code);
    renameSync(part, cached);
  }
  return { format: 'module', source: code, shortCircuit: true };
}
