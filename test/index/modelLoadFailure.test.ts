import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../../src/index/embedder.ts';
import { closedPort } from '../support/closedPort.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { importTransformers } from '../../src/index/loadTransformers.ts';

/** transformers.js downloads from env.remoteHost: a local server stands in for the hub. */
describe('a model that cannot be loaded says why', () => {
  let hub: http.Server;
  let hubUrl = '';
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-cache-'));
  let remoteHost = '';
  beforeAll(async () => {
    hub = http.createServer((_request, response) => response.writeHead(404).end('Repository not found'));
    await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
    hubUrl = `http://127.0.0.1:${(hub.address() as AddressInfo).port}/`;
    const { env } = await importTransformers();
    remoteHost = env.remoteHost;
  });
  afterAll(async () => {
    const { env } = await importTransformers();
    env.remoteHost = remoteHost;
    await new Promise((resolve) => hub.close(resolve));
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  async function failureLine(host: string, modelId: string): Promise<string> {
    const { env } = await importTransformers();
    env.remoteHost = host;
    const { logger, lines } = recordingLogger();
    expect(
      await loadEmbedder(
        { modelId, cacheDir, allowRemote: true, quantized: true, modelDir: undefined, staticFallback: false },
        logger,
      ),
    ).toBeNull();
    return lines()
      .map((line) => line.msg)
      .join('\n');
  }

  it('a MODEL_ID the hub does not have', async () => {
    expect(await failureLine(hubUrl, 'Xenova/all-MiniLM-L6-v3')).toMatch(
      /MODEL_ID Xenova\/all-MiniLM-L6-v3 was not found on the Hugging Face hub/,
    );
  });

  it('a hub that cannot be reached', async () => {
    expect(await failureLine(`http://127.0.0.1:${await closedPort()}/`, 'Xenova/all-MiniLM-L6-v2')).toMatch(
      /the Hugging Face hub could not be reached \(ECONNREFUSED\)/,
    );
  });
});
