// A page's TypeScript using the element through its declarations: it must
// compile under `strict`, and the `@ts-expect-error` lines must be errors.
// The package is imported by name, as a page's bundle does (tsconfig maps the
// name to the declarations the package ships).
import { setAssetPath, SlaCalculator } from 'sla-calculator';
import type { SlaChangeDetail, SlaCalculatorElement } from 'sla-calculator';

setAssetPath('/assets/sla-calculator/');
setAssetPath(new URL('https://cdn.example.com/sla-calculator/'));
const constructed: SlaCalculatorElement = new SlaCalculator();
void constructed;
// @ts-expect-error: the asset path is a URL, not a number
setAssetPath(42);

const calculator = document.createElement('sla-calculator');
const same: SlaCalculatorElement = calculator;
calculator.region = 'emea';
calculator.label = 'Acme support';
calculator.extraHolidays = { schema: 1, holidays: { emea: [{ date: '2026-12-25', name: 'Christmas' }] } };
calculator.catalog = new Uint8Array([0x53, 0x4c]);
calculator.addEventListener('sla-change', (event) => {
  const detail: SlaChangeDetail = event.detail;
  const deadline: string | null = detail.deadline;
  void deadline;
});
calculator.addEventListener('sla-error', (event) => {
  const problems: string[] = event.detail.problems;
  void problems;
});
void calculator.loadCatalog('catalogs/acme.json').then(() => same.deadline);
// @ts-expect-error: a misspelt property does not exist
calculator.regoin = 'emea';
// @ts-expect-error: the deadline is read-only
calculator.deadline = '2026-03-30T09:00:00Z';
