// The web console in a real browser (Debian's Chromium driven by playwright-core) against a real
// `vigil up`: sign in with the admin token, see an alert raised by a behaviour on this host
// appear live, open its process tree, run a search (and see a filter's mistake with its place),
// look at the rules; a screenshot of each page in test-artifacts/console/, and axe-core on each
// page: no serious or critical accessibility violation.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { chromium, type Page } from 'playwright-core';
import { findExecutable } from '@vigil/backplane';
import { startVigilUp } from './vigil-up.js';

const repo = fileURLToPath(new URL('../../../../../', import.meta.url));
const artifacts = join(repo, 'test-artifacts', 'console');
const browserPath = findExecutable('chromium');
const skip =
  process.getuid?.() !== 0
    ? 'needs root: vigil up runs the sensor (runs in CI as root)'
    : !browserPath
      ? 'chromium is not installed: apt-get install chromium (scripts/bootstrap.sh test does)'
      : false;

/** axe-core's serious and critical violations on the page as it is. */
async function accessibility(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  // Run in the page (a string: this file is compiled without the DOM's types).
  const result = await page.evaluate<Array<{ id: string; impact: string; nodes: number }>>(
    `axe.run().then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`,
  );
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes} nodes)`);
}

test(
  'the console: sign in, a live alert, its process tree, a search, the rules — in Chromium, accessible',
  { skip },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-console-'));
    const up = await startVigilUp(t, dir, 'log:\n  level: warn\n');
    const endpoints = (
      JSON.parse(readFileSync(join(dir, 'data', 'endpoints.json'), 'utf8')) as {
        endpoints: Record<string, string>;
      }
    ).endpoints;
    const rest = endpoints['api.rest']!;
    const token = readFileSync(endpoints['api.token']!, 'utf8').trim();
    mkdirSync(artifacts, { recursive: true });

    const browser = await chromium.launch({ executablePath: browserPath!, args: ['--no-sandbox'] });
    t.after(() => browser.close());
    // The console's content security policy forbids injected scripts; axe-core is one.
    const context = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const shoot = async (name: string) => {
      await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
      const a11y = await accessibility(page);
      assert.deepEqual(a11y, [], `${name}: accessibility violations`);
    };

    await page.goto(`${rest}/console/`);
    await shoot('sign-in');
    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    assert.ok(!page.url().includes(token), 'the token is never in a URL');
    await page.getByRole('cell', { name: 'ok' }).first().waitFor({ timeout: 30_000 });
    await shoot('overview');

    // Alerts: a behaviour on this host after the page is open, its alert live.
    await page.getByRole('link', { name: 'Alerts' }).click();
    await page.getByText('Stream: live').waitFor();
    const marker = randomBytes(4).toString('hex');
    const row = page.locator('tr.alert-row', { hasText: marker });
    const deadline = Date.now() + 60_000;
    while (!(await row.isVisible())) {
      assert.ok(Date.now() < deadline, `no live alert for ${marker}: ${up.err().slice(-1500)}`);
      spawn('/bin/sh', ['-c', `read x < /etc/shadow; : ${marker}`], { stdio: 'ignore' });
      await row.waitFor({ timeout: 3_000 }).catch(() => undefined);
    }
    assert.match((await row.textContent()) ?? '', /Shadow file read/);
    await shoot('alerts');

    // Its process tree (the recorder may take a moment to have it).
    await row.getByRole('link', { name: 'Process tree' }).click();
    const treeDeadline = Date.now() + 30_000;
    while (!(await page.getByRole('heading', { name: 'Process tree' }).isVisible())) {
      assert.ok(
        Date.now() < treeDeadline,
        `no process tree: ${await page.locator('main').textContent()}`,
      );
      await page.waitForTimeout(1_000);
      await page.getByRole('button', { name: 'Open' }).click();
    }
    await page.getByText('processExec').first().waitFor();
    await shoot('investigate');
    // A process not (yet) in the history is asked for again before the page says so: the
    // recorder commits a moment after the detector has seen the event.
    const asked: string[] = [];
    const countTree = (r: { url(): string }) => {
      if (r.url().includes('/v1/tree/vm%3A1%3A1')) asked.push(r.url());
    };
    page.on('request', countTree);
    await page.goto(`${rest}/console/#/investigate/${encodeURIComponent('vm:1:1')}`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'no process vm:1:1 in the recorded history' })
      .waitFor({ timeout: 10_000 });
    page.off('request', countTree);
    assert.equal(asked.length, 3, `asked ${asked.length} times before saying it is not there`);
    await page.goBack();
    await page.getByRole('heading', { name: 'Process tree' }).waitFor();
    // Open on the uid already shown asks the recorder again (history grows while one looks).
    await Promise.all([
      page.waitForRequest((r) => r.url().includes('/v1/tree/'), { timeout: 5_000 }),
      page.getByRole('button', { name: 'Open' }).click(),
    ]);
    await page.getByRole('heading', { name: 'Process tree' }).waitFor();

    // Search: a filter's mistake with its place, then results.
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByLabel('Filter (the rule language)').fill('fd.name =');
    await page.getByRole('button', { name: 'Search' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /line 1, column \d+/ })
      .waitFor();
    await page.getByLabel('Filter (the rule language)').fill(`fd.name = /etc/shadow`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('tr.event-row').first().waitFor({ timeout: 20_000 });
    await shoot('search');

    await page.getByRole('link', { name: 'Rules' }).click();
    await page.getByText(/\d+ rules in force/).waitFor();
    await page.getByRole('heading', { name: 'Add a rules file' }).waitFor();
    // An admin disables a rule and enables it again (the console's own rules file, put through
    // the API; the detectors reload it).
    const shadowRow = page
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'Shadow file read', exact: true }) });
    await page.getByRole('button', { name: 'Disable Shadow file read' }).click();
    await shadowRow
      .getByRole('cell', { name: 'disabled', exact: true })
      .waitFor({ timeout: 15_000 });
    await shoot('rules');
    await page.getByRole('button', { name: 'Enable Shadow file read' }).click();
    await shadowRow
      .getByRole('cell', { name: 'enabled', exact: true })
      .waitFor({ timeout: 15_000 });
    assert.deepEqual(problems, [], 'no script error in the page');
    t.diagnostic(`screenshots in ${artifacts}`);
  },
);
