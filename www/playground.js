// The catalog playground (playground.html): the catalog reader checks the text
// as it is typed (the same code as `npx sla-calculator check`), its problems are
// listed with their paths, and the widget beside it shows the last catalog
// without problems, compiled (what `npx sla-calculator compile` writes, and what
// "Download compiled" gives).
// In the repository the package is in dist/; in the package (served by
// `npx sla-calculator playground`) next to this page: the page says which.
const base = new URL(document.documentElement.dataset.package ?? './', document.baseURI);
const { default: init, read_catalog: readCatalog } = await import(new URL('wasm/sla_reader.js', base).href);

const $ = (id) => document.getElementById(id);
const preview = $('preview');
let compiled = null;

await init({ module_or_path: new URL('wasm/sla_reader_bg.wasm', base) });

/** Checks the text, lists its problems, and shows the catalog when it has none. */
function check() {
  const problems = $('problems');
  try {
    compiled = readCatalog($('source').value);
    problems.replaceChildren();
    $('verdict').textContent = `No problems: the widget shows this catalog (${compiled.length} bytes compiled).`;
    preview.catalog = compiled;
  } catch (error) {
    const list = Array.isArray(error) ? error : [String(error?.message ?? error)];
    compiled = null;
    $('verdict').textContent = `${list.length} problem${list.length === 1 ? '' : 's'}: the widget keeps the last catalog without problems.`;
    problems.replaceChildren(...list.map((problem) => Object.assign(document.createElement('li'), { textContent: problem })));
  }
  $('download').disabled = compiled === null;
}

let pending = null;
$('source').addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(check, 250);
});

async function start(url) {
  const response = await fetch(url);
  $('source').value = await response.text();
  check();
}
$('start').addEventListener('change', (event) => start(event.target.value));

for (const [id, attribute] of [['lang', 'lang'], ['zone', 'zone'], ['submitted', 'submitted']]) {
  $(id).addEventListener('change', (event) => {
    const value = event.target.value.trim();
    if (value) preview.setAttribute(attribute, value);
    else preview.removeAttribute(attribute);
  });
}

$('download').addEventListener('click', () => {
  if (!compiled) return;
  const link = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(new Blob([compiled], { type: 'application/octet-stream' })),
    download: 'catalog.bin',
  });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

await start($('start').value);
