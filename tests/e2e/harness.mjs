// Shared set-up for the browser tests: serve the repository on 127.0.0.1 and
// drive Debian's Chromium with playwright-core. Every test file imports this.
import { chromium } from "playwright-core";
import { after, before } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/static-server.mjs";

export const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const ARTIFACTS = join(REPO, "tests", "e2e", "artifacts");

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Flags for every test browser: no GPU, and none of Chromium's own background requests. */
export const ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/**
 * Starts a server on `root` (default: the repository, so `/www/` is the page)
 * and a browser. Returns `{ url, browser, server, newPage, offsite, close }`:
 * `newPage()` opens a page that records every request not to 127.0.0.1 in
 * `offsite` (each test asserts it stays empty) and every dialog in `page.dialogs`.
 */
export async function start({ root = REPO, headers } = {}) {
  await mkdir(ARTIFACTS, { recursive: true });
  const server = await serve(root, 0, { headers });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const offsite = [];
  async function newPage(options = {}) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.dialogs = [];
    page.errors = [];
    page.on("dialog", (d) => { page.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    page.on("pageerror", (e) => page.errors.push(String(e)));
    await context.route("**/*", (route) => {
      const u = new URL(route.request().url());
      if (u.protocol === "data:" || u.protocol === "blob:" || u.hostname === "127.0.0.1") return route.continue();
      offsite.push(route.request().url());
      return route.abort();
    });
    return page;
  }
  return {
    url: server.url, browser, server, newPage, offsite,
    close: async () => { await browser.close(); await server.close(); },
  };
}

/**
 * For a test file: starts the harness before its tests and, after them,
 * asserts that no request left 127.0.0.1 and closes it. Returns an object
 * that holds `start()`'s result once the tests run.
 */
export function useHarness(options) {
  const h = {};
  before(async () => { Object.assign(h, await start(options)); });
  after(async () => {
    assert.deepEqual(h.offsite, [], "no request may leave 127.0.0.1");
    await h.close();
  });
  return h;
}
