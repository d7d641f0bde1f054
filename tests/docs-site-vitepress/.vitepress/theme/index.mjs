// The theme imports the package like any module: VitePress first renders every
// page in Node (SSR), where the import must neither throw nor define anything,
// then the browser's copy defines the element.
import DefaultTheme from 'vitepress/theme';
import { setAssetPath } from 'sla-calculator';

export default {
  extends: DefaultTheme,
  enhanceApp() {
    // The package's files, copied to the site's public/sla-calculator/.
    if (typeof window !== 'undefined') setAssetPath('/sla-calculator/');
  },
};
