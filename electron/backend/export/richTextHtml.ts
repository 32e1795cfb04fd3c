// Lexical editor state (JSON) to safe HTML for reports: paragraphs, headings, quotes, lists,
// bold/italic/underline, links shown with their address, and entity mentions as names. Every
// string is escaped; unknown nodes fall back to their text.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

interface LexicalNode {
  type?: string;
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  url?: string;
  name?: string;
  children?: LexicalNode[];
}

const BOLD = 1;
const ITALIC = 2;
const UNDERLINE = 8;

function render(node: LexicalNode): string {
  const children = (node.children ?? []).map(render).join('');
  switch (node.type) {
    case 'text': {
      let html = escapeHtml(node.text ?? '');
      const format = typeof node.format === 'number' ? node.format : 0;
      if (format & BOLD) html = `<strong>${html}</strong>`;
      if (format & ITALIC) html = `<em>${html}</em>`;
      if (format & UNDERLINE) html = `<u>${html}</u>`;
      return html;
    }
    case 'linebreak':
      return '<br>';
    case 'paragraph':
      return `<p>${children}</p>`;
    case 'heading':
      return /^h[1-6]$/.test(node.tag ?? '') ? `<${node.tag}>${children}</${node.tag}>` : `<p>${children}</p>`;
    case 'quote':
      return `<blockquote>${children}</blockquote>`;
    case 'list':
      return node.listType === 'number' ? `<ol>${children}</ol>` : `<ul>${children}</ul>`;
    case 'listitem':
      return `<li>${children}</li>`;
    case 'link':
    case 'autolink':
      return `${children} <span class="url">(${escapeHtml(node.url ?? '')})</span>`;
    case 'entity-mention':
      return `<span class="mention">${escapeHtml(node.name ?? node.text ?? '')}</span>`;
    default:
      return node.children ? children : escapeHtml(node.text ?? '');
  }
}

/** The note as HTML; plain text (paragraphs by blank lines) when there is no editor state. */
export function richTextToHtml(value: { json: string; text: string }): string {
  if (value.json) {
    try {
      const state = JSON.parse(value.json) as { root?: LexicalNode };
      if (state.root) return render(state.root);
    } catch {
      // fall back to the plain text
    }
  }
  return value.text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
