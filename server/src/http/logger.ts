// The server's log: one JSON object per line (pino), so no text a caller sends can pass for a line of its own.
import { pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** JSON lines with an ISO time and the level's name; to stdout unless a destination is given (tests collect lines). */
export function createLogger(destination?: DestinationStream): Logger {
  const options = {
    base: undefined,
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}
