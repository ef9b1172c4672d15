// The WAL checkpointer's thread: its own connection to each watched SQLite file, checkpointing off the request path.
// Plain JavaScript so it loads in a worker thread under any runner (tsx, vitest, node).
import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { intervalMs, walCapBytes } = workerData;
/** file → its connection */
const watched = new Map();
/** file → the WAL size past which it is truncated */
const caps = new Map();

function walBytes(file) {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

function open(file, walCap) {
  caps.set(file, walCap ?? walCapBytes);
  try {
    // fileMustExist: a test may delete its folder right after closing; never create an empty database here.
    const db = new Database(file, { fileMustExist: true });
    db.pragma('busy_timeout = 2000');
    db.pragma('synchronous = FULL');
    watched.set(file, db);
  } catch (err) {
    parentPort.postMessage({ type: 'error', file, message: String(err) });
  }
}

function close(file) {
  const db = watched.get(file);
  watched.delete(file);
  caps.delete(file);
  try {
    db?.close();
  } catch {
    // already gone
  }
}

function checkpointAll() {
  for (const [file, db] of watched) {
    try {
      // PASSIVE copies what it can without waiting for anyone; the writer goes on meanwhile.
      db.pragma('wal_checkpoint(PASSIVE)');
      // Past the cap, wait for a moment without writers and start the WAL over, so it cannot grow without bound.
      if (walBytes(file) > (caps.get(file) ?? walCapBytes)) {
        const [row] = db.pragma('wal_checkpoint(TRUNCATE)');
        parentPort.postMessage({ type: 'truncated', file, busy: row?.busy ?? 0 });
      }
    } catch (err) {
      if (String(err).includes('SQLITE_BUSY')) continue;
      parentPort.postMessage({ type: 'error', file, message: String(err) });
      close(file);
    }
  }
}

parentPort.on('message', (message) => {
  if (message.type === 'watch') open(message.file, message.walCapBytes);
  else if (message.type === 'unwatch') {
    close(message.file);
    parentPort.postMessage({ type: 'unwatched', file: message.file });
  }
  else if (message.type === 'checkpoint-now') checkpointAll();
});
setInterval(checkpointAll, intervalMs);
