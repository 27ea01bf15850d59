// For the repository's own `tsc -p tsconfig.test.json`, which reads main.ts but not .svelte files
// (svelte-check, with this app's tsconfig.json, checks those).
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component;
  export default component;
}
