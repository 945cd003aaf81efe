// Takes the README's screenshot of the browser extension (docs/extension.png):
// the news fixture marked, with the panel open and a person clicked.
//
//   node scripts/screenshot-extension.mjs     (needs www/pkg: scripts/build-wasm.sh)
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "./static-server.mjs";
import { REPO, buildExtension, clickPanelNode, launch, readPanel } from "../tests/e2e/extension-util.mjs";

await buildExtension();
const server = await serve(REPO, 0);
const ext = await launch({ viewport: { width: 1100, height: 700 } });
try {
  const page = ext.context.pages()[0] ?? await ext.context.newPage();
  await page.goto(`${server.url}tests/fixtures/extension/news.html`);
  await ext.pressAndWait(page);
  const panel = await readPanel(page);
  const item = panel.sections.find((s) => s.heading === "People").items.find((i) => i.name === "Dmitry Peskov");
  await clickPanelNode(page, item.backendNodeId);
  await mkdir(join(REPO, "docs"), { recursive: true });
  await page.screenshot({ path: join(REPO, "docs", "extension.png") });
  console.log("screenshot-extension: docs/extension.png");
} finally {
  await ext.close();
  await server.close();
}
