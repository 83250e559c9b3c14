import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Editor } from '../briefbot.ts';
import type { IncomingFile } from '../corpus/addToCorpus.ts';
import { formatSize } from '../corpus/formatSize.ts';
import { UserError } from '../errors.ts';

/** A file on this machine as a file to add: its base name, its size now, its bytes read only once the checks pass. */
export async function localFile(filePath: string): Promise<IncomingFile> {
  let stat: Awaited<ReturnType<typeof fs.stat>>;
  try {
    stat = await fs.stat(filePath);
  } catch {
    throw new UserError(`No file at ${filePath}.`);
  }
  if (!stat.isFile()) throw new UserError(`${filePath} is not a file.`);
  return {
    name: path.basename(filePath),
    size: stat.size,
    contentType: null,
    read: async (maxBytes) => {
      const bytes = await fs.readFile(filePath);
      // It may have grown since it was measured.
      if (bytes.length > maxBytes) throw new UserError(`${path.basename(filePath)} is larger than the ${formatSize(maxBytes)} limit: nothing added.`);
      return bytes;
    },
  };
}

/** The CLI's user: trusted (they have a shell on the bot's machine), named by their login. */
export function localEditor(): Editor {
  const name = os.userInfo().username;
  return { id: `local:${name}`, name, via: 'cli' };
}
