import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from '../logger.ts';
import { importTransformers } from './loadTransformers.ts';
import { ensureStaticModel, STATIC_MODEL_ID } from './staticModel/ensureStaticModel.ts';

export interface Embedder {
  /** The model's name, as configured (shown to users). */
  readonly modelId: string;
  /**
   * Recorded with every vector: the model's source (hub id or folder), precision and dimension.
   * Vectors of another key are never mixed with this model's: a changed model re-embeds.
   */
  readonly key: string;
  readonly dimension: number;
  /** The name the model's own config gives (config.json's _name_or_path), if any: the calibration table knows models by it too. */
  readonly modelName?: string;
  /** Unit vectors, one per text, in the order given. */
  embed(texts: string[]): Promise<Float32Array[]>;
}

export interface EmbedderOptions {
  /** A hub id, or STATIC_MODEL_ID for briefbot's static model (built into the cache on first use). */
  modelId: string;
  /** A local model folder (config.json, tokenizer.json, onnx/); used instead of the hub. */
  modelDir: string | undefined;
  cacheDir: string;
  allowRemote: boolean;
  quantized: boolean;
  batchSize?: number;
  /** When a hub model cannot be loaded, use the static model instead (default true). */
  staticFallback?: boolean;
}

interface Tensor {
  data: Float32Array | BigInt64Array;
  dims: number[];
}

type TensorConstructor = new (type: 'int64', data: BigInt64Array, dims: number[]) => Tensor;

/** The parts of transformers.js's feature-extraction pipeline briefbot calls. */
interface FeatureExtractor {
  (texts: string[], options: { pooling: 'mean'; normalize: boolean }): Promise<{ data: Float32Array; dims: number[] }>;
  tokenizer: {
    (texts: string[], options: { padding: false; truncation: true; return_tensor: false }): { input_ids: number[][] };
    readonly pad_token_id: number;
  };
  model: {
    (inputs: Record<string, Tensor>): Promise<{ last_hidden_state: Tensor }>;
    readonly config: { _name_or_path?: unknown };
  };
}

/**
 * Loads the sentence-embedding model with transformers.js (onnxruntime underneath). Online, a
 * hub id is downloaded once into the cache; offline, a local folder is used; MODEL_ID=glove-100d
 * is briefbot's static model, built into the cache from the GloVe word vectors on first use.
 * When a hub model cannot be loaded (offline, a wrong id), the static model stands in, said once
 * here. When no model can be loaded, returns null after saying why once: the caller then runs on
 * keyword search alone.
 */
export async function loadEmbedder(options: EmbedderOptions, logger: Logger): Promise<Embedder | null> {
  if (options.modelId === STATIC_MODEL_ID && !options.modelDir) return loadStaticEmbedder(options, logger, null);
  try {
    const embedder = await loadModel(options, options.modelDir ?? options.modelId);
    // A local folder is what was loaded: name it, not the default hub id beside it.
    logger.info(
      {
        model: embedder.modelId,
        dimension: embedder.dimension,
        source: options.modelDir ? 'local folder (MODEL_DIR)' : 'hub cache',
      },
      'embedding model loaded',
    );
    return embedder;
  } catch (error) {
    const reason = explainModelLoadFailure(error, options);
    const context = {
      model: options.modelId,
      modelDir: options.modelDir,
      reason: error instanceof Error ? error.message : String(error),
    };
    if (!options.modelDir && options.staticFallback !== false)
      return loadStaticEmbedder(options, logger, { reason, context });
    logger.warn(context, `no embedding model could be loaded (${reason}): answering from keyword search only`);
    return null;
  }
}

/**
 * The static model from the cache (built there first if need be). `failed`: the configured model
 * that could not be loaded, named in the one line that says the static model stands in for it.
 * A folder that will not load (damaged since it was written) is built again, once.
 */
async function loadStaticEmbedder(
  options: EmbedderOptions,
  logger: Logger,
  failed: { reason: string; context: Record<string, unknown> } | null,
): Promise<Embedder | null> {
  try {
    const load = async (rebuild: boolean) => {
      const dir = ensureStaticModel(options.cacheDir, logger, { rebuild });
      if (!dir) throw new Error('no word vectors to build it from');
      return loadModel({ ...options, modelDir: dir }, STATIC_MODEL_ID, `${STATIC_MODEL_ID}/${path.basename(dir)}`);
    };
    const embedder = await load(false).catch((error: unknown) => {
      logger.warn(
        { model: STATIC_MODEL_ID, reason: error instanceof Error ? error.message : String(error) },
        'the static model in the cache could not be loaded: building it again',
      );
      return load(true);
    });
    if (failed) {
      logger.warn(
        failed.context,
        `the embedding model could not be loaded (${failed.reason}): using briefbot's static model ${STATIC_MODEL_ID} instead (hybrid search, offline)`,
      );
    } else {
      logger.info({ model: STATIC_MODEL_ID, dimension: embedder.dimension }, 'static embedding model loaded');
    }
    return embedder;
  } catch (error) {
    logger.warn(
      { ...failed?.context, model: STATIC_MODEL_ID, reason: error instanceof Error ? error.message : String(error) },
      `${failed ? `the embedding model could not be loaded (${failed.reason}), nor` : 'no embedding model could be loaded:'} the static model ${STATIC_MODEL_ID}: answering from keyword search only`,
    );
    return null;
  }
}

/**
 * The feature-extraction pipeline on `options`' model (a folder when modelDir is set), probed for
 * its dimension. `name` is shown to users; `source` goes into the vectors' key.
 */
async function loadModel(
  options: EmbedderOptions,
  name: string,
  source: string = options.modelDir ?? options.modelId,
): Promise<Embedder> {
  const { env, pipeline, Tensor } = await importTransformers();
  // transformers.js keeps its settings in one module-level object; set them just before loading.
  env.cacheDir = options.cacheDir;
  let modelName = options.modelId;
  if (options.modelDir) {
    env.localModelPath = path.dirname(options.modelDir);
    env.allowLocalModels = true;
    env.allowRemoteModels = false;
    modelName = path.basename(options.modelDir);
  } else {
    env.localModelPath = options.cacheDir;
    env.allowRemoteModels = options.allowRemote;
  }
  const extractor = (await pipeline('feature-extraction', modelName, {
    quantized: options.quantized,
  })) as unknown as FeatureExtractor;
  const probe = await extractor(['dimension probe'], { pooling: 'mean', normalize: true });
  const dimension = probe.dims.at(-1) ?? 0;
  const key = `${source}|${options.quantized ? 'int8' : 'fp32'}|${dimension}`;
  const ownName = extractor.model.config._name_or_path;
  return new BatchedEmbedder(
    name,
    key,
    dimension,
    typeof ownName === 'string' ? ownName : undefined,
    extractor,
    Tensor as unknown as TensorConstructor,
    options.batchSize ?? BATCH_SIZE,
  );
}

/**
 * Why the model did not load, in the user's terms: transformers.js reports a hub 404 or 401 (a
 * repository that does not exist, or is private) as "Could not locate file" or "Unauthorized
 * access", and an unreachable hub as fetch's bare "fetch failed", with the network error as cause.
 */
export function explainModelLoadFailure(
  error: unknown,
  options: Pick<EmbedderOptions, 'modelId' | 'modelDir' | 'allowRemote'>,
): string {
  const message = error instanceof Error ? error.message : String(error);
  if (options.modelDir) return `MODEL_DIR ${options.modelDir} does not hold a usable model: ${message}`;
  if (/^(Could not locate file|Unauthorized access to file|Forbidden access to file)/.test(message)) {
    return `MODEL_ID ${options.modelId} was not found on the Hugging Face hub: check its spelling (e.g. Xenova/all-MiniLM-L6-v2)`;
  }
  if (/allowRemoteModels=false/.test(message)) {
    return `MODEL_ID ${options.modelId} is not in the model cache and ALLOW_REMOTE_MODELS=false forbids downloading it`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (/fetch failed/.test(message) || typeof cause?.code === 'string') {
    const code = typeof cause?.code === 'string' ? cause.code : 'network error';
    return `the Hugging Face hub could not be reached (${code}) to download MODEL_ID ${options.modelId}: offline? Set MODEL_DIR to a local model folder, or MODEL_ID=none`;
  }
  return message;
}

/** Texts per model call; see BatchedEmbedder.embed for why it is small. */
const BATCH_SIZE = 8;

class BatchedEmbedder implements Embedder {
  constructor(
    readonly modelId: string,
    readonly key: string,
    readonly dimension: number,
    readonly modelName: string | undefined,
    private readonly extract: FeatureExtractor,
    private readonly Tensor: TensorConstructor,
    private readonly batchSize: number,
  ) {}

  async embed(texts: string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    // Tokenized once, unpadded (truncated as before): the token counts form the batches, and the
    // same ids are what the model is fed.
    const { input_ids: ids } = this.extract.tokenizer(texts, {
      padding: false,
      truncation: true,
      return_tensor: false,
    });
    // Texts of (nearly) equal token count share a batch, so little compute goes to padding. Small
    // batches keep padding low even when a call brings few texts of mixed lengths, and cost no
    // efficiency: on 2 cores, 8 texts a call ran as fast per token as 32 (only 4 or fewer were slower).
    const order = ids.map((_, i) => i).sort((a, b) => (ids[a]?.length ?? 0) - (ids[b]?.length ?? 0));
    const vectors = new Array<Float32Array>(texts.length);
    for (let start = 0; start < order.length; start += this.batchSize) {
      const batch = order.slice(start, start + this.batchSize);
      const rows = batch.map((i) => ids[i] ?? []);
      // The model called directly and pooled here in one pass: the pipeline's own mean pooling
      // reads tensors element by element through a proxy and cost a quarter of the time.
      const { last_hidden_state: hidden } = await this.extract.model(this.paddedInputs(rows));
      if (!(hidden.data instanceof Float32Array)) throw new Error('unexpected tensor type from the model');
      meanPoolNormalized(
        hidden.data,
        rows.map((row) => row.length),
        hidden.dims,
      ).forEach((vector, row) => {
        vectors[batch[row] ?? 0] = vector;
      });
      // onnxruntime-node settles a run in process.nextTick, so batch after batch never reached the
      // event loop: embedding the indexing worker's 256 texts held the bot for 5.4 s (MiniLM shape).
      // One turn per batch lets interactions and answers in between.
      await nextTurn();
    }
    return vectors;
  }

  /**
   * The tensors the tokenizer's own padding would give: ids padded on the right with the pad
   * token, attention mask 1 over real tokens. (token_type_ids, all 0 for single texts, are
   * filled in by transformers.js when the model takes them.)
   */
  private paddedInputs(rows: number[][]): Record<string, Tensor> {
    const width = Math.max(...rows.map((row) => row.length));
    const inputIds = new BigInt64Array(rows.length * width).fill(BigInt(this.extract.tokenizer.pad_token_id));
    const mask = new BigInt64Array(rows.length * width);
    rows.forEach((row, r) => {
      row.forEach((id, t) => {
        inputIds[r * width + t] = BigInt(id);
        mask[r * width + t] = 1n;
      });
    });
    const dims = [rows.length, width];
    return {
      input_ids: new this.Tensor('int64', inputIds, dims),
      attention_mask: new this.Tensor('int64', mask, dims),
    };
  }
}

/**
 * [batch, tokens, dimension] hidden states → one unit vector per row: the mean of its first
 * `lengths[row]` tokens (the rest is right padding).
 */
function meanPoolNormalized(hidden: Float32Array, lengths: number[], dims: number[]): Float32Array[] {
  const [batch = 0, tokens = 0, dimension = 0] = dims;
  const vectors: Float32Array[] = [];
  for (let b = 0; b < batch; b++) {
    const sum = new Float32Array(dimension);
    for (let t = 0; t < (lengths[b] ?? 0); t++) {
      const offset = (b * tokens + t) * dimension;
      for (let d = 0; d < dimension; d++) sum[d]! += hidden[offset + d]!;
    }
    let norm = 0;
    for (let d = 0; d < dimension; d++) norm += sum[d]! * sum[d]!;
    // The mean's direction is the sum's: normalising the sum gives the same unit vector.
    const scale = 1 / (Math.sqrt(norm) || 1);
    for (let d = 0; d < dimension; d++) sum[d]! *= scale;
    vectors.push(sum);
  }
  return vectors;
}
