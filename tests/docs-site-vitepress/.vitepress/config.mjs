// A VitePress site as an author sets one up for the widget (tests/e2e/package.test.mjs
// builds it, server-side rendering included, and reads it in Chromium).
export default {
  title: 'Acme documentation',
  head: [['link', { rel: 'icon', href: 'data:,' }]],
  // Vue leaves the element to the browser.
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag === 'sla-calculator' } } },
};
