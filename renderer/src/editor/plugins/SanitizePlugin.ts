// Pasted rich text keeps only what the toolbar offers. Registering only our nodes already turns
// unknown elements into their text (see nodes.ts); these transforms also drop text formats and inline
// styles we do not offer (strikethrough, code, colours, fonts), alignment and indentation, and
// headings deeper than h3, so a pasted web page looks like a note someone typed.
import { $createHeadingNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ParagraphNode, TextNode, type ElementNode, type LexicalEditor } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

// TextNode format bits: bold 1, italic 2, underline 8 (lexical/LexicalConstants).
const ALLOWED_FORMATS = 1 | 2 | 8;

function plainElement(node: ElementNode): void {
  if (node.getFormatType() !== '') node.setFormat('');
  if (node.getIndent() !== 0 && node.getType() !== 'listitem') node.setIndent(0);
}

export function registerSanitizer(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(TextNode, (node) => {
      const format = node.getFormat();
      if (format & ~ALLOWED_FORMATS) node.setFormat(format & ALLOWED_FORMATS);
      if (node.getStyle()) node.setStyle('');
    }),
    editor.registerNodeTransform(ParagraphNode, plainElement),
    editor.registerNodeTransform(QuoteNode, plainElement),
    editor.registerNodeTransform(HeadingNode, (node) => {
      plainElement(node);
      if (!['h1', 'h2', 'h3'].includes(node.getTag())) {
        const replacement = $createHeadingNode('h3');
        replacement.append(...node.getChildren());
        node.replace(replacement);
      }
    }),
  );
}

export function SanitizePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSanitizer(editor), [editor]);
  return null;
}
