// highlight.html's script: highlights the story in place (CSS Custom
// Highlight API: no DOM node changes) and lists what was found for readers
// who cannot see the colours. On your site, import from your copy of the
// package: "/node_modules/newsmark/embed/highlight.js".
import { highlight } from "../embed/highlight.js";

const story = document.getElementById("story");
await highlight(story, { list: document.getElementById("found") });
