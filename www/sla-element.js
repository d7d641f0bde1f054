// The `<sla-calculator>` custom element (class SlaCalculator, documented below:
// the Custom Elements Manifest is generated from that comment) and
// defineSlaCalculator, which the loader (sla-calculator.js) calls.

import { browser, countryOf } from './sla-browser.js';
import { after, within, fetchDocument, toDocument, fromDocument, replaced } from './sla-files.js';

/** How long a widget's first render waits for the page's holidays already on their way. */
const HOLIDAYS_WAIT_MS = 1000;

/** How long a country's public holidays may take before the widget renders without them (and says so). */
const COUNTRY_WAIT_MS = 4000;

/** How long a language's words, or the page's holidays, may take before the widget goes on without them (and says so); words and countries that come later are taken then. */
const WORDS_WAIT_MS = 5000;

/**
 * The code of the language the widget speaks for a language tag (one words
 * file each), matched as `Lang::from_tag` does in src/i18n/lang.rs (both are
 * tested on tests/lang-tags.txt): any Portuguese is Brazil's; Chinese goes by
 * its script, else by its region. `undefined` for a language it does not
 * speak (and for `null`).
 */
export function spokenLang(tag) {
  const [primary, ...rest] = `${tag}`.trim().toLowerCase().split(/[-_]/);
  if (primary === 'pt') return 'pt-BR';
  if (primary === 'zh') {
    // The first subtag that tells: a script, else a region.
    const told = rest.find((subtag) => ['hans', 'hant', 'tw', 'hk', 'mo'].includes(subtag));
    return told && told !== 'hans' ? 'zh-Hant' : 'zh-Hans';
  }
  return ['fr', 'en', 'ja', 'de', 'es', 'it', 'ko'].find((code) => code === primary);
}
// The countries whose public holidays the built-in catalog's regions read
// when the visitor is in none of them (tests/public_holidays.rs checks them
// against the catalog): fetched early, with the visitor's own.
const BUILTIN_COUNTRIES = ['GB', 'SG', 'US', 'JP'];

/** Attributes the Rust widget reads. */
export const OBSERVED = ['lang', 'tiers', 'tier', 'region', 'priority', 'zone', 'submitted', 'label'];
const REFLECTED = OBSERVED.filter((name) => name !== 'lang');


/** A problem as the catalog reader words it for the widget (see
 * src/i18n/problems.rs): in English, the part after the unit separator. */
const inEnglish = (problem) => problem.slice(problem.indexOf('\x1f') + 1);

/** `[key, value, key, value…]` (the Rust widget's flat lists) as pairs. */
function pairs(flat) {
  const found = [];
  for (let i = 0; i + 1 < flat.length; i += 2) found.push([flat[i], flat[i + 1]]);
  return found;
}

/** An event that bubbles out of the shadow root (the element's events are listed above the class). */
const composedEvent = (name, detail) => new CustomEvent(name, { detail, bubbles: true, composed: true });


// What the loader gives the element (see defineSlaCalculator): set once, when
// the first copy of the loader defines it.
let assets = null;

/**
 * The `<sla-calculator>` custom element: a thin shell around the Rust widget.
 * Lifecycle, attribute forwarding and events from the shadow root go to Rust,
 * which renders the whole view; nothing here touches the widget's markup.
 *
 * @tagname sla-calculator
 *
 * @attr {string} lang - Language: `fr`, `en`, `ja`, `de`, `es`, `it`, `ko`, `pt-BR`, `zh-Hans` or `zh-Hant`, or any tag that names one (`es-MX`, `zh-TW`…); else the page's, else the browser's.
 * @attr {string} tiers - Tier ids shown as columns, space-separated (default: the catalog's, `online business`).
 * @attr {string} tier - The selected tier id; reflects the visitor's choice.
 * @attr {string} region - `americas`, `emea`, `apac` or `japan` (default: guessed from the visitor's time zone); reflected.
 * @attr {string} priority - `P1`…`P4`; reflected.
 * @attr {string} zone - An IANA zone overriding the region's (any region); reflected.
 * @attr {string} submitted - RFC 3339 submission instant; absent means "now" (ticking); reflected.
 * @attr {string} label - The widget's heading and accessible name; give each widget its own when a page has several.
 * @attr {string} holidays - URL of an extra-holidays document added to the catalog's regions:
 *   `{"schema": 1, "holidays": {"emea": [{"date": "2026-12-25", "name": "Christmas"}]}}`,
 *   or the same compiled (`sla compile HOLIDAYS.json -o FILE`), which needs no JSON reader.
 *
 * @prop {string|null} tier - The `tier` attribute, as a property.
 * @prop {string|null} tiers - The `tiers` attribute, as a property.
 * @prop {string|null} region - The `region` attribute, as a property.
 * @prop {string|null} priority - The `priority` attribute, as a property.
 * @prop {string|null} zone - The `zone` attribute, as a property.
 * @prop {string|null} submitted - The `submitted` attribute, as a property.
 * @prop {string|null} label - The `label` attribute, as a property.
 * @prop {object|string|Uint8Array|null} catalog - Replace the catalog (an object, JSON text, or compiled
 *   bytes from `sla compile`; null for the built-in one); invalid catalogs show their problems.
 * @prop {object|string|Uint8Array|null} extraHolidays - The same extra holidays as an object, JSON
 *   text or compiled bytes (null removes them).
 * @prop {string|null} deadline - The current deadline as RFC 3339 UTC (read-only).
 * @method loadCatalog(url) - Fetch a catalog (JSON, or compiled by `sla compile`) and use it;
 *   resolves when shown, rejects on error; a later call (or the `catalog` property) wins, aborting
 *   this one's download (its promise then rejects).
 *
 * Shared links: the widget's "Link to this answer" is the page's address with
 * `#sla=<element id>&tier=…&region=…&priority=…&submitted=…[&zone=…]`; opening
 * it (or following it on the page) sets those attributes on the element with
 * that `id` (or on elements without one, for `sla=`).
 *
 * While the author's catalog or holidays are being fetched or read, the element
 * carries `aria-busy="true"` and its deadline is dimmed: the deadline shown is
 * the one without them, and may still move when they arrive (its first
 * render waits a second at most for holidays already on their way, so that
 * the first deadline shown is usually the settled one). It is busy too
 * while its language's words (`lang/<code>.bin`) are on their way, and keeps
 * what it showed until then: at first, the page's own content inside the
 * element (its fallback), which also comes back when the widget cannot be
 * shown. A file that fails degrades the widget, never blanks it (rules
 * §5.1): English when the words of the reader's language fail (saying so in
 * that language); the deadline without the page's extra holidays or a
 * country's public holidays that fail, marked as unconfirmed, with a notice.
 * Every file that failed is tried again, quietly, on a change of language
 * and when the browser comes back online; the page's holidays also when the
 * `holidays` attribute is set again.
 *
 * @event sla-change - The visitor changed a control. `detail`: { tier, region, priority, zone, submitted, deadline }.
 * @event sla-error - The author's catalog or holidays, the widget's words, a country's public holidays or the
 *   widget itself could not be loaded (once per failure). `detail`: { message, problems }.
 *
 * @csspart base - The whole widget.
 * @csspart controls - The form with the tier, region, priority, zone and submission controls.
 * @csspart deadline - The deadline panel.
 * @csspart countdown - The time left until the deadline (while following "now").
 * @csspart explanation - How the deadline was reached.
 * @csspart take-away - The share link and the "add to my calendar" link.
 * @csspart notice - Notices: attribute values that were not understood, a holiday calendar's end, holidays
 *   not known (the deadline may be early), words shown in English, a widget that could not be loaded.
 * @csspart status - The live region announcing a new deadline (visually hidden).
 * @csspart by-tier - The first response by tier, for the chosen case.
 * @csspart filing - When to file in the next seven days.
 * @csspart services - The chosen tier's included services, each opening its description.
 * @csspart error - A catalog or computation error.
 * @csspart comparison - The tier comparison table's scroll container.
 * @csspart targets - The service level targets table's scroll container.
 * @csspart coverage - The week's coverage chart and its summary.
 * @csspart hours - The regional hours table's scroll container.
 *
 * @cssproperty --sla-font - Font family.
 * @cssproperty --sla-text - Text colour.
 * @cssproperty --sla-muted - Secondary text colour.
 * @cssproperty --sla-background - Background colour.
 * @cssproperty --sla-surface - Background of panels and table headers.
 * @cssproperty --sla-border - Border colour.
 * @cssproperty --sla-accent - Accent colour (focus ring, selected column, links).
 * @cssproperty --sla-selected - Background of the selected tier's column.
 * @cssproperty --sla-ok - Colour of "included" marks, open hours and around-the-clock coverage.
 * @cssproperty --sla-warn - Colour of holidays, special hours and notices.
 * @cssproperty --sla-radius - Corner radius.
 */
export class SlaCalculator extends (globalThis.HTMLElement ?? Object) {
  static observedAttributes = [...OBSERVED, 'holidays'];
  #widget = null;
  #timer = 0;
  // The author's documents (JSON text or compiled bytes, or null for none)
  // and why one could not be fetched.
  #catalog = null;
  #extraHolidays = null;
  #catalogFetchError = null;
  #holidaysFetchError = null;
  // The author's documents on their way, each download with its
  // AbortController: a later one (or the property set meanwhile) aborts it.
  #catalogLoad = null;
  #holidaysLoad = null;
  // Each putting of a catalog in use has its number: a later one supersedes
  // one still waiting for the reader's module.
  #catalogRuns = 0;
  // The last run that finished.
  #catalogDone = 0;
  // How many pieces of work keep the element busy (see #whileBusy).
  #pending = 0;
  // The words on their way, by language.
  #wordsArriving = new Map();
  // The languages whose words failed, and the countries whose public
  // holidays did: tried again when the browser is back online.
  #wordsFailed = new Set();
  #countriesFailed = new Set();
  // Whether the WebAssembly, or the catalog reader's module, failed to load:
  // tried again too (the loader forgets a failed download).
  #widgetFailed = false;
  #readerFailed = false;
  // The countries whose public holidays were asked for, and the last batch
  // on its way (see #ensureCountries).
  #countriesTried = new Set();
  #countriesArriving = null;
  // The `holidays` attribute's document on its way and being read (a
  // promise), if it is; the URL last asked for.
  #holidaysArriving = null;
  #holidaysUrl = null;
  // The window's events the element listens to while it is in the page,
  // all removed at once when it leaves: their AbortController.
  #listening = null;
  // The chosen tier's services that printing opened (see connectedCallback).
  #openedForPrint = [];

  constructor() {
    super();
    // A property set before the element was defined shadows its setter:
    // take each one back through the setter.
    for (const name of ['catalog', 'extraHolidays', ...REFLECTED]) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
  }

  // The shadow root, attached when the widget first shows something (it
  // asks for it then): until that moment the page's own content (its
  // fallback: the static comparison) stays as it was laid out, with no
  // layout of its own to redo while the widget loads; it comes back, through
  // a slot, when the widget cannot show itself (rules §5.1).
  #root() {
    if (this.shadowRoot) return this.shadowRoot;
    const root = this.attachShadow({ mode: 'open' });
    root.append(document.createElement('slot'));
    root.addEventListener('change', (event) => this.#control(event));
    root.addEventListener('click', (event) => {
      if (event.target instanceof HTMLButtonElement) this.#control(event);
      // The calendar file is made when asked for, then downloaded by the link.
      const calendar = event.target instanceof Element ? event.target.closest('a.calendar') : null;
      const url = calendar && this.#widget?.calendar_url();
      if (url) calendar.href = url;
    });
    return root;
  }

  async connectedCallback() {
    // The page's holidays start on their way with the WebAssembly, not after
    // it (unless they already have: the attribute's first value loads them).
    const holidays = this.getAttribute('holidays');
    if (holidays !== null && holidays !== this.#holidaysUrl) this.#loadHolidays(holidays);
    // Back online, what failed is tried again — the WebAssembly too (rules §5.1).
    this.#listening?.abort();
    this.#listening = new AbortController();
    this.#listen('online', () => this.#retry());
    this.#widgetFailed = false;
    let create;
    try {
      const widget = assets.widget();
      // In a microtask, as the WebAssembly's download starts (so after the
      // importing script, which may call setAssetPath):
      await null;
      // - the words of the language the element's or the page's lang names,
      //   when the widget speaks it: the widget will ask for them (it decides
      //   the same way), so they come with the WebAssembly rather than after;
      const lang = [this.getAttribute('lang'), document.documentElement.getAttribute('lang')]
        .map(spokenLang) // (no attribute: `null`, no language)
        .find(Boolean);
      if (lang) assets.words(lang).catch(() => {});
      // - with the built-in catalog, the public holidays it may need: its
      //   regions' own countries, and that of the zone whose clock the widget
      //   will read (the chosen one, else the visitor's) where the browser can
      //   tell it. Hints only (the widget asks for what it needs once it
      //   runs), so that the first render has them at hand rather than a
      //   round trip later. The browser's date data (ICU, ~15 ms on its first
      //   use) loads here too, while the WebAssembly arrives and compiles.
      const zone = this.getAttribute('zone') ?? browser.zone();
      if (this.#catalog === null) {
        for (const code of [...BUILTIN_COUNTRIES, countryOf(zone)]) if (code) assets.countries(code).catch(() => {});
      }
      create = await widget;
    } catch (error) {
      // No WebAssembly, no widget: the page keeps its fallback content
      // (until a change of language, or the browser back online, tries again).
      this.#widgetFailed = true;
      this.#report(`cannot load the widget: ${error?.message ?? error}`);
      return;
    }
    // With an author's catalog, have the reader ready first: the catalog is then
    // applied in the same task as the first render, so the built-in one never shows.
    if (typeof this.#catalog === 'string') await assets.reader().catch(() => {});
    if (!this.isConnected || this.#widget) return;
    this.#widget = create(this, () => this.#root(), assets.stylesheet(), browser);
    // The public holidays of the countries the widget reads hours in.
    this.#ensureCountries();
    // The built-in catalog's words, unless the author's documents decide
    // the catalog (each of #applyCatalog's ways asks for the words it needs).
    if (this.#hasAuthorDocuments()) this.#applyCatalog();
    else this.#ensureWords();
    this.#applySharedLink();
    this.#listen('hashchange', () => this.#applySharedLink());
    // Printing opens the chosen tier's services (paper cannot click), then
    // closes again the ones the visitor had not opened.
    this.#listen('beforeprint', () => {
      this.#openedForPrint = [...(this.shadowRoot?.querySelectorAll('details.service:not([open])') ?? [])];
      for (const details of this.#openedForPrint) details.open = true;
    });
    this.#listen('afterprint', () => {
      for (const details of this.#openedForPrint) details.open = false;
      this.#openedForPrint = [];
    });
    // Renders again when what it shows changes: the widget says when (the
    // next minute, or the deadline), first at the next minute.
    this.#timer = setTimeout(this.#tick, 6e4 - (Date.now() % 6e4));
  }

  #tick = () => {
    let wait = 6e4;
    try {
      wait = this.#widget.tick();
    } finally {
      this.#timer = setTimeout(this.#tick, wait);
    }
  };

  // Listens to one of the window's events until the element leaves the page
  // (a no-op once it has: its signal is aborted).
  #listen(type, handler) {
    window.addEventListener(type, handler, { signal: this.#listening.signal });
  }

  disconnectedCallback() {
    this.#listening.abort();
    clearTimeout(this.#timer);
    this.#widget?.free();
    this.#widget = null;
    // Back to the page's own content, as a new widget expects to find it.
    this.shadowRoot?.replaceChildren(document.createElement('slot'));
  }

  attributeChangedCallback(name, _old, value) {
    if (name === 'holidays') {
      // Before the element is in a page, connectedCallback loads them.
      if (this.isConnected) this.#loadHolidays(value);
      return;
    }
    this.#widget?.attribute_changed(name, value);
    this.#ensureCountries();
    if (name !== 'lang') return;
    // Another language: the catalog's problems, if shown (and no reading of
    // the documents under way, which shows its own), are worded again in it,
    // quietly: they were reported. Its words, and what failed, are tried again.
    const reword = this.#catalogDone === this.#catalogRuns && !this.#readerFailed && this.#widget?.catalog_error().length;
    this.#retry();
    if (reword) this.#applyCatalog(false, true);
  }

  // Tries again, quietly, the files that failed (the WebAssembly, the catalog
  // reader, words, countries' public holidays, the page's holidays), each
  // downloaded afresh: on a change of
  // language and when back online. What is shown meanwhile stays; what
  // arrives replaces the notice.
  #retry() {
    if (!this.#widget) {
      // The WebAssembly failed: the element starts again.
      if (this.#widgetFailed && this.isConnected) this.connectedCallback();
      return;
    }
    if (this.#readerFailed) this.#applyCatalog(true);
    for (const lang of this.#wordsFailed) this.#takeQuietly(assets.words(lang, true), this.#wordsFailed, lang);
    for (const code of this.#countriesFailed) this.#takeQuietly(assets.countries(code, true), this.#countriesFailed, code);
    if (this.#holidaysFetchError !== null) this.#loadHolidays(this.#holidaysUrl);
    this.#ensureWords();
  }

  // The public holidays of the countries the widget needs and lacks (the
  // visitor's, and those of the regions' own zones), fetched once each; the
  // widget renders as each arrives. One that fails or stalls (past
  // COUNTRY_WAIT_MS) is reported; the widget then says that country's
  // holidays are not known rather than showing its deadline as settled.
  // Returns the batch on its way, if any. `words`: the built-in catalog's
  // words, arrived and not yet added (they tell the widget its regions).
  #ensureCountries(words) {
    const wanted = (this.#widget?.missing_countries(words) ?? '')
      .split(',')
      .filter((code) => code && !this.#countriesTried.has(code));
    if (wanted.length === 0) return this.#countriesArriving;
    const arriving = this.#whileBusy(() =>
      Promise.all(wanted.map(async (code) => {
        this.#countriesTried.add(code);
        const arriving = assets.countries(code);
        try {
          const bytes = await within(arriving, COUNTRY_WAIT_MS);
          this.#add(bytes);
        } catch (error) {
          this.#countriesFailed.add(code);
          this.#report(`sla-calculator: cannot load the public holidays of ${code}: ${error.message}`);
          // A file that stalled is taken if it comes after all.
          if (error.stalled) this.#takeQuietly(arriving, this.#countriesFailed, code);
        }
      })));
    this.#countriesArriving = arriving;
    return arriving;
  }

  // The built-in catalog's words in the widget's language, fetched when it
  // needs them (the element is busy meanwhile). One fetch a language:
  // callers during it share it; another language does not wait for it.
  #ensureWords() {
    const lang = this.#widget?.missing_words();
    if (!lang) return;
    if (!this.#wordsArriving.has(lang)) {
      this.#wordsArriving.set(lang, this.#fetchWords(lang).finally(() => this.#wordsArriving.delete(lang)));
    }
    return this.#wordsArriving.get(lang);
  }

  async #fetchWords(lang) {
    await this.#whileBusy(async () => {
      const arriving = assets.words(lang);
      try {
        const bytes = await within(arriving, WORDS_WAIT_MS);
        // The page's holidays, and the countries' public holidays, on their
        // way too: wait for them (a moment at most), so that the first
        // deadline shown is the settled one, in one render.
        const others = [this.#holidaysArriving, this.#ensureCountries(bytes)].filter(Boolean);
        if (others.length) await Promise.race([Promise.all(others), after(HOLIDAYS_WAIT_MS)]);
        this.#add(bytes);
      } catch (error) {
        // Words no longer needed (the language changed meanwhile) are no failure.
        if (this.#widget?.missing_words() !== lang) return;
        // The reader gets English, or the page's own content, and a sentence
        // saying so in their language; the author the details (rules §5.1).
        this.#report(`sla-calculator: cannot load the widget's words in ${lang}: ${error.message}`);
        this.#wordsFailed.add(lang);
        this.#take(new Uint8Array());
        // Words that stalled are taken if they come after all.
        if (error.stalled) this.#takeQuietly(arriving, this.#wordsFailed, lang);
      }
    });
    // English may be needed in their place.
    if (this.#widget?.missing_words() !== lang) await this.#ensureWords();
  }

  // A file that failed before, taken if it comes now (a stalled one after
  // all, or a retry), quietly: its failure was reported; then no longer
  // among `failed`.
  #takeQuietly(arriving, failed, key) {
    arriving
      .then((bytes) => { if (this.#take(bytes)) failed.delete(key); })
      .catch(() => {});
  }

  // Hands a words or public-holidays file to the widget; one it cannot read
  // throws, for the caller to report.
  #add(bytes) {
    if (this.#widget && !this.#take(bytes)) throw new Error('the file is damaged or from another version');
  }

  // Hands a file to the widget (no bytes: the words failed); whether it took
  // it. A first view is brief, so that the deadline shows sooner (2, see
  // add_words): the whole one is rendered once it is painted.
  #take(bytes) {
    const taken = this.#widget?.add_words(bytes);
    if (taken > 1) requestAnimationFrame(() => setTimeout(() => this.#widget?.tick()));
    return taken;
  }

  // The `holidays` attribute's document, fetched and read (a failed fetch
  // shows in the widget); a later load or the extraHolidays property wins.
  async #loadHolidays(url) {
    this.#holidaysUrl = url;
    if (url === null || url === '') {
      this.extraHolidays = null;
      return;
    }
    this.#holidaysLoad?.abort();
    const { signal } = (this.#holidaysLoad = new AbortController());
    const arriving = this.#whileBusy(async () => {
      let holidays = null;
      let fetchError = null;
      try {
        holidays = await within(fetchDocument(new URL(url, document.baseURI), signal), WORDS_WAIT_MS);
      } catch (error) {
        fetchError = `cannot fetch the extra holidays ${url}: ${error.message}`;
      }
      if (signal.aborted) return;
      // Optional: the widget goes on without them, saying so (rules §5.1).
      if (fetchError !== null) this.#report(`sla-calculator: ${fetchError}`);
      this.#extraHolidays = holidays;
      this.#holidaysFetchError = fetchError;
      await this.#applyCatalog();
    });
    this.#holidaysArriving = arriving;
    await arriving;
    if (this.#holidaysArriving === arriving) this.#holidaysArriving = null;
  }

  // Marks the element busy (`aria-busy`) until `work` settles; nested and
  // overlapping work keeps it busy until the last piece is done.
  async #whileBusy(work) {
    if (this.#pending++ === 0) this.setAttribute('aria-busy', 'true');
    try {
      return await work();
    } finally {
      if (--this.#pending === 0) this.removeAttribute('aria-busy');
    }
  }

  get extraHolidays() {
    return fromDocument(this.#extraHolidays);
  }

  set extraHolidays(value) {
    this.#holidaysLoad?.abort();
    this.#extraHolidays = toDocument(value);
    this.#holidaysFetchError = null;
    this.#applyCatalog();
  }

  // Events are dispatched here, after Rust has returned, so that page code
  // reacting to them can use the element (and its Rust state) freely.
  #emit(name, detail) {
    this.dispatchEvent(composedEvent(name, detail));
  }

  #control(event) {
    const target = event.target;
    if (!this.#widget || !target || !target.name) return;
    const [name, value] = this.#widget.control_changed(target.name, target.value ?? '');
    if (name === undefined) return;
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, value);
    this.#emit('sla-change', Object.fromEntries(pairs(this.#widget.changed())));
    this.#ensureCountries();
  }

  // A shared answer in the page's address (see the header) sets our attributes.
  #applySharedLink() {
    for (const [name, value] of pairs(this.#widget?.shared_attributes(location.hash) ?? [])) {
      this.setAttribute(name, value);
    }
  }

  #reportCatalogError() {
    // In English, as the CLI words them.
    const problems = (this.#widget?.catalog_error() ?? []).map(inEnglish);
    if (problems.length === 0) return null;
    return this.#report(`sla-calculator: the catalog could not be loaded: ${problems.join('; ')}`, problems);
  }

  // Says what went wrong in the console and as an `sla-error` event; returns its detail.
  #report(message, problems = [message]) {
    console.error(message);
    const detail = { message, problems };
    this.#emit('sla-error', detail);
    return detail;
  }

  #hasAuthorDocuments() {
    return [this.#catalog, this.#extraHolidays, this.#catalogFetchError, this.#holidaysFetchError].some((v) => v !== null);
  }

  // Puts the catalog the author's documents make in use: the built-in one when
  // there are none, else what the catalog reader makes of them, else why it
  // cannot. Resolves to the error shown, if any (null when superseded).
  // `again`: a retry, which says nothing if the reader's module fails again;
  // `quietly`: says nothing at all.
  async #applyCatalog(again = false, quietly = false) {
    const run = ++this.#catalogRuns;
    if (!this.#widget) return null;
    // The page's holidays are optional: without them (failed), the catalog is
    // used alone and the deadline says it may fall on one (rules §5.1).
    const holidaysFailed = this.#holidaysFetchError !== null;
    const holidays = holidaysFailed ? null : this.#extraHolidays;
    if (this.#catalogFetchError !== null) {
      this.#widget.show_catalog_problems([this.#catalogFetchError]);
      this.#ensureWords(); // the widget's messages, to word the error in its language
    } else if (typeof this.#catalog !== 'string' && typeof holidays !== 'string') {
      // Compiled documents, or none (the built-in catalog): no JSON reader to download.
      this.#useCompiled(this.#catalog, holidays, holidaysFailed, null, quietly);
    } else if (!(await this.#whileBusy(() => this.#readDocuments(run, holidays, holidaysFailed, quietly)))) {
      return null;
    }
    this.#catalogDone = run;
    return quietly || (again && this.#readerFailed) ? null : this.#reportCatalogError();
  }

  // Puts a compiled catalog (null: the built-in one) and compiled holidays in
  // use; holidays that failed (`holidaysFailed`, or the reader's `problems`
  // with them, or bytes the widget cannot read) are left out, and reported.
  // `quietly`: reports nothing (the same documents, worded again).
  #useCompiled(catalog, holidays, holidaysFailed, problems, quietly) {
    const unreadable = this.#widget.use_compiled(catalog ?? undefined, holidays ?? undefined, holidaysFailed || problems !== null);
    const why = problems?.join('; ') ?? unreadable;
    if (why && !quietly) this.#report(`sla-calculator: the extra holidays are left out: ${why}`, problems ?? [why]);
    this.#ensureWords();
  }

  // The reader's catalog from the author's documents, or their problems, put in
  // use unless a later run has superseded this one (then resolves to false).
  // Problems of the holidays alone leave them out, not the catalog.
  async #readDocuments(run, holidays, holidaysFailed, quietly) {
    let compact = null;
    let problems = null;
    let holidaysProblems = null;
    // JSON is read here; compiled holidays are added to what it makes.
    let compiledHolidays = holidays instanceof Uint8Array ? holidays : null;
    const jsonHolidays = typeof holidays === 'string' ? holidays : undefined;
    if (this.#catalog instanceof Uint8Array) {
      problems = ['a compiled catalog takes compiled extra holidays: compile them too (sla compile HOLIDAYS.json -o FILE --catalog CATALOG.json)'];
    } else {
      try {
        this.#readerFailed = false;
        const { readCatalog, readHolidays } = await assets.reader();
        if (this.#catalog === null) {
          compiledHolidays = readHolidays(jsonHolidays);
        } else {
          // The catalog's problems, worded in the widget's language for it to show.
          const lang = this.#widget.language();
          try {
            compact = readCatalog(this.#catalog, jsonHolidays, lang);
          } catch (error) {
            if (!Array.isArray(error) || jsonHolidays === undefined) throw error;
            // The catalog alone may be sound: then only the holidays are left
            // out, and reported as the CLI words them.
            compact = readCatalog(this.#catalog, undefined, lang);
            holidaysProblems = error.map(inEnglish);
          }
        }
      } catch (error) {
        // Problems are the documents'; anything else, the reader's module failing to load.
        this.#readerFailed = !Array.isArray(error);
        problems = Array.isArray(error) ? error : [`cannot load the catalog reader: ${error?.message ?? error}`];
        // With the built-in catalog, only the holidays needed the reader.
        if (this.#catalog === null) [holidaysProblems, problems, compiledHolidays] = [problems, null, null];
      }
    }
    if (run !== this.#catalogRuns || !this.#widget) return false;
    if (problems) {
      this.#widget.show_catalog_problems(problems);
      this.#ensureWords();
    } else {
      this.#useCompiled(compact, compiledHolidays, holidaysFailed, holidaysProblems, quietly);
    }
    return true;
  }

  get catalog() {
    return fromDocument(this.#catalog);
  }

  set catalog(value) {
    this.#catalogLoad?.abort(replaced());
    this.#catalog = toDocument(value);
    this.#catalogFetchError = null;
    this.#applyCatalog();
  }

  async loadCatalog(url) {
    // A later catalog (this method again, or the property) wins: this one's
    // download is aborted, and its promise rejects saying so.
    this.#catalogLoad?.abort(replaced());
    const { signal } = (this.#catalogLoad = new AbortController());
    const shown = await this.#whileBusy(async () => {
      try {
        this.#catalog = await fetchDocument(url, signal);
        this.#catalogFetchError = null;
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        this.#catalogFetchError = `cannot fetch the catalog ${url}: ${error.message}`;
      }
      await assets.widget();
      return this.#applyCatalog();
    });
    const problem = shown?.message ?? this.#catalogFetchError;
    if (problem) throw new Error(problem);
  }

  get deadline() {
    return this.#widget?.deadline() ?? null;
  }
}

for (const name of REFLECTED) {
  Object.defineProperty(SlaCalculator.prototype, name, {
    get() {
      return this.getAttribute(name);
    },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(name);
      else this.setAttribute(name, value);
    },
  });
}

/**
 * Defines the element once per page (a second copy of the loader is a no-op).
 * The loader calls it; `@tagname` above is the name it uses.
 * @param {Promise<Factory> | (() => Promise<Factory>)} widget
 *   Makes the Rust widget (the main WebAssembly module), where a `Factory` is
 *   `(host: HTMLElement, shadowRoot: () => ShadowRoot, stylesheet: string, browser: object) => object`
 *   (`shadowRoot` attaches the host's shadow root on its first call);
 *   a function is called when the first element needs it.
 * @param {() => Promise<{ readCatalog: (catalogJson: string, holidaysJson?: string, lang?: string) => Uint8Array,
 *   readHolidays: (holidaysJson: string) => Uint8Array }>} reader
 *   Loads the catalog reader (a second module, fetched only when a page passes its
 *   own catalog or holidays as JSON). Its functions return the compact forms the
 *   widget uses, or throw the documents' problems as an array of strings.
 * @param {string | (() => string)} stylesheet - URL of the widget's CSS.
 * @param {(lang: string, fresh?: boolean) => Promise<Uint8Array>} words
 *   The built-in catalog's words in a language (`lang/<code>.bin`): a widget
 *   shows nothing new until its language's words are in. Downloaded once and
 *   shared, unless `fresh` (a retry after a failure).
 * @param {(code: string, fresh?: boolean) => Promise<Uint8Array>} countries
 *   A country's public holidays (`holidays/<code>.bin`, rules §2.4), fetched
 *   for the countries whose clocks a widget reads hours in; `fresh` as for words.
 * @param {string} [tagName] - Another name (tests); it gets a subclass, as one
 *   class is defined under one name only.
 * @returns {CustomElementConstructor}
 */
export function defineSlaCalculator(widget, reader, stylesheet, words, countries, tagName = 'sla-calculator') {
  assets ??= {
    widget: typeof widget === 'function' ? widget : () => widget,
    reader,
    stylesheet: typeof stylesheet === 'function' ? stylesheet : () => stylesheet,
    words,
    countries,
  };
  // Imported where there is no DOM (a docs framework rendering its pages in
  // Node), it defines nothing: the page's own import will.
  if (!globalThis.customElements) return SlaCalculator;
  const defined = customElements.get(tagName);
  if (defined) return defined;
  const element = tagName === 'sla-calculator' ? SlaCalculator : class extends SlaCalculator {};
  customElements.define(tagName, element);
  return element;
}
