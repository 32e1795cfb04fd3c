// Every native menu command reaches a command the palette also runs: none is broadcast that nothing
// handles, and none names a command the registry does not have.
import { describe, expect, it } from 'vitest';
import { events } from '../../../shared/contract/events';
// The registry's source: importing the module itself would start the host connection.
import REGISTRY from './commands.ts?raw';
import { MENU_COMMAND_IDS } from './menuCommandIds';

describe('native menu commands', () => {
  it('maps every menu.command the main process can send', () => {
    const sent = events['menu.command'].options.map((o) => o.shape.command.value).sort();
    expect([...Object.keys(MENU_COMMAND_IDS), 'files.import'].sort()).toEqual(sent);
  });

  it('names only commands the registry defines', () => {
    for (const id of Object.values(MENU_COMMAND_IDS)) expect(REGISTRY, id).toContain(`id: '${id}'`);
  });
});
