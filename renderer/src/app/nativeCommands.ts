// The native menu and the backend's supervisor speak to the renderer through two events; both land
// on the same commands the palette and the shortcuts run (./commands.ts), so a menu item can never
// do something the palette does not. The browser host never sends them itself, but its event
// stream carries them like any other event (which is how the end-to-end test sends them).
import { notifications } from '@mantine/notifications';
import { useEffect, useEffectEvent } from 'react';
import type { EventPayload } from '../../../shared/contract/events';
import { api } from '../api/client';
import { queryClient } from '../api/hooks';
import { importFilePaths } from '../ui/import/importStore';
import type { Command } from './commands';
import { MENU_COMMAND_IDS, type MenuCommand } from './menuCommandIds';

/** Runs one menu command through the registry; false if the registry has no such command. */
export function runMenuCommand(payload: MenuCommand, commands: readonly Command[]): boolean {
  if (payload.command === 'files.import') {
    void importFilePaths(payload.paths);
    return true;
  }
  const command = commands.find((c) => c.id === MENU_COMMAND_IDS[payload.command]);
  command?.run();
  return Boolean(command);
}

/** After the desktop app restarted a crashed backend: say so, and refetch everything on screen. */
export function onBackendRestarted({ reason }: EventPayload<'backend.restarted'>): void {
  notifications.show({
    id: 'backend-restarted',
    color: 'orange',
    title: 'Casefile restarted its library process',
    message: `${reason} Your saved work is in the library; anything that was in progress when it stopped should be done again.`,
    autoClose: 15_000,
  });
  void queryClient.invalidateQueries();
}

/** Subscribes the app to both events for its lifetime; the latest commands are always the ones run. */
export function useNativeEvents(commands: Command[]): void {
  const onMenuCommand = useEffectEvent((payload: EventPayload<'menu.command'>) => runMenuCommand(payload, commands));
  useEffect(() => {
    const offMenu = api.on('menu.command', (payload) => void onMenuCommand(payload));
    const offRestart = api.on('backend.restarted', onBackendRestarted);
    return () => {
      offMenu();
      offRestart();
    };
  }, []);
}
