import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
const site = await startServer({ root: 'www' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
page.on('console', (m) => console.log(m.type() + ': ' + m.text()));
await page.goto(site.url + '#sla=calculator&tier=business&region=emea');
await page.locator('sla-calculator [part=deadline] time[datetime]').first().waitFor();
console.log(await page.evaluate(async () => {
  const { Widget } = await import('/pkg/sla_calculator.js');
  const w = document.querySelector('sla-calculator'); return [customElements.get('sla-calculator').toString().includes('applySharedLink'), location.hash, document.querySelector('sla-calculator').id, String(document.querySelector('sla-calculator').getAttribute('region'))];
}));
await browser.close(); process.exit(0);
