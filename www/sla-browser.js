// What the Rust widget asks the browser (src/web/browser.rs), for the
// `<sla-calculator>` element (sla-element.js) to hand it: dates and times for
// people (`Intl`), country names, the visitor's zone and languages, the page.

// Dates and times for people: `Intl` formatters, one per locale, style and
// zone, made once. A style is the formatter's options as the widget writes
// them (`intl::Style` in src/web/intl.rs: "weekday=short hour=2-digit…";
// `locale=` for another locale, `timeZoneName` for the zone's name alone).
const formats = new Map();
const countryLists = new Map();
let visitorZone = null;
// The country of a time zone, as far as the browser can tell: the region of
// one of the reader's languages (or of the page's) whose zones include it,
// where the browser lists a region's zones (Intl.Locale#getTimeZones).
// undefined when it cannot tell.
export function countryOf(zone) {
  for (const tag of [...navigator.languages, document.documentElement.lang]) {
    try {
      const locale = new Intl.Locale(tag).maximize();
      if ((locale.getTimeZones?.() ?? locale.timeZones)?.includes(zone)) return locale.region;
    } catch {
      // Not a language tag: the next one.
    }
  }
}

export const browser = {
  format(locale, style, zone, millis) {
    const key = `${locale} ${style} ${zone}`;
    let format = formats.get(key);
    const named = style.includes('timeZoneName');
    if (!format) {
      const { locale: tag = locale, ...options } = Object.fromEntries(style.split(' ').map((option) => option.split('=')));
      try {
        format = new Intl.DateTimeFormat(tag, { ...options, timeZone: zone });
      } catch (error) {
        // A zone this browser does not know: UTC (its name: the widget keeps the id).
        if (named) throw error;
        format = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
      }
      formats.set(key, format);
    }
    // A zone's name: that part alone ("India Standard Time").
    if (named) return format.formatToParts(millis).find((part) => part.type === 'timeZoneName').value;
    return format.format(millis);
  },
  // Countries named in `locale`, alphabetically, one line each: "INInde"
  // (kept: every render of the zone control asks again).
  countries(locale, codes) {
    // None (a brief view's zone control): no Intl, whose first use here
    // costs the first view ~2.5 ms.
    if (!codes) return '';
    const key = `${locale} ${codes}`;
    if (!countryLists.has(key)) {
      const names = new Intl.DisplayNames(locale, { type: 'region' });
      const collator = new Intl.Collator(locale);
      countryLists.set(key, codes.match(/../g).map((code) => [code, names.of(code)])
        .sort((a, b) => collator.compare(a[1], b[1])).map((pair) => pair.join('')).join('\n'));
    }
    return countryLists.get(key);
  },
  localTime: (value) => Date.parse(value),
  // Asked once a page: its first use of Intl is the costly one.
  zone: () => (visitorZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC'),
  languages: () => navigator.languages.join(),
  pageLang: () => document.documentElement.getAttribute('lang'),
  page: () => location.href.split('#')[0],
  setValue(control, value) {
    if (control.value !== value && (control.localName === 'select' || control.getRootNode().activeElement !== control)) {
      control.value = value;
    }
  },
};
