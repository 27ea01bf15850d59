// For the repository's own `tsc -p tsconfig.test.json`, which reads main.ts but not .vue files
// (vue-tsc, with this app's tsconfig.json, checks those).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
