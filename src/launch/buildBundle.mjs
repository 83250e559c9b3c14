// Bundles briefbot's entry points into dist/ with esbuild (packages stay in node_modules), so a
// process starts on plain Node: no TypeScript loader, one file to read instead of ~150. Run by
// `npm install` (the `prepare` script) and again by importEntry when the sources changed.
// Plain JavaScript: it runs before anything is built.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A project to bundle: its folder, and its entry points by bundle name (source paths relative to it). */
export const BRIEFBOT = {
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
  entries: {
    cli: 'src/cli/main.ts',
    main: 'src/main.ts',
  },
  /** Also dist/transformers.mjs (buildTransformersBundle.mjs), which src/index/loadTransformers.ts imports. */
  transformers: true,
};

export const distDir = (project) => path.join(project.root, 'dist');
export const manifestFile = (project) => path.join(distDir(project), 'manifest.json');

/**
 * Each module's `import.meta.url` made its source file's again: the code resolves its data files
 * (`./data/….json`), worker scripts and package.json relative to itself, and those stay in src/.
 * (Every bundle lies directly in dist/, so one relative path serves them all.)
 */
const sourceImportMetaUrl = (dist) => ({
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => {
      const text = await fs.promises.readFile(file, 'utf8');
      const source = path.relative(dist, file).split(path.sep).join('/');
      return {
        contents: text.replace(/\bimport\.meta\.url\b/g, `new URL(${JSON.stringify(source)}, import.meta.url).href`),
        loader: 'ts',
      };
    });
  },
});

/**
 * Builds every entry, then writes the manifest: the size and modification time of every source
 * file the bundles hold (and of this script), which importEntry compares to decide whether they
 * are current. Written under temporary names and renamed, so that a process starting meanwhile
 * reads the old bundles or the new ones, whole.
 */
export async function buildBundle(project = BRIEFBOT) {
  const { build } = await import('esbuild');
  const dist = distDir(project);
  const started = Date.now();
  const result = await build({
    absWorkingDir: project.root,
    entryPoints: project.entries,
    outdir: dist,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Modules imported on demand (HTML and PDF extraction, the model) stay in chunks of their own,
    // with the packages they import: a process loads them only when it needs them.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    plugins: [sourceImportMetaUrl(dist)],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  fs.mkdirSync(dist, { recursive: true });
  const temporary = (file) => `${file}.${process.pid}.tmp`;
  for (const output of result.outputFiles) {
    fs.writeFileSync(temporary(output.path), output.contents);
    fs.renameSync(temporary(output.path), output.path);
  }
  const self = fileURLToPath(import.meta.url);
  const inputs = [...Object.keys(result.metafile.inputs).map((input) => path.join(project.root, input)), self];
  // A file saved while esbuild ran may be bundled as it was before: marked changed, built again next time.
  const settled = (file) => {
    const [size, mtimeMs] = stamp(file);
    return [size, mtimeMs >= started ? -1 : mtimeMs];
  };
  const manifest = { inputs: Object.fromEntries(inputs.map((file) => [file, settled(file)])) };
  const manifestPath = manifestFile(project);
  fs.writeFileSync(temporary(manifestPath), JSON.stringify(manifest));
  fs.renameSync(temporary(manifestPath), manifestPath);
  removeOldChunks(dist, new Set(result.outputFiles.map((output) => output.path)));
  if (project.transformers) {
    const { buildTransformersBundle } = await import('./buildTransformersBundle.mjs');
    await buildTransformersBundle(project.root);
  }
}

/** What a source file's change shows in: its size and modification time. */
export function stamp(file) {
  const { size, mtimeMs } = fs.statSync(file);
  return [size, mtimeMs];
}

/**
 * Chunks of earlier builds, once a day old: a process started from an earlier build may still
 * import its chunks on demand (the first HTML file it indexes), so they are not removed at once.
 */
function removeOldChunks(dist, current) {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of fs.readdirSync(dist)) {
    const file = path.join(dist, name);
    if (!name.startsWith('chunk-') || current.has(file)) continue;
    try {
      if (fs.statSync(file).mtimeMs < dayAgo) fs.rmSync(file, { force: true });
    } catch {
      // Removed by another build meanwhile.
    }
  }
}

// `npm run build`; `--if-possible` (npm install's `prepare`): a failed build only warns, since the
// bins then build it at their first start or run the sources through tsx.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  try {
    await buildBundle();
    console.log(`briefbot: bundled into dist/ in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    if (!process.argv.includes('--if-possible')) throw error;
    console.warn(
      `briefbot: not bundled (${error instanceof Error ? error.message : String(error)}): running through tsx`,
    );
  }
}
