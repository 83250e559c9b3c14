// The body of checkIndexFile's worker thread: plain JavaScript, so it starts without a TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

let message;
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try {
    message = { result: String(db.pragma('quick_check(1)', { simple: true })) };
  } finally {
    db.close();
  }
} catch (error) {
  // A file too damaged to read is damaged all the same; any other failure says nothing of the file.
  const code = error?.code;
  message =
    code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB'
      ? { result: `${code}: ${error.message}` }
      : { error: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(message);
