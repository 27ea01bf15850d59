/** The publish dialog's style sheet (served as /publish/publish.css: no inline style under the CSP). */
export const PUBLISH_CSS = `:root{color-scheme:light;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}
body{margin:0 auto;max-width:80rem;padding:1rem}
header h1{font-size:1.6rem;margin:.5rem 0}
.intro{max-width:60rem}
.langs{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
.langs a{white-space:nowrap}
.langs a[aria-current]{font-weight:700;text-decoration:none}
a{color:#0b57a4}
.layout{display:grid;grid-template-columns:minmax(16rem,22rem) minmax(0,1fr);gap:2rem;align-items:start}
@media (max-width:50rem){.layout{grid-template-columns:minmax(0,1fr)}}
fieldset{border:1px solid #8a8f98;border-radius:4px;margin:0 0 1rem;padding:.5rem .75rem .75rem;min-width:0}
form{min-width:0}
legend{font-weight:700;padding:0 .25rem}
.field{display:flex;flex-direction:column;gap:.25rem;margin:.5rem 0}
.field.check{flex-direction:row;align-items:center;gap:.5rem}
label code{font-size:.85em;color:#4a4f57}
select,input,textarea,button{font:inherit;color:inherit}
select,input[type=text],input[type=number]{padding:.35rem .4rem;border:1px solid #6b7079;border-radius:3px;background:#fff;width:100%;max-width:100%;box-sizing:border-box}
textarea{width:100%;box-sizing:border-box;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;padding:.5rem;border:1px solid #6b7079;border-radius:3px;background:#f6f7f9;resize:vertical}
button{padding:.4rem .9rem;border:1px solid #0b57a4;border-radius:3px;background:#0b57a4;color:#fff;cursor:pointer}
button:hover{background:#08467f}
:focus-visible{outline:3px solid #c75300;outline-offset:2px}
.results{min-width:0}
.results h2{margin-top:.5rem}
.help{font-size:.9rem;color:#4a4f57;margin:.25rem 0}
.preview{border:1px dashed #8a8f98;border-radius:4px;padding:1rem;min-height:8rem;max-height:70vh;overflow:auto}
.snippet{margin:1rem 0}
.snippet h3{font-size:1.05rem;margin:.25rem 0}
#errors{border:2px solid #b00020;padding:.5rem 1rem;margin-bottom:1rem}
#copy-status{min-height:1.5em;font-weight:700}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
