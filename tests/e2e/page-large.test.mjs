// Long texts and bad input: a 1 MB paste keeps the page responsive (it is
// annotated in a worker and rendered in slices); files that are not text,
// not UTF-8 or too large get a plain message and the editor keeps its text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useHarness } from "./harness.mjs";
import { SEED, annotateInPage, articleText, openPage, paste, rendered, waitShown } from "./page-util.mjs";

/**
 * The article shows `text` whole, and one highlight per mention and quote of
 * annotate(text), with its label, entity id, text and kind.
 */
async function assertShows(page, text) {
  assert.equal(await articleText(page), text);
  const a = await annotateInPage(page, text);
  const shown = await rendered(page);
  assert.equal(shown.entities.length, a.entities.length);
  for (let i = 0; i < a.entities.length; i += 1) {
    const m = a.entities[i];
    const r = shown.entities[i];
    if (r.label !== m.label || r.id !== m.id || r.text !== text.slice(m.start, m.end).replace(/\n/g, "")) {
      assert.fail(`mention ${i} differs: ${JSON.stringify(r)} vs ${JSON.stringify(m)}`);
    }
  }
  assert.equal(shown.quotes.length, a.quotes.length);
  for (let i = 0; i < a.quotes.length; i += 1) {
    assert.equal(shown.quotes[i].kind, a.quotes[i].kind, `quote ${i}`);
  }
}

const CLIP = { permissions: ["clipboard-read", "clipboard-write"] };

const h = useHarness();

test("a 1 MB paste is annotated in a worker, with progress, and the page stays responsive", async () => {
  const page = await openPage(h, CLIP);
  const length = await page.evaluate(async () => {
    const news = await (await fetch("/tests/fixtures/news.txt")).text();
    let big = "";
    while (big.length < 1 << 20) big += `${news}\n`;
    await navigator.clipboard.writeText(big);
    // Measure: long tasks, the page's own lag (a 20 ms timer that reports how
    // late it fires), and whether the progress indicator appeared.
    window.__probe = { long: [], lag: 0, progress: false, pastedAt: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__probe.long.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: "longtask" });
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      if (window.__probe.pastedAt && now > window.__probe.pastedAt) window.__probe.lag = Math.max(window.__probe.lag, now - last - 20);
      last = now;
    }, 20);
    document.getElementById("editor").addEventListener("input", () => {
      setTimeout(() => { window.__probe.pastedAt = performance.now(); }, 0);
    });
    new MutationObserver(() => {
      if (!document.getElementById("progress").hidden) window.__probe.progress = true;
    }).observe(document.getElementById("progress"), { attributes: true });
    window.__big = big;
    return big.length;
  });
  assert.ok(length >= 1 << 20);
  await page.focus("#editor");
  const t0 = Date.now();
  await page.keyboard.press("Control+V");
  // while it works, the page answers
  const answers = [];
  for (let k = 0; k < 5; k++) {
    const s = Date.now();
    await page.evaluate(() => document.getElementById("status").textContent);
    answers.push(Date.now() - s);
  }
  await page.waitForSelector(`#article[data-state="done"][data-chars="${length}"]`, { timeout: 120_000 });
  const total = Date.now() - t0;
  const probe = await page.evaluate(() => window.__probe);
  const ours = probe.long.filter((t) => t.start >= probe.pastedAt - 1);
  const longest = Math.max(0, ...probe.long.map((t) => t.ms));
  const longestOurs = Math.max(0, ...ours.map((t) => t.ms));
  console.log(`1 MB paste: highlighted after ${total} ms; longest main-thread task ${Math.round(longest)} ms ` +
    `(the browser's own paste into the textarea included), longest after the paste ${Math.round(longestOurs)} ms, ` +
    `worst timer lag ${Math.round(probe.lag)} ms, round trips while busy ${answers.join("/")} ms; status: ${await page.textContent("#status")}`);
  assert.ok(h.server.requests.includes("/www/worker.js"), "the worker annotated it");
  assert.ok(probe.progress, "a progress indicator was shown");
  assert.ok(await page.locator("#progress").isHidden(), "and hidden when done");
  assert.ok(longestOurs < 1000, `no task of the page's own blocks for a second (longest ${longestOurs} ms)`);

  // what is shown is annotate()'s output, and the text is whole
  const big = await page.evaluate(() => window.__big);
  await assertShows(page, big);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** Drops a file made of `bytes` on the page, as a drag and drop does. */
function drop(page, name, bytes) {
  return page.evaluate(({ name, bytes, size }) => {
    const data = size ? new Uint8Array(size).fill(0x61) : new Uint8Array(bytes);
    const dt = new DataTransfer();
    dt.items.add(new File([data], name));
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { name, bytes: Array.isArray(bytes) ? bytes : [], size: typeof bytes === "number" ? bytes : 0 });
}

test("files that are not UTF-8 text, or too large, get a plain message and the text is kept", async () => {
  const page = await openPage(h, CLIP);
  await paste(page, SEED);
  const error = async () => {
    await page.waitForSelector("#error:not([hidden])");
    return page.textContent("#error");
  };
  const cases = [
    ["report.pdf", [...Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "latin1")], /not a text file.*PDF/],
    ["photo.txt", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], /not a text file.*image/],
    ["data.bin", [1, 2, 3, 0, 5, 6, 7, 0, 0, 0], /not a text file.*binary/],
    ["latin1.txt", [...Buffer.from("Caf\xe9 in M\xfcnchen, said Fran\xe7ois.", "latin1")], /not UTF-8/],
    ["huge.txt", 49 * 1024 * 1024, /16 MB/], // too many bytes to be 16 Mi characters
    ["long.txt", 17 * 1024 * 1024, /holds 17 MB.*16 MB/], // too many characters
  ];
  for (const [name, bytes, pattern] of cases) {
    await drop(page, name, bytes);
    const message = await error();
    assert.match(message, pattern, `${name}: ${message}`);
    assert.ok(message.includes(name), "the message names the file");
    assert.equal(await page.inputValue("#editor"), SEED, `${name}: the editor keeps its text`);
    assert.equal(await articleText(page), SEED, `${name}: the article keeps its text`);
    await page.evaluate(() => { document.getElementById("error").hidden = true; });
  }
  // a paste too large for the tab is refused with a message, the text kept
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData("text/plain", "x".repeat(17 * 1024 * 1024));
    document.getElementById("editor").dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  assert.match(await error(), /16 MB/);
  assert.equal(await page.inputValue("#editor"), SEED);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.dialogs, []);
  await page.context().close();
});

test("UTF-8 and UTF-16 text files open and are annotated", async () => {
  const page = await openPage(h);
  const text = `Ünïcödé 😀 ${SEED.slice(0, 600)}`;
  for (const [name, buffer] of [
    ["utf8.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
    ["utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
  ]) {
    await page.setInputFiles("#file", { name, mimeType: "text/plain", buffer });
    await waitShown(page, text);
    assert.equal(await page.inputValue("#editor"), text, name);
    assert.equal(await articleText(page), text, name);
    const a = await annotateInPage(page, text);
    assert.equal((await rendered(page)).entities.length, a.entities.length);
    await page.fill("#editor", "");
    await waitShown(page, "");
  }
  await page.context().close();
});

test("edits during a long render win, and an interrupted render is finished", async () => {
  const page = await openPage(h);
  const big = await page.evaluate(async () => {
    const news = await (await fetch("/tests/fixtures/news.txt")).text();
    let t = "";
    while (t.length < 600_000) t += `${news}\n`;
    return t;
  });
  const put = (text) => page.evaluate((t) => {
    const e = document.getElementById("editor");
    e.value = t;
    e.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
  }, text);
  // 1. a new paste while the long text is being rendered replaces it. The
  // second paste is made from a MutationObserver the moment the render starts
  // (a poll may never see that state: the render yields to tasks, not frames).
  const during = await page.evaluate(({ first, second }) => new Promise((resolve) => {
    const article = document.getElementById("article");
    const e = document.getElementById("editor");
    const observer = new MutationObserver(() => {
      if (article.dataset.state !== "rendering" || e.value !== first) return;
      observer.disconnect();
      const shown = article.textContent.length; // the render is under way, not done
      e.value = second;
      e.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
      resolve({ shown, state: article.dataset.state });
    });
    observer.observe(article, { attributes: true, attributeFilter: ["data-state"] });
    e.value = first;
    e.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
  }), { first: big, second: SEED });
  assert.equal(during.state, "rendering");
  assert.ok(during.shown < big.length, "the second paste came before the first render ended");
  await waitShown(page, SEED);
  assert.equal(await articleText(page), SEED);
  // 2. the same text again while its render runs (type and undo a letter): the render completes
  await put(big);
  await waitShown(page, big, 120_000);
  const states = await page.evaluate(() => {
    const article = document.getElementById("article");
    document.querySelector('#legend button[data-key="PERSON"]').click(); // a repaint starts
    const during = article.dataset.state;
    // an input event that leaves the text as it is, while the repaint runs
    document.getElementById("editor").dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
    return during;
  });
  assert.equal(states, "rendering", "the repaint was under way");
  await page.waitForTimeout(50);
  await waitShown(page, big, 120_000);
  assert.equal(await articleText(page), big);
  assert.equal(await page.locator('#article .nm-ent[data-label="PERSON"]').count(), 0, "the legend's choice holds");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a long paste shows its head highlighted first, then annotate()'s full output", async () => {
  const page = await openPage(h);
  const big = await page.evaluate(async () => {
    const news = await (await fetch("/tests/fixtures/news.txt")).text();
    let t = "";
    while (t.length < 1 << 20) t += `${news}\n`;
    // Record each data-state the article takes, with what it shows at that moment.
    const article = document.getElementById("article");
    window.__states = [];
    new MutationObserver(() => {
      const s = article.dataset.state;
      const last = window.__states.at(-1);
      if (last?.state === s) return;
      const at = performance.now();
      const clone = article.cloneNode(true);
      for (const d of clone.querySelectorAll("[data-nm-decoration]")) d.remove();
      const shown = clone.textContent;
      window.__states.push({
        state: s, at, marks: article.querySelectorAll(".nm-ent").length,
        chars: shown.length, progress: !document.getElementById("progress").hidden,
        prefix: shown.length > 0 && t.startsWith(shown),
      });
    }).observe(article, { attributes: true, attributeFilter: ["data-state"] });
    const e = document.getElementById("editor");
    window.__pastedAt = performance.now();
    e.value = t;
    e.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
    return t;
  });
  await waitShown(page, big, 120_000);
  const { states, pastedAt } = await page.evaluate(() => ({ states: window.__states, pastedAt: window.__pastedAt }));
  const seq = states.map((s) => s.state);
  const head = states.find((s) => s.state === "partial");
  const done = states.findLast((s) => s.state === "done");
  assert.ok(head, `a partial state came first (states: ${seq.join(" → ")})`);
  assert.ok(seq.indexOf("partial") < seq.lastIndexOf("done"), `partial before done: ${seq.join(" → ")}`);
  assert.ok(head.marks > 0, "the head is highlighted");
  assert.ok(head.chars >= 32 * 1024 && head.chars < big.length / 2, `only the head is shown (${head.chars} chars)`);
  assert.ok(head.prefix, "the head is the start of the text");
  assert.ok(head.progress, "the progress indicator still runs while the rest is annotated");
  console.log(`1 MB paste: head (${head.chars} chars, ${head.marks} mentions) highlighted after ${Math.round(head.at - pastedAt)} ms, ` +
    `all done after ${Math.round(done.at - pastedAt)} ms; states ${seq.join(" → ")}`);

  // the final rendering is annotate()'s output for the whole text, not the head's
  await assertShows(page, big);
  assert.ok(await page.locator("#progress").isHidden(), "progress hidden when done");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a new text while the head is shown wins: the old text's full result never shows", async () => {
  const page = await openPage(h);
  const big = await page.evaluate(async () => {
    const news = await (await fetch("/tests/fixtures/news.txt")).text();
    let t = "";
    while (t.length < 1 << 20) t += `${news}\n`;
    return t;
  });
  const put = (text) => page.evaluate((t) => {
    const e = document.getElementById("editor");
    e.value = t;
    e.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
  }, text);
  await put(big);
  await page.waitForSelector('#article[data-state="partial"]', { timeout: 60_000 });
  await put(SEED);
  await waitShown(page, SEED);
  // give a stale full result time to arrive if it were not cancelled
  await page.waitForTimeout(1500);
  assert.equal(await page.getAttribute("#article", "data-state"), "done");
  assert.equal(await articleText(page), SEED);
  assert.equal(await page.inputValue("#editor"), SEED);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a legend toggle while the worker annotates applies, and the new text still shows", async () => {
  const page = await openPage(h);
  const put = (text) => page.evaluate((t) => {
    const e = document.getElementById("editor");
    e.value = t;
    e.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
  }, text);
  await put(SEED);
  await waitShown(page, SEED);
  const big = await page.evaluate(async () => {
    const news = await (await fetch("/tests/fixtures/news.txt")).text();
    // over 64 Ki characters: the worker; under 128 Ki: no head, so the old text shows until the whole is in
    const t = news + news.slice(0, 10_000);
    const e = document.getElementById("editor");
    e.value = t;
    e.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
    // the worker has the text, and its answer cannot arrive before this task ends: the toggle comes while it works
    document.querySelector('#legend button[data-key="DATE"]').click();
    return t;
  });
  assert.ok((await annotateInPage(page, big)).entities.some((m) => m.label === "DATE"), "the text has dates");
  await waitShown(page, big);
  assert.equal(await articleText(page), big, "the new text is shown");
  assert.equal(await page.getAttribute('#legend button[data-key="DATE"]', "aria-pressed"), "false");
  assert.equal(await page.locator('#article .nm-ent[data-label="DATE"]').count(), 0, "and the dates stay hidden");
  assert.ok(await page.locator("#progress").isHidden(), "progress hidden when done");
  await page.click('#legend button[data-key="DATE"]');
  await page.waitForSelector('#article[data-state="done"] .nm-ent[data-label="DATE"]');
  await assertShows(page, big);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
