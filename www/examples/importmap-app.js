// importmap.html's script: imports newsmark by name, as it would with a
// bundler; the page's import map says where each name is.
import { highlight } from "newsmark/highlight";

const { annotations } = await highlight(document.getElementById("story"));
const people = annotations.groups.filter((g) => g.label === "PERSON").map((g) => g.name);
document.getElementById("summary").textContent =
  `${annotations.entities.length} names and ${annotations.quotes.length} quotes; people: ${people.join(", ") || "none"}.`;
