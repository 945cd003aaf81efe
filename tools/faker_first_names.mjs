// Prints the given names of every locale of the npm package @faker-js/faker
// (MIT) as JSON, {locale: [name, ...]}, for tools/make_lexicons.py:
//
//   npm install --no-save --prefix /tmp/lexnpm country-region-data@4.1.0 @faker-js/faker@9.9.0
//   NODE_PATH=/tmp/lexnpm/node_modules node tools/faker_first_names.mjs > /tmp/faker_first.json
import { createRequire } from "node:module";
import { join } from "node:path";

// (NODE_PATH does not reach ES module imports: resolve the package by hand)
const require = createRequire(join(process.env.NODE_PATH || ".", "x.js"));
const { allLocales } = require("@faker-js/faker");

const out = {};
for (const [locale, data] of Object.entries(allLocales)) {
  const first = data?.person?.first_name;
  if (!first) continue;
  const names = Array.isArray(first)
    ? first
    : ["generic", "male", "female"].flatMap((k) => first[k] || []);
  out[locale] = [...new Set(names)].sort();
}
process.stdout.write(JSON.stringify(out, null, 0) + "\n");
