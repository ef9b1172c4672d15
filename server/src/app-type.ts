// The app's type, for the web's typed Hono client (imported as a type only).
export type { AppType } from './app';
