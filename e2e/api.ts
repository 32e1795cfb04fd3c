// Calling the contract directly from a test, for setting up data a spec is not about. Goes through
// the host exactly as the renderer does: the browser host's HTTP door (token header, envelope) or
// the desktop window's preload facade.
import type { Envelope } from '../shared/contract/errors';
import type { MethodInput, MethodName, MethodOutput } from '../shared/contract/methods';
import { seedArticleBytes } from './corpus';
import type { RunningApp } from './fixtures';

export async function invoke<M extends MethodName>(
  app: RunningApp,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const envelope = (await app.call(method, input)) as Envelope<MethodOutput<M>>;
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

/**
 * The seed article published by Daily NK, with Daily NK rated B (walkthrough steps 1–4): the
 * starting point most specs set up and none is about. `metadata` adds to or overrides the defaults.
 */
export async function seedRatedArticle(
  app: RunningApp,
  metadata: Partial<MethodInput<'articles.createFromText'>> & { title: string },
  rationale = 'long record on DPRK border trade; anonymous sourcing',
) {
  const { article } = await invoke(app, 'articles.createFromText', {
    text: seedArticleBytes().toString('utf8'),
    publisher: 'Daily NK',
    published: { value: '2020-03', qualifier: '' },
    language: 'en',
    ...metadata,
  });
  const dailyNk = (await invoke(app, 'sources.list', { kind: 'publication' })).items.find(
    (s) => s.name === 'Daily NK',
  )!;
  await invoke(app, 'sources.rate', { id: dailyNk.id, reliability: 'B', rationale });
  return { article, dailyNk };
}
