import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import type { DocumentRecord } from './records.ts';

/** Who added a document through the bot, how and when; `hash` ties it to those bytes. */
export interface Addition {
  by: { id: string; name: string };
  via: 'discord' | 'cli';
  /** ISO 8601 time. */
  at: string;
  hash: string;
}

/** An indexed document, with who added it when that was done through the bot. */
export interface SourceRecord extends DocumentRecord {
  added?: Addition;
}

const additionSchema = z.object({
  by: z.object({ id: z.string(), name: z.string() }),
  via: z.enum(['discord', 'cli']),
  at: z.string(),
  hash: z.string(),
});
const fileSchema = z.object({ version: z.literal(1), documents: z.record(z.string(), additionSchema) });

/**
 * The additions made through the bot, in a small JSON file beside the index (not in the index:
 * it is about the corpus folder, survives a rebuilt index, and a person can read it). Only
 * what was added through Discord or `briefbot add` is here; files copied in by hand are not.
 */
export class AdditionRecords {
  private constructor(
    private readonly filePath: string,
    private readonly documents: Map<string, Addition>,
  ) {}

  /** Reads the file; a missing one is empty, an unreadable one is set aside (logged) and started afresh. */
  static load(filePath: string, logger: Logger): AdditionRecords {
    let text: string;
    try {
      text = fs.readFileSync(filePath, 'utf8');
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
        return new AdditionRecords(filePath, new Map());
      throw error;
    }
    let parsed: z.infer<typeof fileSchema>;
    try {
      parsed = fileSchema.parse(JSON.parse(text));
    } catch (error) {
      const aside = `${filePath}.unreadable-${Date.now()}`;
      fs.renameSync(filePath, aside);
      logger.warn(
        { err: error, file: filePath, movedTo: aside },
        'the record of added documents was unreadable: set aside, starting a new one',
      );
      return new AdditionRecords(filePath, new Map());
    }
    return new AdditionRecords(filePath, new Map(Object.entries(parsed.documents)));
  }

  /** Who added `file`, if it was added through the bot and still holds the bytes they added. */
  get(file: string, hash: string): Addition | undefined {
    const addition = this.documents.get(file);
    return addition?.hash === hash ? addition : undefined;
  }

  record(file: string, addition: Addition): void {
    this.documents.set(file, addition);
    this.save();
  }

  forget(file: string): void {
    if (this.documents.delete(file)) this.save();
  }

  /** Temp file then rename: a kill mid-write leaves the previous record whole. */
  private save(): void {
    fs.mkdirSync(path.dirname(this.filePath), { recursive: true });
    const temp = `${this.filePath}.${process.pid}.tmp`;
    const body = {
      version: 1,
      documents: Object.fromEntries([...this.documents].sort(([a], [b]) => a.localeCompare(b))),
    };
    fs.writeFileSync(temp, `${JSON.stringify(body, null, 2)}\n`);
    fs.renameSync(temp, this.filePath);
  }
}
