// One undo for every library change: a change that can be taken back is recorded here with how to
// undo (and redo) it. The same toast offers Undo everywhere, and Ctrl/Cmd+Z and
// Shift+Ctrl/Cmd+Z (commands in app/commands.ts) undo and redo the newest change made in the view
// the analyst is looking at. Notifications render outside the query provider, so undo refreshes
// what the change's method makes stale itself.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import type { MethodName } from '../../../shared/contract/methods';
import { invalidateAfter } from '../api/hooks';
import { showError } from './notify';

export interface UndoableChange {
  /** What happened, in the past tense: "3 excerpts deleted". */
  message: ReactNode;
  title?: string;
  undo: () => Promise<void>;
  /** Absent when the change cannot be made again from here (the analyst repeats it instead). */
  redo?: () => Promise<void>;
  /** The method whose effect the change (and its undo and redo) has: what to refetch afterwards. */
  method: MethodName;
  /** Kept for the tests of each screen (`excerpt-deleted-notice` …). */
  testId?: string;
}

interface Entry extends UndoableChange {
  id: string;
  view: string;
}

const UNDO_TOAST_MS = 10_000;
const KEEP = 50;
const done: Entry[] = [];
const undone: Entry[] = [];
let counter = 0;

/** The view a change belongs to: the screen part of the route (#/excerpts?…, #/article/<id>). */
function currentView(): string {
  return window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] || 'library';
}

function Toast({ entry, action }: { entry: Entry; action: 'undo' | 'redo' }) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const ok = action === 'undo' ? await undoEntry(entry) : await redoEntry(entry);
    if (!ok) setBusy(false);
  };
  return (
    // The button never shrinks: a long message wraps beside it instead of pushing it out.
    <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start" data-testid={entry.testId ?? 'undo-toast'}>
      <Text size="sm" lineClamp={3} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {entry.message}
      </Text>
      <Button
        size="compact-xs"
        variant="light"
        loading={busy}
        onClick={() => void run()}
        style={{ flexShrink: 0 }}
        data-testid="undo-button"
      >
        {action === 'undo' ? 'Undo' : 'Redo'}
      </Button>
    </Group>
  );
}

function show(entry: Entry, action: 'undo' | 'redo'): void {
  notifications.hide(entry.id);
  notifications.show({
    id: entry.id,
    color: 'gray',
    title: action === 'undo' ? entry.title : 'Undone',
    message: <Toast entry={entry} action={action} />,
    autoClose: UNDO_TOAST_MS,
  });
}

/** Records a change that has just been made and offers Undo. */
export function recordChange(change: UndoableChange): void {
  const entry: Entry = { ...change, id: `change-${++counter}`, view: currentView() };
  done.push(entry);
  if (done.length > KEEP) done.shift();
  undone.length = 0;
  show(entry, 'undo');
}

async function undoEntry(entry: Entry): Promise<boolean> {
  try {
    await entry.undo();
  } catch (error) {
    showError(error, 'Could not undo');
    return false;
  }
  done.splice(done.indexOf(entry), 1);
  await invalidateAfter(entry.method);
  if (entry.redo) {
    undone.push(entry);
    show(entry, 'redo');
  } else {
    notifications.hide(entry.id);
  }
  return true;
}

async function redoEntry(entry: Entry): Promise<boolean> {
  try {
    await entry.redo!();
  } catch (error) {
    showError(error, 'Could not redo');
    return false;
  }
  undone.splice(undone.indexOf(entry), 1);
  done.push(entry);
  await invalidateAfter(entry.method);
  show(entry, 'undo');
  return true;
}

function newestInView(stack: Entry[]): Entry | undefined {
  const view = currentView();
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.view === view) return stack[i];
  return undefined;
}

// One undo or redo at a time: pressing Ctrl+Z twice quickly undoes two changes, in order.
let running: Promise<unknown> = Promise.resolve();
function inTurn(step: () => Promise<void>): void {
  running = running.then(step);
}

/** Ctrl/Cmd+Z: undoes the newest change made in this view. */
export function undoLast(): void {
  inTurn(() => undoLastNow());
}

/** Shift+Ctrl/Cmd+Z: makes the newest undone change again. */
export function redoLast(): void {
  inTurn(() => redoLastNow());
}

async function undoLastNow(): Promise<void> {
  const entry = newestInView(done);
  if (entry) await undoEntry(entry);
  else notifications.show({ color: 'gray', message: 'Nothing to undo in this view.', autoClose: 2500 });
}

async function redoLastNow(): Promise<void> {
  const entry = newestInView(undone);
  if (entry) await redoEntry(entry);
  else notifications.show({ color: 'gray', message: 'Nothing to redo in this view.', autoClose: 2500 });
}
