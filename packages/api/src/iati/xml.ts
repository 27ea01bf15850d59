/**
 * A small XML 1.0 writer: elements, text and comments, escaped by construction.
 *
 * Why not a library such as xmlbuilder2: the IATI vocabulary written here is
 * fixed and shallow, and all that can go wrong is escaping, which is five
 * characters and one character class. Keeping it here keeps @pact/api free of
 * a DOM implementation (xmlbuilder2 brings four packages) and runnable in any
 * fetch runtime. The tests hold it to a real XML Schema validator (libxml2)
 * with hostile text.
 */

/** A serialized XML fragment. Only the functions below make one, so no raw string slips in unescaped. */
export interface Xml {
  readonly kind: 'element' | 'text' | 'comment';
  readonly xml: string;
}

/** Attribute values; `undefined` leaves the attribute out. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Everything outside XML 1.0's `Char` production: C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 * Characters beyond the BMP (emoji, CJK extension B) are allowed and kept.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters that XML 1.0 forbids anywhere in a document. */
export function xmlChars(value: string): string {
  return value.replace(NOT_XML_CHAR, '');
}

/**
 * Escapes character data. `>` is escaped too, so that `]]>` never appears.
 * Line breaks become references: a parser keeps `&#13;` (a literal CR would be
 * normalized away), NEL and LINE SEPARATOR survive parsers that treat them as
 * line ends (XML 1.1 does), and the serialized text never holds a literal
 * newline, so indenting the document cannot change any text.
 */
export function escapeText(value: string): string {
  return xmlChars(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\u0085/g, '&#133;')
    .replace(/\u2028/g, '&#8232;');
}

/** Escapes an attribute value for double quotes; a tab as a reference, so attribute normalization keeps it. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;');
}

const NAME = /^[A-Za-z_][A-Za-z0-9._:-]*$/;

function checkName(name: string): string {
  if (!NAME.test(name)) throw new TypeError(`not an XML name: ${JSON.stringify(name)}`);
  return name;
}

/** Text content. */
export function text(value: string): Xml {
  return { kind: 'text', xml: escapeText(value) };
}

/** A comment; `--` cannot occur inside one, so it is broken up. */
export function comment(value: string): Xml {
  const body = xmlChars(value)
    .replace(/\s+/g, ' ')
    .replace(/-(?=-)/g, '- ')
    .replace(/-$/, '- ');
  return { kind: 'comment', xml: `<!-- ${body} -->` };
}

/**
 * An element. Children that are all text stay on the element's line; element
 * children go on lines of their own, indented by two spaces per level.
 */
export function el(name: string, attributes: Attributes = {}, ...children: Xml[]): Xml {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([key, value]) => ` ${checkName(key)}="${escapeAttribute(String(value))}"`)
    .join('');
  const open = `<${checkName(name)}${attrs}`;
  if (children.length === 0) return { kind: 'element', xml: `${open}/>` };
  if (children.every((c) => c.kind === 'text'))
    return { kind: 'element', xml: `${open}>${children.map((c) => c.xml).join('')}</${name}>` };
  const inner = children.map((c) => `\n  ${c.xml.replace(/\n/g, '\n  ')}`).join('');
  return { kind: 'element', xml: `${open}>${inner}\n</${name}>` };
}

/** A complete document: the XML declaration, then the nodes (comments and one root element). */
export function xmlDocument(...nodes: Xml[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${nodes.map((n) => n.xml).join('\n')}\n`;
}
