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

/**
 * SQLite's "database is locked" in any form (SQLITE_BUSY, _RECOVERY, _SNAPSHOT, _TIMEOUT): another connection holds a
 * lock for longer than busy_timeout, a backup's probe or a closing last connection. It passes, so the file stays
 * watched and is tried again at the next interval. SQLITE_LOCKED is not among them: without shared cache it would mean
 * this worker's own connection is in its own way, which does not pass by waiting.
 */
function isBusy(err) {
  return typeof err?.code === 'string' && err.code.startsWith('SQLITE_BUSY');
}

function open(file, walCap) {
  caps.set(file, walCap ?? walCapBytes);
  try {
    // fileMustExist: a test may delete its folder right after closing; never create an empty database here.
    const db = new Database(file, { fileMustExist: true });
    // Reads nothing, so no lock can refuse it; settings that read the file wait for the first checkpoint (tune()).
    db.pragma('busy_timeout = 2000');
    watched.set(file, db);
  } catch (err) {
    parentPort.postMessage({ type: 'error', file, message: String(err) });
  }
}

/** Connections whose settings are applied; `synchronous` reads the schema, so it can meet a lock like a checkpoint. */
const tuned = new WeakSet();

function tune(db) {
  if (tuned.has(db)) return;
  db.pragma('synchronous = FULL');
  tuned.add(db);
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
      tune(db);
      // PASSIVE copies what it can without waiting for anyone; the writer goes on meanwhile.
      db.pragma('wal_checkpoint(PASSIVE)');
      // Past the cap, wait for a moment without writers and start the WAL over, so it cannot grow without bound.
      if (walBytes(file) > (caps.get(file) ?? walCapBytes)) {
        const [row] = db.pragma('wal_checkpoint(TRUNCATE)');
        parentPort.postMessage({ type: 'truncated', file, busy: row?.busy ?? 0 });
      }
    } catch (err) {
      if (isBusy(err)) continue;
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
  } else if (message.type === 'checkpoint-now') checkpointAll();
});
setInterval(checkpointAll, intervalMs);
