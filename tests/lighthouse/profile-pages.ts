// `npm run lighthouse:profile -w @bmrts/tests`: opens the pages Lighthouse measures in Chromium (at a phone's width,
// unthrottled) with the CPU profiler on, prints each page's hottest functions by their own time, and writes the profiles
// to /tmp/prof-<page>.cpuprofile (open them in Chromium's DevTools, Performance panel). Build with
// `npx vite build --minify false` in web/ first to read function names.
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { startProductionServer } from './production-server';
import { measuredPages } from './pages';

const server = await startProductionServer();
const pages = await measuredPages(server.baseUrl);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const p of pages) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
  if (p.session) await ctx.addCookies([{ name: p.session.name, value: p.session.value, url: server.baseUrl }]);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(server.baseUrl + p.path, { waitUntil: 'networkidle' });
  const { profile } = await cdp.send('Profiler.stop');
  // Self time per function.
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const dts = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const n = nodes.get(id);
    if (!n) return;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\//, '')}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dts[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`== ${p.name} ${Date.now() - t0} ms wall, profile ${total.toFixed(0)} ms`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(v.toFixed(1).padStart(8), k);
  writeFileSync(`/tmp/prof-${p.name.replace(/\W+/g, '-')}.cpuprofile`, JSON.stringify(profile));
  await ctx.close();
}
await browser.close();
await server.stop();
