// The second example page's script: loads a custom catalog into one widget
// and listens to both widgets' sla-change events.
const custom = document.getElementById('custom');
custom.loadCatalog(new URL('catalogs/acme.json', document.baseURI)).catch((error) => console.error(error));

const last = document.getElementById('last-change');
document.addEventListener('sla-change', (event) => {
  const { tier, region, priority, deadline } = event.detail;
  last.textContent = `Last change (${event.target.id}): ${tier} / ${region} / ${priority} → ${deadline}`;
});
