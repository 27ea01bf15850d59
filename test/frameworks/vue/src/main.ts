// A Vue 3 app using the Pact elements as custom elements (vite.config in test/frameworks/frameworks.test.ts:
// compilerOptions.isCustomElement tells Vue's template compiler that pact-* tags are not Vue components).
import '@pact/elements';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
