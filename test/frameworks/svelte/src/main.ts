// A Svelte 5 app using the Pact elements (Svelte needs no setting for custom elements: it sets a
// known property as a property, anything else as an attribute, and `on<event>` adds a listener).
import '@pact/elements';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') as HTMLElement });
