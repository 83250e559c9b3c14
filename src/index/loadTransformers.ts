import fs from 'node:fs';
import { createRequire } from 'node:module';

export type Transformers = typeof import('@xenova/transformers');

/** Written by src/launch/buildTransformersBundle.mjs (`npm install`, `npm run build`), with the version it was built from beside it. */
const BUNDLE = new URL('../../dist/transformers.mjs', import.meta.url);
const BUNDLE_INFO = new URL('../../dist/transformers.json', import.meta.url);

let loading: Promise<Transformers> | undefined;

/**
 * transformers.js, once per process: from dist/transformers.mjs, the package bundled into one
 * file less onnxruntime-web and sharp (imported at load, never run by briefbot: 0.25–0.4 s of a
 * bot's start), when it was built from the installed version; else the package itself. Callers
 * that set its `env` get it from here, so that they set the copy the model loads with.
 */
export function importTransformers(): Promise<Transformers> {
  loading ??= bundleIsCurrent() ? (import(BUNDLE.href) as Promise<Transformers>) : import('@xenova/transformers');
  return loading;
}

function bundleIsCurrent(): boolean {
  try {
    const built = JSON.parse(fs.readFileSync(BUNDLE_INFO, 'utf8')) as { version?: unknown };
    const installed = createRequire(import.meta.url)('@xenova/transformers/package.json') as { version?: unknown };
    return typeof built.version === 'string' && built.version === installed.version && fs.existsSync(BUNDLE);
  } catch {
    // Never built (sources run through tsx before `npm install`'s build), or removed.
    return false;
  }
}
