// The reading page: paste or type an article, see it highlighted as you go.
//
// This module starts the page and wires its parts together:
//   pipeline.js   the editor's text → annotate() (here or in worker.js) → the article
//   panels.js     legend, entities, quotes and notes, built from the annotations
//   selection.js  an entity's mentions lit and stepped through, a quote made current
//   tooltip.js    the floating tooltip, with the rules behind a highlight (Explain)
//   files.js      opening and dropping files, the sample
//   store.js      the draft, the theme and the Explain choice, kept in the browser
//   status.js     the status line, progress bar and error box
// Pasted text only ever reaches the DOM as text nodes; nothing is sent anywhere.
import init, { version } from "./pkg/newsmark.js";
import { annotationsJson, articleFragmentHtml, articleHtml, webAnnotation } from "./export.js";
import { createFiles, wireDrop } from "./files.js";
import { megabytes, plural } from "./format.js";
import { createPanels } from "./panels.js";
import { createPipeline, WORKER_AT } from "./pipeline.js";
import { createSelection } from "./selection.js";
import { createStatus } from "./status.js";
import { createDrafts, setupExplain, setupTheme } from "./store.js";
import { createTooltip } from "./tooltip.js";

const TYPING_DELAY = 150; // ms after the last keystroke (short texts)
const TYPING_DELAY_LONG = 400; // ms after the last keystroke (long texts)
const EXPORTS = ["export-json", "export-wa", "copy-html"];

const $ = (id) => document.getElementById(id);
const els = {
  editor: $("editor"), article: $("article"), legend: $("legend"), status: $("status"),
  progress: $("progress"), error: $("error"), entities: $("entities"), quotes: $("quotes"),
  diagnostics: $("diagnostics"), file: $("file"), drop: $("drop"), theme: $("theme"), explain: $("explain"),
  entitiesCount: $("entities-count"), quotesCount: $("quotes-count"), diagnosticsCount: $("diagnostics-count"),
};

const status = createStatus(els);
const drafts = createDrafts(els.editor);
setupTheme(els.theme);
let kept = null; // the entity selected before a repaint, selected again after it
const pipeline = createPipeline({
  article: els.article, editor: els.editor, status,
  explain: setupExplain(els.explain, (on) => pipeline.setExplain(on)),
  on: {
    annotations(view) {
      kept = null;
      tooltip.hide();
      selection.clear(false);
      setExports(false);
      panels.build(view);
    },
    repaint(view) {
      tooltip.hide();
      const was = selection.clear(false);
      kept = view.partial ? null : was;
    },
    done(view) {
      setExports(Boolean(view.text.trim()));
      if (kept != null) selection.selectEntity(kept, { step: false });
      kept = null;
    },
  },
});
const selection = createSelection({ article: els.article, entityList: els.entities, quoteList: els.quotes, status, view: pipeline.view });
const panels = createPanels({ els, hidden: pipeline, selection, status });
const tooltip = createTooltip({ article: els.article, view: pipeline.view });
const files = createFiles({ limit: pipeline.limit, status, put: replaceText });

wire();
try {
  await init();
  pipeline.start();
  $("version").textContent = version();
  document.documentElement.dataset.ready = "1";
} catch (e) {
  status.showError(`The annotator (WebAssembly) could not start in this browser: ${e.message ?? e}. Your text is safe in the box above.`);
}
drafts.restore();
if (els.editor.value) pipeline.schedule(0);

function wire() {
  const { editor } = els;
  editor.addEventListener("input", (e) => {
    const long = editor.value.length > WORKER_AT;
    const pasted = e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop";
    // a long paste goes to the worker at once, so it annotates the head while the browser lays out the text
    if (pasted && long) pipeline.runNow("");
    else pipeline.schedule(pasted ? 0 : long ? TYPING_DELAY_LONG : TYPING_DELAY, "");
    drafts.saveSoon();
  });
  editor.addEventListener("paste", (e) => {
    const incoming = e.clipboardData?.getData("text/plain") ?? "";
    const { selectionStart: a, selectionEnd: b, value } = editor;
    const limit = pipeline.limit();
    if (value.length - (b - a) + incoming.length > limit) {
      e.preventDefault();
      status.showError(`That paste is ${megabytes(incoming.length)}; this page annotates up to ${megabytes(limit)} of text in one tab. Paste a shorter part. Nothing in the box was changed.`);
    }
  });
  $("sample").addEventListener("click", files.loadSample);
  $("clear").addEventListener("click", () => {
    editor.value = "";
    drafts.saveSoon();
    pipeline.schedule(0, "");
    editor.focus();
  });
  els.file.addEventListener("change", () => {
    if (els.file.files?.[0]) files.open(els.file.files[0]);
    els.file.value = "";
  });
  wireDrop(els.drop, files.open);
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    if (tooltip.hide()) return;
    if (selection.active) selection.clear(true);
  });
  $("export-json").addEventListener("click", () => {
    const { text, ann } = pipeline.view();
    download("newsmark-annotations.json", "application/json", annotationsJson(text, ann, version()));
    status.say("Saved the annotations as JSON (offsets in UTF-16 code units).");
  });
  $("export-wa").addEventListener("click", () => {
    const { text, ann } = pipeline.view();
    const doc = webAnnotation(text, ann, version());
    download("newsmark-annotations.jsonld", "application/ld+json", JSON.stringify(doc, null, 1));
    status.say(`Saved ${plural(doc.total, "Web Annotation")} (JSON-LD; positions in code points).`);
  });
  $("copy-html").addEventListener("click", copyHtml);
}

/** The sample or a file replaces the editor's text; the text it replaces is kept aside. */
function replaceText(text, source) {
  if (els.editor.value && els.editor.value !== text) drafts.keepPrevious();
  els.editor.value = text;
  drafts.saveSoon();
  pipeline.schedule(0, source);
}

function setExports(enabled) {
  for (const id of EXPORTS) $(id).disabled = !enabled;
}

function download(name, type, body) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function copyHtml() {
  const fragment = articleFragmentHtml(els.article);
  try {
    await navigator.clipboard.write([new ClipboardItem({
      "text/html": new Blob([fragment], { type: "text/html" }),
      "text/plain": new Blob([pipeline.view().text], { type: "text/plain" }),
    })]);
    status.say("Copied the highlighted article as HTML: paste it into a document or an e-mail.");
  } catch {
    download("newsmark-article.html", "text/html", articleHtml(els.article));
    status.say("The clipboard is not available here, so the highlighted article was saved as an HTML file instead.");
  }
}
