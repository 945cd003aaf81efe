// element.html's script: says what the reader selects in a <newsmark-article>.
// The element's events bubble and cross its shadow root.
const out = document.getElementById("selected");
document.addEventListener("newsmark:select", (e) => {
  const { type, text, entity, quote } = e.detail;
  out.textContent = type === "entity"
    ? `${text}: ${entity?.name ?? "unnamed"}`
    : `Quote by ${quote?.speaker ?? "a speaker not named"}: ${text}`;
});
