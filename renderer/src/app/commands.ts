// Every action the app offers, with its shortcut: the command palette lists them, and the same
// list drives the keyboard shortcuts, so a shortcut can never exist without being discoverable.
import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { api } from '../api/client';
import { pickFilesToImport } from '../ui/import/importStore';
import { ADD_TO_CASE_SHORTCUT, currentCaseSelection, requestAddToCase } from '../ui/addToCase';
import { exportCaseFile, pickCaseFileToImport } from '../features/cases/exchange/caseExchange';
import { openCaptureDialog } from '../features/webCapture';
import { showError } from '../ui/notify';
import { redoLast, undoLast } from '../ui/undo';
import { KEYBOARD_HELP_SHORTCUT, openKeyboardHelp } from './KeyboardHelp';
import { navigate, parseHash, type Route } from './route';

export interface Command {
  id: string;
  label: string;
  group: 'Go to' | 'Articles' | 'Cases' | 'Library' | 'View';
  /** In Mantine's hotkey notation ('mod+K', 'alt+1'); optional. */
  shortcut?: string;
  /** A shortcut without Ctrl/Alt (Shift+C) must not fire while the analyst types a capital C. */
  ignoreWhileTyping?: boolean;
  run(): void;
}

// Chromium keeps Ctrl+N (new window) for itself, so the browser host uses Alt+N instead.
const NEW_ARTICLE_SHORTCUT = api.capabilities.host === 'web' ? 'alt+N' : 'mod+N';

/** Focuses the current screen's own search field if it has one, else opens Search. */
export function focusSearch(): void {
  const field = document.querySelector<HTMLInputElement>('[data-shortcut="search"]');
  if (field) {
    field.focus();
    field.select();
  } else {
    navigate({ screen: 'search' });
  }
}

const go = (id: string, label: string, route: Route, shortcut?: string): Command => ({
  id: `go.${id}`,
  label,
  group: 'Go to',
  ...(shortcut ? { shortcut } : {}),
  run: () => navigate(route),
});

function addSelectionToCase(): void {
  const ids = currentCaseSelection(parseHash(window.location.hash));
  if (ids.length) requestAddToCase(ids);
  else
    showError(
      new Error('Select articles, excerpts, sources or entities first (or open one).'),
      'Nothing to add to a case',
    );
}

async function exportOpenCase(): Promise<void> {
  const route = parseHash(window.location.hash);
  if (route.screen !== 'cases' || !route.id) {
    showError(new Error('Open a case first; its page has Export case file.'), 'No case is open');
    return;
  }
  try {
    const found = await api.call('cases.get', { id: route.id });
    await exportCaseFile(found.id, found.title);
  } catch (error) {
    showError(error);
  }
}

export function useCommands(openPalette: () => void): Command[] {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  return [
    {
      id: 'article.new',
      label: 'New article',
      group: 'Articles',
      shortcut: NEW_ARTICLE_SHORTCUT,
      run: () => navigate({ screen: 'new-article' }),
    },
    { id: 'article.import', label: 'Import files…', group: 'Articles', shortcut: 'mod+O', run: pickFilesToImport },
    { id: 'article.captureUrl', label: 'Capture URL…', group: 'Articles', shortcut: 'mod+L', run: openCaptureDialog },
    { id: 'search.focus', label: 'Search', group: 'Articles', shortcut: 'mod+F', run: focusSearch },
    {
      id: 'case.add',
      label: 'Add selection to a case…',
      group: 'Cases',
      shortcut: ADD_TO_CASE_SHORTCUT,
      ignoreWhileTyping: true,
      run: addSelectionToCase,
    },
    { id: 'case.export', label: 'Export this case file', group: 'Cases', run: () => void exportOpenCase() },
    { id: 'case.import', label: 'Import case file…', group: 'Cases', run: pickCaseFileToImport },
    {
      id: 'case.conflicts',
      label: 'Resolve case-file conflicts',
      group: 'Cases',
      run: () => navigate({ screen: 'conflicts' }),
    },
    go('library', 'Library', { screen: 'library' }, 'alt+1'),
    go('excerpts', 'Excerpts', { screen: 'excerpts' }, 'alt+2'),
    go('sources', 'Sources', { screen: 'sources' }, 'alt+3'),
    go('entities', 'Entities', { screen: 'entities' }, 'alt+4'),
    go('cases', 'Cases', { screen: 'cases' }, 'alt+5'),
    go('search', 'Search', { screen: 'search' }, 'alt+6'),
    go('chart', 'Link chart', { screen: 'chart' }, 'alt+7'),
    go('timeline', 'Library timeline', { screen: 'timeline' }, 'alt+8'),
    go('watch', 'Watch terms and notifications', { screen: 'watch' }),
    go('trash', 'Trash', { screen: 'trash' }),
    go('settings', 'Settings', { screen: 'settings' }, 'mod+,'),
    { id: 'library.new', label: 'New library…', group: 'Library', run: () => navigate({ screen: 'settings' }) },
    { id: 'library.open', label: 'Open library…', group: 'Library', run: () => navigate({ screen: 'settings' }) },
    {
      id: 'view.theme',
      label: scheme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme',
      group: 'View',
      shortcut: 'mod+shift+L',
      run: () => setColorScheme(scheme === 'dark' ? 'light' : 'dark'),
    },
    { id: 'view.palette', label: 'Command palette', group: 'View', shortcut: 'mod+K', run: openPalette },
    // Work at volume (issue 15): one undo for library changes, and the keyboard help screen.
    {
      id: 'library.undo',
      label: 'Undo the last change in this view',
      group: 'Library',
      shortcut: 'mod+Z',
      ignoreWhileTyping: true,
      run: undoLast,
    },
    {
      id: 'library.redo',
      label: 'Redo the last undone change',
      group: 'Library',
      shortcut: 'mod+shift+Z',
      ignoreWhileTyping: true,
      run: redoLast,
    },
    {
      id: 'view.keyboard',
      label: 'Keyboard shortcuts',
      group: 'View',
      shortcut: KEYBOARD_HELP_SHORTCUT,
      ignoreWhileTyping: true,
      run: openKeyboardHelp,
    },
  ];
}
