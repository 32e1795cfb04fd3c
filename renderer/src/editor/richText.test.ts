// The editor's pure parts, in a headless Lexical editor (no DOM): what a note stores, that it reloads
// exactly, that a mention keeps its entity id where the backend looks for it, and that pasted-in
// formats we do not offer are stripped.
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createEntityMentionNode, $isEntityMentionNode, EntityMentionNode } from './EntityMentionNode';
import { EDITOR_NAMESPACE, EDITOR_NODES } from './nodes';
import { loadRichText, serializeEditorState } from './richTextValue';
import { normaliseLinkInput, safeHttpUrl } from './linkUrl';
import { registerSanitizer } from './plugins/SanitizePlugin';

const KIM = '4f1c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';

function headless(): LexicalEditor {
  return createEditor({
    namespace: EDITOR_NAMESPACE,
    nodes: [...EDITOR_NODES],
    onError: (e) => {
      throw e;
    },
  });
}

function writeNote(editor: LexicalEditor): void {
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      const heading = $createHeadingNode('h2').append($createTextNode('Cash payments'));
      const para = $createParagraphNode().append(
        $createTextNode('Paid in '),
        $createTextNode('USD and CNY').toggleFormat('bold'),
        $createTextNode(', reportedly for '),
        $createEntityMentionNode(KIM, 'Kim Yo Jong'),
        $createTextNode('.'),
      );
      const list = $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('no bank transfer')),
        $createListItemNode().append($createTextNode('boats at night').toggleFormat('italic')),
      );
      const quote = $createQuoteNode().append($createTextNode('backed by Kim'));
      const link = $createParagraphNode().append(
        $createLinkNode('https://www.dailynk.com/english/').append($createTextNode('Daily NK')),
      );
      root.append(heading, para, list, quote, link);
    },
    { discrete: true },
  );
}

describe('a note as stored', () => {
  it('is the editor state as JSON plus its plain text', () => {
    const editor = headless();
    writeNote(editor);
    const value = serializeEditorState(editor.getEditorState());
    expect(value.text).toContain('Paid in USD and CNY, reportedly for Kim Yo Jong.');
    expect(value.text).toContain('no bank transfer');
    const json = JSON.parse(value.json) as { root: { children: { type: string }[] } };
    expect(json.root.children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'list', 'quote', 'paragraph']);
  });

  it('reloads exactly: the JSON round-trips through another editor unchanged', () => {
    const first = headless();
    writeNote(first);
    const stored = serializeEditorState(first.getEditorState());
    const second = headless();
    expect(loadRichText(second, stored)).toBe(true);
    expect(serializeEditorState(second.getEditorState())).toEqual(stored);
  });

  it('keeps the mentioned entity id in the JSON, where the backend searches for it', () => {
    const editor = headless();
    writeNote(editor);
    const { json } = serializeEditorState(editor.getEditorState());
    expect(json).toContain(KIM);
    const mention = JSON.stringify(JSON.parse(json).root.children[1].children[3]);
    expect(JSON.parse(mention)).toMatchObject({ type: 'entity-mention', entityId: KIM, name: 'Kim Yo Jong' });
    editor.read(() => {
      const node = (
        $getRoot().getChildAtIndex(1) as unknown as { getChildAtIndex(i: number): unknown }
      ).getChildAtIndex(3);
      expect($isEntityMentionNode(node as never)).toBe(true);
      expect((node as EntityMentionNode).getEntityId()).toBe(KIM);
    });
  });

  it('stores an empty editor as the empty value', () => {
    const editor = headless();
    editor.update(() => $getRoot().clear().append($createParagraphNode()), { discrete: true });
    expect(serializeEditorState(editor.getEditorState())).toEqual({ json: '', text: '' });
  });

  it('leaves the editor empty (and says so) when the stored JSON is unreadable', () => {
    const editor = headless();
    const error = console.error;
    console.error = () => undefined;
    try {
      expect(loadRichText(editor, { json: '{not json', text: 'x' })).toBe(false);
    } finally {
      console.error = error;
    }
  });
});

describe('sanitising', () => {
  it('drops text formats and styles the toolbar does not offer, keeping bold, italic and underline', () => {
    const editor = headless();
    registerSanitizer(editor);
    editor.update(
      () => {
        const text = $createTextNode('pasted').toggleFormat('bold').toggleFormat('strikethrough').toggleFormat('code');
        text.setStyle('color: red');
        $getRoot()
          .clear()
          .append($createParagraphNode().append(text), $createHeadingNode('h5').append($createTextNode('deep')));
      },
      { discrete: true },
    );
    editor.read(() => {
      const [para, heading] = $getRoot().getChildren();
      const text = (
        para as unknown as {
          getFirstChild(): { getFormat(): number; getStyle(): string; hasFormat(f: string): boolean };
        }
      ).getFirstChild();
      expect(text.hasFormat('bold')).toBe(true);
      expect(text.hasFormat('strikethrough')).toBe(false);
      expect(text.hasFormat('code')).toBe(false);
      expect(text.getStyle()).toBe('');
      expect((heading as unknown as { getTag(): string }).getTag()).toBe('h3');
    });
  });
});

describe('links', () => {
  it('only http(s) may leave the app', () => {
    expect(safeHttpUrl('https://www.dailynk.com/x')).toBe('https://www.dailynk.com/x');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    expect(safeHttpUrl('file:///etc/passwd')).toBeNull();
    expect(safeHttpUrl('https://bank.example@evil.example/')).toBeNull();
  });

  it('adds https:// to a bare domain the analyst types, and refuses other schemes', () => {
    expect(normaliseLinkInput('dailynk.com/english')).toBe('https://dailynk.com/english');
    expect(normaliseLinkInput('JavaScript:alert(1)')).toBeNull();
    expect(normaliseLinkInput('  ')).toBeNull();
  });
});
