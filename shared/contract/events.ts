// Events the backend pushes to every connected renderer.
import { z } from 'zod';
import { JobProgress } from './methods';

export const events = {
  'job.progress': z.object({ jobId: z.string(), method: z.string(), progress: JobProgress }),
  'job.finished': z.object({
    jobId: z.string(),
    method: z.string(),
    status: z.enum(['done', 'failed', 'cancelled']),
    result: z.unknown().optional(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  }),
  /** Something in the library changed; views showing `kinds` should refetch. */
  'library.changed': z.object({ kinds: z.array(z.string()) }),
  /** The Electron host restarted a crashed backend; pending calls failed with backend_unavailable. */
  'backend.restarted': z.object({ reason: z.string() }),
  /**
   * A native menu item the renderer carries out (Electron only; the browser host never sends it).
   * `paths` comes with `files.import`: the files the analyst picked in the native open dialog.
   */
  'menu.command': z.discriminatedUnion('command', [
    z.object({ command: z.literal('article.new') }),
    z.object({ command: z.literal('files.import'), paths: z.array(z.string()).min(1) }),
    z.object({ command: z.literal('export') }),
    z.object({ command: z.literal('find') }),
    z.object({ command: z.literal('theme.toggle') }),
  ]),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
