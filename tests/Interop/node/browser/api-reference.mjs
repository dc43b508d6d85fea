// Opens the gateway's API reference page in Debian's headless Chromium, as a partner's developer
// would, opens every group of its sidebar, and prints one JSON line for the test to check: the page
// title, the operations the sidebar lists ("GET /api/v1/funds/{id}") and any request that failed.
// Usage: node browser/api-reference.mjs http://127.0.0.1:8080/docs
import { chromium } from 'playwright-core';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  // The machine's network is closed: no background calls, no first-run or update traffic.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const failed = [];
  page.on('requestfailed', request => failed.push(request.url()));
  await page.goto(process.argv[2], { waitUntil: 'networkidle', timeout: 45_000 });
  await page.locator('[data-sidebar-id]').first().waitFor({ timeout: 45_000 });
  // Handles, not locators: a group once opened no longer matches the selector.
  for (let round = 0; round < 3; round++) {
    const closed = await page.$$('.t-doc__sidebar [aria-expanded="false"]');
    for (const group of closed) await group.click();
    if (closed.length === 0) break;
  }
  // Scalar names each sidebar entry "<document>/tag/<tag>/<METHOD><path>".
  const ids = await page.$$eval('[data-sidebar-id]', items => items.map(item => item.getAttribute('data-sidebar-id')));
  const operations = new Set(ids.flatMap(id => {
    const match = /\/(GET|POST|PUT|PATCH|DELETE)(\/.*)$/.exec(id);
    return match ? [`${match[1]} ${match[2]}`] : [];
  }));
  console.log(JSON.stringify({ title: await page.title(), operations: [...operations], failed }));
} finally {
  await browser.close();
}
