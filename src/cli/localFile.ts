import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Editor } from '../briefbot.ts';
import type { IncomingFile } from '../corpus/addToCorpus.ts';
import { formatSize } from '../corpus/formatSize.ts';
import { UserError } from '../errors.ts';

/** A file on this machine as a file to add: its base name, its size now, its bytes read only once the checks pass. */
export function localFile(filePath: string): IncomingFile {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new UserError(`No file at ${filePath}.`);
  }
  if (!stat.isFile()) throw new UserError(`${filePath} is not a file.`);
  return {
    name: path.basename(filePath),
    size: stat.size,
    contentType: null,
    read: async (maxBytes) => {
      const bytes = await fs.promises.readFile(filePath);
      // It may have grown since it was measured.
      if (bytes.length > maxBytes)
        throw new UserError(
          `${path.basename(filePath)} is larger than the ${formatSize(maxBytes)} limit: nothing added.`,
        );
      return bytes;
    },
  };
}

/** The CLI's user: trusted (they have a shell on the bot's machine), named by their login. */
export function localEditor(): Editor {
  let name: string;
  try {
    name = os.userInfo().username;
  } catch {
    // A user id without an entry in /etc/passwd (some containers).
    name = 'local';
  }
  return { id: `local:${name}`, name, via: 'cli' };
}
