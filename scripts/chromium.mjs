// Debian's Chromium through playwright-core, as every browser run of the
// project starts it (SPEC §6: `npx playwright install` cannot run here).
//
//   import { launchChromium } from './chromium.mjs';
//   const browser = await launchChromium(['--js-flags=--expose-gc']);
import { chromium } from 'playwright-core';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage',
];

/** Starts Chromium (`$CHROMIUM`, else /usr/bin/chromium) with the flags above and `extra`. */
export function launchChromium(extra = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: [...ARGS, ...extra] });
}
