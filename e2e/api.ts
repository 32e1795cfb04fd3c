// Calling the contract directly from a test, for setting up data a spec is not about. Goes through
// the browser host exactly as the renderer does (token header, envelope).
import type { MethodInput, MethodName, MethodOutput } from '../shared/contract/methods';
import type { RunningApp } from './fixtures';

export async function invoke<M extends MethodName>(
  app: RunningApp,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  if (app.kind !== 'web' || !app.token) throw new Error('invoke() needs the browser host');
  const response = await fetch(`${app.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Casefile-Token': app.token },
    body: JSON.stringify({ method, input }),
  });
  const envelope = (await response.json()) as
    { ok: true; value: MethodOutput<M> } | { ok: false; error: { code: string; message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}
