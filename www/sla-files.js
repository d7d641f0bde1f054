// Fetching the files the `<sla-calculator>` element needs (sla-element.js),
// and what an author's document is to it: compiled bytes or JSON text.

/** A promise resolved after `ms`. */
export const after = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `promise`, or, if it takes longer than `ms`, a rejection whose error says so (`stalled`). */
export function within(promise, ms) {
  let timer;
  const stall = new Promise((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer in ${ms} ms`), { stalled: true })), ms);
  });
  return Promise.race([promise, stall]).finally(() => clearTimeout(timer));
}

/** A file's bytes; an HTTP error status rejects, like a network failure; so does `signal` aborting the download (with its reason). */
export async function fetchBytes(url, signal) {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Why a catalog's download was aborted. */
export const replaced = () => new Error('a later catalog replaced this one');

/** A document fetched, as the element keeps it (see asDocument). */
export async function fetchDocument(url, signal) {
  return asDocument(await fetchBytes(url, signal));
}

/** A document as the element keeps it: compiled bytes (`sla compile`; they start with "SL"), else JSON text. */
export function asDocument(bytes) {
  return bytes[0] === 0x53 && bytes[1] === 0x4c ? bytes : new TextDecoder().decode(bytes);
}

/** A document an author passes: compiled bytes, JSON text, or an object to write as JSON; none for null. */
export function toDocument(value) {
  if (value === null || value === undefined) return null;
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A document as its property gives it back: compiled bytes, or the JSON parsed. */
export function fromDocument(document) {
  return document === null || document instanceof Uint8Array ? document : JSON.parse(document);
}
