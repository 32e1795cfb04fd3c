export { ReliabilityMatrix } from './ReliabilityMatrix';
