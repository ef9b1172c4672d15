// The benchmark scripts' command-line options: `--name value`, or the fallback.
export function option(name: string, fallback: number | string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? String(process.argv[index + 1]) : String(fallback);
}
