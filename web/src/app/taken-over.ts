// The event the app sends once React has taken over the page the server drew (providers.tsx, after its first commit):
// main.tsx holds a form sent before then and sends it again at this moment, with what was typed into it.
export const TAKEN_OVER_EVENT = 'bmrts:taken-over';
