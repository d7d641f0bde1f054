// The JSON Schemas (schema/*.schema.json, written by scripts/catalog_schema.py)
// against the catalog reader itself, over every document tests/schema/manifest.json
// lists — the project's own catalogs and extra holidays as they are, and cases of
// the Rust tests kept in tests/schema/, each with the problem the reader names: a standard validator (Ajv, draft 2020-12) and `sla` must
// agree — the schema accepts everything the reader accepts, and refuses what
// the reader refuses but for the problems JSON Schema cannot express, each
// listed in the manifest with why.
//
//   node tests/reference/catalog_schema.mjs target/release/sla
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const SLA = process.argv[2] ?? join(ROOT, 'target/release/sla');
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
const validate = {
  catalog: ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema/catalog.schema.json'), 'utf8'))),
  holidays: ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema/holidays.schema.json'), 'utf8'))),
};
const manifest = JSON.parse(readFileSync(join(ROOT, 'tests/schema/manifest.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'sla-schema-'));
const failures = [];
let refusedBoth = 0;
let refusedByReaderOnly = 0;

for (const fixture of manifest) {
  const path = join(ROOT, fixture.file);
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // the reader skips a BOM too
  let schemaAccepts;
  try {
    schemaAccepts = validate[fixture.kind](JSON.parse(text));
  } catch {
    schemaAccepts = false; // not JSON: no schema applies
  }
  const args = fixture.kind === 'catalog' ? ['check', path] : ['compile', path, '-o', join(scratch, 'out.bin')];
  const reader = spawnSync(SLA, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const readerAccepts = reader.status === 0;
  const said = `${reader.stdout}${reader.stderr}`;
  const wrong = (why) => failures.push(`${fixture.file}: ${why}`);
  if (readerAccepts !== fixture.valid) wrong(`the reader ${readerAccepts ? 'accepts' : 'refuses'} it, the manifest says the opposite:\n${said}`);
  if (readerAccepts && !schemaAccepts) wrong(`the schema refuses what the reader accepts: ${ajv.errorsText(validate[fixture.kind].errors)}`);
  if (!fixture.valid) {
    for (const part of fixture.expected.split('; ')) if (!said.includes(part)) wrong(`the reader no longer says "${part}":\n${said}`);
    if (fixture.schema_refuses && schemaAccepts) wrong('the schema accepts it, and its problem is one JSON Schema expresses');
    if (!fixture.schema_refuses && !fixture.why_not) wrong('accepted by the schema without a reason in the manifest');
    if (schemaAccepts) refusedByReaderOnly++;
    else refusedBoth++;
  }
}
rmSync(scratch, { recursive: true, force: true });
if (failures.length) {
  console.error(`catalog_schema: ${failures.length} disagreement(s) between the JSON Schemas and the reader:\n${failures.join('\n')}`);
  process.exit(1);
}
const valid = manifest.filter((f) => f.valid).length;
console.log(`catalog_schema: ${manifest.length} fixtures: ${valid} valid, accepted by both; ${refusedBoth} refused by both; ${refusedByReaderOnly} refused by the reader only, each for a reason JSON Schema cannot express`);
