// live.html's script: a live blog. The site's own code adds updates; newsmark
// watches the article and annotates only the paragraphs that changed.
import { highlight } from "../embed/highlight.js";

const live = document.getElementById("live");
const status = document.getElementById("status");
await highlight(live, { list: document.getElementById("found") });

// each change: how many paragraphs were annotated, taken from the cache, removed
live.addEventListener("newsmark:annotated", (e) => {
  status.textContent = `Updated: ${e.detail.annotated} paragraph annotated, ${e.detail.annotations.entities.length} names in all.`;
});

// What the site's live feed would bring; here, a button.
const UPDATES = [
  "Keller said the first ships would leave Valmora on Wednesday.",
  "Unions led by Anna Brandt welcomed the deal but warned that “wages must follow.”",
  "Marsh thanked the Northern Ports Authority and said the harbour would reopen fully by Friday.",
  "Brandt later told reporters that talks on pay would start next month.",
];
let next = 0;
document.getElementById("add").addEventListener("click", () => {
  const p = document.createElement("p");
  const time = document.createElement("strong");
  time.textContent = `Update ${next + 1}: `;
  p.append(time, UPDATES[next % UPDATES.length]);
  live.prepend(p);
  next += 1;
});
