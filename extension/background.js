// The service worker: runs only when the reader clicks the toolbar button or
// presses its shortcut (Alt+Shift+M). The first click on a tab injects the
// content script, which finds the article and reads its text; the text is
// annotated here, by the WebAssembly annotator packed in the extension, and
// sent back to be highlighted and listed. A second click clears everything.
// Nothing is fetched from the network: the .wasm comes from the extension's
// own files (chrome-extension://…/pkg/newsmark_bg.wasm).
import init, { annotate } from "./pkg/newsmark.js";
import { highlightCss, loadSettings } from "./settings.js";

let loading = null;
/** Instantiates the annotator once per service-worker lifetime. */
function ready() {
  loading ??= (async () => {
    const response = await fetch(chrome.runtime.getURL("pkg/newsmark_bg.wasm"));
    await init({ module_or_path: await response.arrayBuffer() });
  })();
  loading.catch(() => { loading = null; }); // a later click tries again
  return loading;
}

const busy = new Set(); // tabs being marked: a click meanwhile waits for the next one

chrome.action.onClicked.addListener((tab) => {
  if (tab.id === undefined || busy.has(tab.id)) return;
  busy.add(tab.id);
  const tabId = tab.id;
  toggle(tabId)
    .then(() => say(tabId, "", ""))
    .catch((error) => {
      // e.g. the browser's own pages and the extension stores, which no extension may read
      console.error("newsmark:", error);
      return say(tabId, "!", `newsmark cannot read this page: ${error?.message ?? error}`);
    })
    .finally(() => busy.delete(tabId));
});

/** Shows on the button that the last press failed (text "!", and why in its tooltip), or clears that. */
async function say(tabId, text, title) {
  await chrome.action.setBadgeText({ tabId, text }).catch(() => {});
  await chrome.action.setTitle({ tabId, title }).catch(() => {}); // "" restores the manifest's title
}

async function toggle(tabId) {
  const target = { tabId };
  // Already marked? Then this click clears: the content script forgets its
  // ranges and panel and hands back the stylesheet to remove.
  const [probe] = await chrome.scripting.executeScript({
    target, func: () => globalThis.__newsmark?.clear() ?? null,
  });
  if (probe?.result) {
    if (probe.result.css !== "") await chrome.scripting.removeCSS({ target, css: probe.result.css });
    return;
  }
  const settings = await loadSettings();
  const annotator = ready();
  await chrome.scripting.executeScript({ target, files: ["content.js"] });
  const [{ result: read }] = await chrome.scripting.executeScript({
    target, func: () => globalThis.__newsmark.read(),
  });
  let annotations = null, error = null;
  try {
    await annotator;
    annotations = annotate(read.text);
  } catch (e) {
    error = String(e?.message ?? e);
  }
  const css = highlightCss(settings);
  await chrome.scripting.insertCSS({ target, css });
  await chrome.scripting.executeScript({
    target,
    func: (annotations, settings, css, error) => globalThis.__newsmark.show(annotations, settings, css, error),
    args: [annotations, settings, css, error],
  });
}

// The panel's close button clears the page itself and asks for the
// stylesheet to be removed (only the service worker can remove it).
chrome.runtime.onMessage.addListener((message, sender) => {
  const tabId = sender.tab?.id;
  if (message?.type !== "cleared" || tabId === undefined || typeof message.css !== "string" || message.css === "") return;
  chrome.scripting.removeCSS({ target: { tabId }, css: message.css }).catch((e) => console.error("newsmark:", e));
});
