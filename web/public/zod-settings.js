// zod probes `new Function('')` when it builds a schema, to compile faster parsers. The Content-Security-Policy
// forbids eval, and the browser reports the blocked probe as a violation even though zod catches it. zod reads this
// object when its module loads, so it must be set before any module runs; the interpreted parsers are fast enough
// for forms. A file, not an inline script, because the policy allows no inline script.
globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };
