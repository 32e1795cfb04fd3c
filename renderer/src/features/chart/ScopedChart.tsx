// A link chart anywhere in the app (the Chart screen, a case page, an entity page), fetched with
// its graph library only when it is first shown.
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { LinkChartProps } from './LinkChart';

const LinkChart = lazy(() => import('./LinkChart'));

export function ScopedChart(props: LinkChartProps) {
  return (
    <Suspense
      fallback={
        <Center h={120}>
          <Loader size="sm" />
        </Center>
      }
    >
      <LinkChart {...props} />
    </Suspense>
  );
}
