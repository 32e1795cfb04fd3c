// The readable text of an HTML fragment: paragraphs separated by blank lines, list items on their
// own lines, whitespace inside a paragraph collapsed, preformatted text kept as it is.

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
]);

// Minimal DOM shapes, so this module needs no DOM types (the backend has none).
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export function htmlNodeToText(root: DomNode): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text) blocks.push(text);
    line = '';
  };
  const walk = (node: DomNode, pre: boolean) => {
    if (node.nodeType === 3) {
      line += pre ? (node.textContent ?? '').replace(/\n/g, '\u2028') : (node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      line += '\u2028';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'LI') line += '• ';
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, pre || name === 'PRE');
    if (name === 'TD' || name === 'TH') line += ' ';
    if (block) flush();
  };
  walk(root, false);
  flush();
  // \u2028 stood for line breaks that must survive whitespace collapsing.
  return blocks
    .map((b) =>
      b
        .split('\u2028')
        .map((l) => l.trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n'),
    )
    .filter((b) => b.trim())
    .join('\n\n');
}
