// The "Capture URL…" dialog's state: opened from the command (Ctrl/Cmd+L) or the palette, it holds
// what was pasted and, after the job, what became of every URL.
import { useSyncExternalStore } from 'react';
import type { WebCaptureResult } from '../../../../shared/contract/webCapture';

export type CaptureDialogState =
  { opened: false } | { opened: true; result: WebCaptureResult | null; cancelled: boolean };

let state: CaptureDialogState = { opened: false };
const listeners = new Set<() => void>();

function set(next: CaptureDialogState): void {
  state = next;
  listeners.forEach((fn) => fn());
}

export function openCaptureDialog(): void {
  set({ opened: true, result: null, cancelled: false });
}

export function closeCaptureDialog(): void {
  set({ opened: false });
}

export function showCaptureResult(result: WebCaptureResult | null): void {
  set({ opened: true, result: result ?? { captured: [], duplicates: [], failed: [] }, cancelled: result === null });
}

export function useCaptureDialog(): CaptureDialogState {
  return useSyncExternalStore(
    (fn) => (listeners.add(fn), () => listeners.delete(fn)),
    () => state,
  );
}

/** One URL per line (or separated by spaces), blank lines and duplicates dropped, order kept. */
export function parseUrlList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\s+/)
        .map((u) => u.trim())
        .filter(Boolean),
    ),
  ];
}
