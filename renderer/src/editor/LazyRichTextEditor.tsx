// The note editor as the app uses it: Lexical and its plugins (a third of the renderer's code) are
// fetched the first time an editor is shown, not at start-up; meanwhile the editor's place shows
// that it is loading, at the height the editor will take.
import { lazy, Suspense } from 'react';
import { Loading } from '../ui/Loading';
import type { RichTextEditorProps } from './RichTextEditor';

const Editor = lazy(() => import('./RichTextEditor').then((m) => ({ default: m.RichTextEditor })));

export function RichTextEditor(props: RichTextEditorProps) {
  return (
    <Suspense fallback={<Loading what="the editor" height={(props.minHeight ?? 90) + 34} />}>
      <Editor {...props} />
    </Suspense>
  );
}
