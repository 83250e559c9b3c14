import { type Config, parseConfig } from '../../src/config.ts';
import { type Embedder, loadEmbedder } from '../../src/index/embedder.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { DATA_DIR, SHAPE_MODEL_DIR } from './benchPaths.ts';

/**
 * The model id (MODEL_ID) the bench configures: a name of its own, so the random-weight shape
 * model is never taken for real all-MiniLM-L6-v2.
 */
export function benchModelId(quantized: boolean): string {
  return quantized ? 'bench/minilm-l6-shape-int8' : 'bench/minilm-l6-shape-fp32';
}

export const VECTOR_DIMENSION = 384;

export const silentLogger: Logger = createLogger('silent', { pretty: false });

/** A briefbot config as the environment would give it, pointed at bench files and the shape model. */
export function benchConfig(options: { corpusDir: string; indexPath: string; quantized?: boolean }): Config {
  return parseConfig({
    CORPUS_DIR: options.corpusDir,
    INDEX_PATH: options.indexPath,
    MODEL_ID: benchModelId(options.quantized ?? true),
    MODEL_DIR: SHAPE_MODEL_DIR,
    MODEL_CACHE_DIR: `${DATA_DIR}/model-cache`,
    MODEL_QUANTIZED: String(options.quantized ?? true),
    ALLOW_REMOTE_MODELS: 'false',
    LOG_LEVEL: 'silent',
  });
}

/** briefbot's own embedder (src/index/embedder.ts) on the shape model; fails loudly if it cannot load. */
export async function loadShapeEmbedder(quantized: boolean): Promise<Embedder> {
  const config = benchConfig({ corpusDir: DATA_DIR, indexPath: ':memory:', quantized });
  const embedder = await loadEmbedder(
    {
      modelId: config.modelId ?? benchModelId(quantized),
      modelDir: config.modelDir,
      cacheDir: config.modelCacheDir,
      allowRemote: false,
      quantized,
    },
    silentLogger,
  );
  if (!embedder) throw new Error(`The shape model could not be loaded from ${SHAPE_MODEL_DIR}`);
  return embedder;
}

const keys = new Map<boolean, Promise<string>>();

/**
 * The key briefbot stores the shape model's vectors under (Embedder.key: source, precision,
 * dimension), taken from the loaded embedder itself so that index files the bench writes
 * directly match what createBriefbot will look for. Loaded once per process and precision.
 */
export function shapeVectorKey(quantized: boolean): Promise<string> {
  let key = keys.get(quantized);
  if (!key) {
    key = loadShapeEmbedder(quantized).then((embedder) => embedder.key);
    keys.set(quantized, key);
  }
  return key;
}
