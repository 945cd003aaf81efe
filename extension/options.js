// The options page: which types to mark and list, and the panel's theme.
// Saved in the extension's IndexedDB (settings.js) as soon as they change.
import { TYPES } from "./embed/marks.js";
import { THEMES, TYPE_NAMES, colourOf, loadSettings, saveSettings } from "./settings.js";

const form = document.getElementById("form");
const status = document.getElementById("status");
const settings = await loadSettings();

for (const type of TYPES) {
  const label = document.createElement("label");
  const box = document.createElement("input");
  box.type = "checkbox";
  box.name = "type";
  box.value = type;
  box.checked = settings.types.includes(type);
  const swatch = document.createElement("span");
  swatch.className = "swatch";
  // the legend's colour: a solid fill for entities and quotes, as on the page
  swatch.style.backgroundColor = `rgb(${colourOf(type)} / ${type === "indirect" ? 0.35 : 0.6})`;
  label.append(box, swatch, document.createTextNode(TYPE_NAMES[type] ?? type));
  document.getElementById("types").append(label);
}
for (const theme of THEMES) {
  const label = document.createElement("label");
  const radio = document.createElement("input");
  radio.type = "radio";
  radio.name = "theme";
  radio.value = theme;
  radio.checked = settings.theme === theme;
  const names = { auto: "Follow the system (light or dark)", light: "Light", dark: "Dark" };
  label.append(radio, document.createTextNode(names[theme]));
  document.getElementById("themes").append(label);
}

form.addEventListener("change", async () => {
  const data = new FormData(form);
  const next = { types: data.getAll("type"), theme: data.get("theme") };
  try {
    await saveSettings(next);
    status.textContent = "Saved.";
  } catch (e) {
    status.textContent = `Could not save: ${e.message}`;
  }
});
document.documentElement.dataset.ready = "true";
