// Everything the screens rely on: the theme (light/dark following the OS unless the analyst picks
// one, remembered across launches), notifications, and the TanStack Query cache.
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { queryClient } from '../api/hooks';
import { theme } from './theme';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'casefile.colorScheme' });

export function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      <Notifications position="bottom-right" limit={5} />
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
