// The sample host page's own script: one of each way in.
import { highlight } from "../embed/highlight.js";
import "../embed/element.js";
import "../embed/dropin.js";

// ?mode=wrap | highlight (default) | none (the tests drive it themselves)
const mode = new URLSearchParams(location.search).get("mode") ?? "highlight";
if (mode !== "none") {
  // the list of what was found: for readers who cannot see the highlights
  window.storyDone = highlight(document.getElementById("story"), { mode, list: document.getElementById("found") });
}

const out = document.getElementById("selected");
document.addEventListener("newsmark:select", (e) => {
  out.textContent = `Selected ${e.detail.type}: ${e.detail.text}`;
});
