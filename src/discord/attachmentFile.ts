import type { Attachment } from 'discord.js';
import type { IncomingFile } from '../corpus/addToCorpus.ts';
import { formatSize } from '../corpus/formatSize.ts';
import { UserError } from '../errors.ts';

/** Discord's CDN answers at once; a download still running after this is given up. */
const DOWNLOAD_TIMEOUT_MS = 60_000;

/**
 * A Discord attachment as a file to add: its name, size and media type as Discord declares
 * them (checked before any download), and a download from the CDN that stops as soon as it
 * would exceed the limit, whatever the declared size said.
 */
export function attachmentFile(attachment: Attachment, fetchImpl: typeof fetch = fetch): IncomingFile {
  return {
    name: attachment.name,
    size: attachment.size,
    contentType: attachment.contentType,
    read: (maxBytes) => download(attachment.url, maxBytes, fetchImpl),
  };
}

async function download(url: string, maxBytes: number, fetchImpl: typeof fetch): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    throw new UserError(
      `Could not download the attachment from Discord (${error instanceof Error ? error.message : String(error)}); try again.`,
    );
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new UserError(`Could not download the attachment from Discord (HTTP ${response.status}); try again.`);
  }
  const tooLarge = () =>
    new UserError(`The attachment is larger than the ${formatSize(maxBytes)} limit: nothing added.`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw new UserError(
        `The download from Discord broke off (${error instanceof Error ? error.message : String(error)}); try again.`,
      );
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
