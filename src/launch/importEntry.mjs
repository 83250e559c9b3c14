// How briefbot's processes and threads load their TypeScript: the bundle in dist/ when it is
// current, else (sources edited since, or never built) rebuilt first, else through tsx. A user
// editing src/ never runs stale code.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BRIEFBOT, distDir, manifestFile, stamp } from './buildBundle.mjs';

/**
 * Imports an entry (a key of the project's entries) and returns its module. `rebuild`: a stale
 * bundle is built again (about half a second) rather than the sources run through tsx; a worker
 * thread passes false (its process just checked) and, when it finds the bundle stale, runs the sources.
 */
export async function importEntry(entry, { rebuild = true, project = BRIEFBOT } = {}) {
  const bundle = path.join(distDir(project), `${entry}.js`);
  if (rebuild && !isCurrent(bundle, project)) {
    try {
      const { buildBundle } = await import('./buildBundle.mjs');
      await buildBundle(project);
    } catch {
      // No esbuild, a read-only folder, or sources esbuild refuses: tsx runs them (and reports their errors).
    }
  }
  if (isCurrent(bundle, project)) return import(pathToFileURL(bundle).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(path.join(project.root, project.entries[entry])).href);
}

/** Whether the bundle exists and every source file it was built from is unchanged. */
function isCurrent(bundle, project) {
  try {
    if (!fs.existsSync(bundle)) return false;
    const { inputs } = JSON.parse(fs.readFileSync(manifestFile(project), 'utf8'));
    for (const [file, [size, mtimeMs]] of Object.entries(inputs)) {
      const [nowSize, nowMtime] = stamp(file);
      if (nowSize !== size || nowMtime !== mtimeMs) return false;
    }
    return true;
  } catch {
    return false;
  }
}
