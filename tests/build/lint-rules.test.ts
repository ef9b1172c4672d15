// The house plan's rules bite: each breach below fails `npm run lint`, and the same file without it passes.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

// The repository's own eslint.config.mjs, less the type-aware parsing: building the server's TypeScript program
// would take most of a minute, and none of the rules proven here needs types.
const eslint = new ESLint({
  cwd: repoRoot,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

/** The rules that fail `code` as if it were saved at `filePath` (relative to the repository root). */
async function brokenRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('the lint rules that enforce the house plan', () => {
  it('refuses a web feature importing another feature, and accepts the same feature using web/src/lib', async () => {
    const file = 'web/src/features/inbox/lint-probe.ts';
    expect(await brokenRules(file, "import { requestKey } from '../requests/api';\nexport const key = requestKey('r-1');\n")).toEqual([
      'boundaries/dependencies',
    ]);
    expect(
      await brokenRules(file, "import { pick } from '../../lib/use-lang';\nexport const title = pick({ th: 'ก', en: 'a' }, 'th');\n"),
    ).toEqual([]);
  });

  it("lets web import the server's AppType as a type only, never as a value", async () => {
    const file = 'web/src/lib/lint-probe.ts';
    const client = (importLine: string) => `${importLine}\nexport type Routes = AppType;\n`;
    expect(await brokenRules(file, client("import { type AppType } from '@bmrts/server/app-type';"))).toEqual(['boundaries/dependencies']);
    expect(await brokenRules(file, client("import type { AppType } from '@bmrts/server/app-type';"))).toEqual([]);
  });

  it('refuses process.env in a server service, and accepts the same service handed its setting', async () => {
    const file = 'server/src/requests/lint-probe-service.ts';
    expect(await brokenRules(file, "export const limit = Number(process.env.BMRTS_LIMIT ?? '10');\n")).toEqual([
      'no-restricted-properties',
    ]);
    expect(await brokenRules(file, 'export const limitOf = (configured: number | undefined) => configured ?? 10;\n')).toEqual([]);
  });

  it('refuses a server file importing from web, and accepts it importing from shared', async () => {
    const file = 'server/src/requests/lint-probe.ts';
    expect(await brokenRules(file, "import { pick } from '../../../web/src/lib/use-lang';\nexport const speak = pick;\n")).toEqual([
      'boundaries/dependencies',
    ]);
    expect(await brokenRules(file, "import { errorMessage } from '@bmrts/shared';\nexport const speak = errorMessage;\n")).toEqual([]);
  });

  it('refuses console.log in a server route, and accepts the same route logging through the logger', async () => {
    const file = 'server/src/requests/lint-probe-routes.ts';
    const route = (line: string) =>
      `import type { Logger } from '../http/logger';\nexport function onDecision(logger: Logger, id: string): void {\n  ${line}\n}\n`;
    expect(await brokenRules(file, route('console.log(`decided ${id}`);'))).toEqual(['no-console']);
    expect(await brokenRules(file, route('logger.info({ id }, "decided");'))).toEqual([]);
  });
});
