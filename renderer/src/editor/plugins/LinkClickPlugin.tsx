// A click on a link in a note never navigates the app: it asks OPEN_LINK_COMMAND, whose default
// handler opens it through the safe external-link path (confirm first, http(s) only).
import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import { $getNearestNodeFromDOMNode, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect } from 'react';
import { OPEN_LINK_COMMAND } from '../commands';
import { openExternalLink } from '../safeLink';

export function LinkClickPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const unregister = editor.registerCommand(
      OPEN_LINK_COMMAND,
      (url) => (openExternalLink(url), true),
      COMMAND_PRIORITY_LOW,
    );
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest('a') : null;
      if (!target || target.classList.contains('cf-mention-chip')) return;
      // Every other anchor in the editor is a note link: keep the app where it is.
      event.preventDefault();
      // While editing, a plain click places the caret; Ctrl/Cmd+click (or any click when read-only) opens.
      if (editor.isEditable() && !(event.ctrlKey || event.metaKey)) return;
      let url: string | null = null;
      editor.read(() => {
        const node = $getNearestNodeFromDOMNode(target);
        const link = node ? $findMatchingParent(node, $isLinkNode) : null;
        if ($isLinkNode(link)) url = link.getURL();
      });
      if (url) editor.dispatchCommand(OPEN_LINK_COMMAND, url);
    };
    return mergeRegister(
      unregister,
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onClick);
        root?.addEventListener('click', onClick);
      }),
      () => editor.getRootElement()?.removeEventListener('click', onClick),
    );
  }, [editor]);
  return null;
}
