// TypeScript declarations for the package's main module (`sla-calculator.js`,
// the loader, which defines the `<sla-calculator>` element). Tests keep them
// equal to the element: tests/attributes.rs (its attributes, the `sla-change`
// detail's keys) and tests/e2e/package.test.mjs (its properties, against the
// element's manifest and the class itself).

/** A catalog document (schema 1; see the README), as JSON text or an object. */
export type CatalogDocument = string | Record<string, unknown>;

/** A document compiled by `sla compile` (a catalog, or extra holidays). */
export type CompiledDocument = Uint8Array | ArrayBuffer;

/** `sla-change`: the visitor changed a control. */
export interface SlaChangeDetail {
  tier: string | null;
  region: string | null;
  priority: string | null;
  /** The IANA zone the region's hours were read in. */
  zone: string | null;
  /** RFC 3339 UTC; null while following "now". */
  submitted: string | null;
  /** RFC 3339 UTC; null when there is no deadline. */
  deadline: string | null;
}

/** `sla-error`: the author's catalog or holidays, the widget's words, a country's public holidays or the widget itself cannot be loaded. */
export interface SlaErrorDetail {
  message: string;
  /** Each problem, with the JSON path it is about. */
  problems: string[];
}

export interface SlaCalculatorElement extends HTMLElement {
  /** The language: `fr`, `en`, `ja`, `de`, `es`, `it`, `ko`, `pt-BR`, `zh-Hans` or `zh-Hant`, or a tag naming one (`es-MX`, `zh-TW`…) — the `lang` attribute; else the page's, else the browser's. */
  lang: string;
  /** Tier ids shown as columns, space-separated. */
  tiers: string | null;
  tier: string | null;
  region: string | null;
  priority: string | null;
  /** An IANA zone overriding the region's. */
  zone: string | null;
  /** RFC 3339 submission instant; null follows "now". */
  submitted: string | null;
  /** The widget's heading and accessible name. */
  label: string | null;
  /** The author's catalog: JSON text, an object, or compiled bytes; null for the built-in one. */
  catalog: CatalogDocument | CompiledDocument | null;
  /** Extra holidays added to the catalog's regions: JSON text, an object, or compiled bytes. */
  extraHolidays: CatalogDocument | CompiledDocument | null;
  /** The current deadline as RFC 3339 UTC (read-only). */
  readonly deadline: string | null;
  /** Fetches a catalog (JSON or compiled) and uses it; resolves when shown, rejects on error. A later call (or setting `catalog`) wins: this download is aborted and the promise rejects. */
  loadCatalog(url: string | URL): Promise<void>;
  addEventListener<K extends keyof SlaCalculatorEventMap>(
    type: K,
    listener: (this: SlaCalculatorElement, event: SlaCalculatorEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

export interface SlaCalculatorEventMap extends HTMLElementEventMap {
  'sla-change': CustomEvent<SlaChangeDetail>;
  'sla-error': CustomEvent<SlaErrorDetail>;
}

/** The element's class (`customElements.get('sla-calculator')`). */
export declare const SlaCalculator: {
  prototype: SlaCalculatorElement;
  new (): SlaCalculatorElement;
};

/**
 * Where the package's files (`wasm/`, `lang/`, `sla-calculator.css`) are served
 * from, for bundles that do not copy them next to the code; call it in the
 * task that imports the package.
 */
export declare function setAssetPath(url: string | URL): void;

/**
 * The element's attributes as JSX writes them: strings, as attributes are
 * (`holidays` is a URL). Declared for JSX with a global `JSX` namespace (Preact,
 * Solid, Stencil, TypeScript's own `jsx: preserve`); for React 19, whose JSX
 * namespace is the `react` module's, the README shows the one declaration to add.
 */
export interface SlaCalculatorAttributes {
  lang?: string;
  tiers?: string;
  tier?: string;
  region?: string;
  priority?: string;
  zone?: string;
  submitted?: string;
  label?: string;
  holidays?: string;
  id?: string;
  class?: string;
  slot?: string;
  hidden?: boolean;
  children?: unknown;
}

declare global {
  interface HTMLElementTagNameMap {
    'sla-calculator': SlaCalculatorElement;
  }
  namespace JSX {
    interface IntrinsicElements {
      'sla-calculator': SlaCalculatorAttributes;
    }
  }
}
