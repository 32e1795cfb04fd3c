// The app frame: sidebar, the current screen, and what floats above every screen (the command
// palette, the first-run question, file import by drop or picker). `data-ready` on the main area
// tells tests (and anything else waiting) that the library is open and an analyst is set.
import { AppShell, Center, Loader } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCall } from '../api/hooks';
import { DropOverlay } from '../features/capture/DropOverlay';
import { ImportDialog } from '../features/capture/ImportDialog';
import { AddToCaseDialog } from '../ui/addToCase';
import { ImportSummaryModal } from '../features/cases/exchange/ImportSummaryModal';
import { CaptureUrlDialog } from '../features/webCapture';
import { ScopedChart } from '../features/chart';
import { importSampleCase } from '../features/cases/exchange/sampleCase';
import { SlotsProvider, type Slots } from './slots';
import { JobProgressModal } from '../ui/JobProgressModal';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CommandPalette } from './CommandPalette';
import { useCommands } from './commands';
import { FirstRunDialog } from './FirstRunDialog';
import { KeyboardHelp } from './KeyboardHelp';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { useNativeEvents } from './nativeCommands';
import { useRoute } from './route';
import { Screen } from './Screen';
import { Sidebar } from './Sidebar';
import { useShortcuts } from './useShortcuts';

/** The views features show of one another (see slots.tsx). */
const SLOTS: Slots = { ScopedChart, importSampleCase };

export function App() {
  const info = useCall('library.info', {});
  const route = useRoute();
  const [paletteOpened, palette] = useDisclosure(false);
  const commands = useCommands(palette.open);
  useShortcuts(commands);
  useNativeEvents(commands);

  const readOnly = info.data?.readOnly ?? false;
  // A read-only library without an analyst name is still ready: there is nothing to record.
  const ready = Boolean(info.data?.analyst) || readOnly;
  return (
    <SlotsProvider value={SLOTS}>
      <AppShell navbar={{ width: 210, breakpoint: 0 }} padding={0}>
        <AppShell.Navbar>
          <Sidebar onOpenPalette={palette.open} libraryPath={info.data?.path ?? ''} />
        </AppShell.Navbar>
        <AppShell.Main
          h="100dvh"
          style={{ display: 'flex', flexDirection: 'column' }}
          data-ready={ready ? 'true' : 'false'}
          data-screen={route.screen}
        >
          {info.error ? (
            <ErrorNotice
              error={info.error}
              title="Casefile could not open the library"
              onRetry={() => void info.refetch()}
            />
          ) : !info.data ? (
            <Center h="100%">
              <Loader size="sm" />
            </Center>
          ) : (
            <>
              {readOnly && <ReadOnlyBanner />}
              <div style={{ flex: 1, minHeight: 0 }}>
                <Screen route={route} />
              </div>
            </>
          )}
        </AppShell.Main>
        {info.data && !info.data.analyst && !readOnly && <FirstRunDialog />}
        <CommandPalette opened={paletteOpened} onClose={palette.close} commands={commands} />
        <ImportDialog />
        <DropOverlay />
        <AddToCaseDialog />
        <JobProgressModal />
        <ImportSummaryModal />
        <CaptureUrlDialog />
        <KeyboardHelp commands={commands} />
      </AppShell>
    </SlotsProvider>
  );
}
