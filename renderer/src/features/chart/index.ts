// The link chart is loaded on demand: cytoscape and its layouts stay out of the start-up bundle.
export { ScopedChart } from './ScopedChart';
