// Bundles transformers.js (@xenova/transformers) into dist/transformers.mjs, one file, less the
// two packages it imports at load that briefbot never calls: onnxruntime-web (the browser's
// runtime; on Node it picks onnxruntime-node) and sharp (images). Importing the package as
// published took 0.25–0.4 s, on the path of a bot's first answer; the bundle, ~0.06 s.
// onnxruntime-node stays a package import (a native addon), and each bundled module keeps its
// own import.meta.url, so transformers.js finds its defaults (cache folder, models folder) where
// it always did. src/index/loadTransformers.ts imports it when it was built from the installed
// version, else the package. Plain JavaScript, as buildBundle.mjs.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const TRANSFORMERS_BUNDLE = 'transformers.mjs';
/** Beside it: the version of the package it was built from. */
export const TRANSFORMERS_BUNDLE_INFO = 'transformers.json';

/** Stand-ins for what transformers.js imports and briefbot never runs. */
const STUBS = {
  'onnxruntime-web': 'export {};',
  sharp:
    'export default function sharp() { throw new Error("briefbot bundles transformers.js without sharp: it reads no images"); }',
};

/** Each bundled file's import.meta.url made its original file's again (transformers.js resolves its defaults from it). */
const originalImportMetaUrl = (dist) => ({
  name: 'original-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /[\\/]@xenova[\\/]transformers[\\/].*\.js$/ }, async ({ path: file }) => {
      const text = await fs.promises.readFile(file, 'utf8');
      const original = path.relative(dist, file).split(path.sep).join('/');
      return {
        contents: text.replace(/\bimport\.meta\.url\b/g, `new URL(${JSON.stringify(original)}, import.meta.url).href`),
        loader: 'js',
      };
    });
  },
});

const stubs = {
  name: 'stubs',
  setup(build) {
    const names = new RegExp(`^(${Object.keys(STUBS).join('|')})$`);
    build.onResolve({ filter: names }, ({ path: name }) => ({ path: name, namespace: 'briefbot-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'briefbot-stub' }, ({ path: name }) => ({
      contents: STUBS[name],
      loader: 'js',
    }));
  },
};

/** Builds dist/transformers.mjs and its info file under `root` (written under temporary names, then renamed). */
export async function buildTransformersBundle(root) {
  const { build } = await import('esbuild');
  const dist = path.join(root, 'dist');
  const require = createRequire(path.join(root, 'package.json'));
  const packageJson = require.resolve('@xenova/transformers/package.json');
  const { version, main } = JSON.parse(fs.readFileSync(packageJson, 'utf8'));
  const result = await build({
    absWorkingDir: root,
    entryPoints: [path.join(path.dirname(packageJson), main)],
    outfile: path.join(dist, TRANSFORMERS_BUNDLE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['onnxruntime-node'],
    plugins: [stubs, originalImportMetaUrl(dist)],
    write: false,
    logLevel: 'silent',
  });
  fs.mkdirSync(dist, { recursive: true });
  const outputs = [
    ...result.outputFiles.map((output) => [output.path, output.contents]),
    [path.join(dist, TRANSFORMERS_BUNDLE_INFO), JSON.stringify({ version })],
  ];
  for (const [file, contents] of outputs) {
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, contents);
    fs.renameSync(temporary, file);
  }
}
