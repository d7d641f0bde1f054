// The vendor-schedules example page: each calculator loads the catalog its
// data-catalog attribute names.
for (const calculator of document.querySelectorAll('sla-calculator[data-catalog]')) {
  calculator
    .loadCatalog(new URL(calculator.dataset.catalog, document.baseURI))
    .catch((error) => console.error(error));
}
