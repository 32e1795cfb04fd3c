// Features never import one another. Where one screen shows another feature's view (a case or an
// entity page shows its link chart; the empty Library offers the sample case), the app hands that
// view over through these slots, filled once in App.tsx.
import { createContext, useContext, type ComponentType } from 'react';

export interface ChartSlotProps {
  caseId?: string;
  entityId?: string;
  /** what the chart is of, for file names and the screen reader ("Border smuggling") */
  title: string;
  height?: number | string;
}

export interface Slots {
  /** The link chart, loaded with its graph library on first show (features/chart). */
  ScopedChart: ComponentType<ChartSlotProps>;
  /** Imports the built-in sample case as a teammate's case file (features/cases). */
  importSampleCase: () => Promise<void>;
}

const SlotsContext = createContext<Slots | null>(null);

export const SlotsProvider = SlotsContext.Provider;

export function useSlots(): Slots {
  const slots = useContext(SlotsContext);
  if (!slots) throw new Error('useSlots: the app frame provides the slots; render inside <App>.');
  return slots;
}
