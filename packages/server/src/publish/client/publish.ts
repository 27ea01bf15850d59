/**
 * Makes /publish/ live: each change of the form updates the page's address, the preview (the
 * element itself, re-created with the new attributes) and the snippets, from /publish/state (the
 * server's own reading of the choices, so the page and the server never disagree). A change of
 * element reloads the page, whose options depend on it. Copy buttons use the clipboard and say so
 * in a status line read by screen readers.
 */
interface State {
  query: string;
  ok: boolean;
  errors: string[];
  errorsTitle: string;
  tag: string;
  attributes: [string, string][];
  theme: string | null;
  snippets: { script: string; iframe: string; url: string } | null;
}

const form = document.getElementById('publish') as HTMLFormElement;
const initialTag = new FormData(form).get('tag');
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let sequence = 0;

function query(): URLSearchParams {
  const q = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value !== '') q.append(name, value);
  return q;
}

async function refresh(): Promise<void> {
  const q = query();
  if (q.get('tag') !== initialTag) {
    location.assign(`/publish/?${q}`);
    return;
  }
  const mine = ++sequence;
  const res = await fetch(`/publish/state?${q}`);
  const state = (await res.json()) as State;
  if (mine !== sequence) return;
  history.replaceState(null, '', `/publish/?${state.query}`);
  const errors = byId('errors');
  const list = document.createElement('ul');
  // The mistakes are in English (they quote the address), as the server's page marks them.
  if (document.documentElement.lang !== 'en') Object.assign(list, { lang: 'en', dir: 'ltr' });
  for (const e of state.errors) list.append(Object.assign(document.createElement('li'), { textContent: e }));
  errors.replaceChildren(
    ...(state.ok ? [] : [Object.assign(document.createElement('p'), { textContent: state.errorsTitle }), list]),
  );
  errors.hidden = state.ok;
  const preview = byId('preview');
  if (state.ok) {
    const element = document.createElement(state.tag);
    for (const [name, value] of state.attributes) element.setAttribute(name, value);
    preview.replaceChildren(element);
  } else preview.replaceChildren();
  const theme = byId<HTMLLinkElement>('pact-theme');
  if (state.theme) theme.href = state.theme;
  theme.disabled = !state.theme;
  byId<HTMLTextAreaElement>('s-script').value = state.snippets?.script ?? '';
  byId<HTMLTextAreaElement>('s-iframe').value = state.snippets?.iframe ?? '';
  byId<HTMLTextAreaElement>('s-url').value = state.snippets?.url ?? '';
  const link = byId<HTMLAnchorElement>('embed-link');
  if (state.snippets) link.href = state.snippets.url;
  else link.removeAttribute('href');
}

let typing: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('change', () => {
  clearTimeout(typing);
  void refresh();
});
form.addEventListener('input', (e) => {
  if (!(e.target instanceof HTMLInputElement) || e.target.type === 'checkbox') return;
  clearTimeout(typing);
  typing = setTimeout(() => void refresh(), 400);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  void refresh();
});

document.addEventListener('click', (e) => {
  const button = e.target instanceof Element ? e.target.closest('button[data-copy]') : null;
  if (!button) return;
  const area = byId<HTMLTextAreaElement>(button.getAttribute('data-copy') ?? '');
  const status = byId('copy-status');
  const say = (key: 'copied' | 'failed') => {
    status.textContent = '';
    // A new text each time, so that a second copy is announced again.
    setTimeout(() => (status.textContent = status.dataset[key] ?? ''), 50);
  };
  navigator.clipboard.writeText(area.value).then(
    () => say('copied'),
    () => {
      area.focus();
      area.select();
      say('failed');
    },
  );
});

export {};
