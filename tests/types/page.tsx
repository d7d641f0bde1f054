// A page written in JSX (TypeScript's `jsx: preserve`, checked against the
// global JSX namespace the declarations extend): the element takes its
// attributes as strings, and a misspelt or mistyped one is an error.
import type { SlaCalculatorAttributes } from 'sla-calculator';

declare global {
  namespace JSX {
    // What a JSX runtime declares; the package adds `sla-calculator` to it.
    interface IntrinsicElements {
      p: { children?: unknown };
    }
  }
}

const attributes: SlaCalculatorAttributes = { region: 'emea', holidays: 'catalogs/extra-holidays.bin' };
export const page = (
  <sla-calculator lang="en" tiers="online business" tier="business" priority="P2" submitted="2026-12-07T16:30:00Z" label="Acme support" {...attributes}>
    <p>Without JavaScript, the static tables.</p>
  </sla-calculator>
);
// @ts-expect-error: no such attribute
export const misspelt = <sla-calculator regoin="emea" />;
// @ts-expect-error: attributes are strings
export const mistyped = <sla-calculator submitted={new Date()} />;
