export { SourcesPage } from './SourcesPage';
export { GradeBadge, GradeTextBadge, ReliabilityBadge } from '../../ui/grades/GradeBadge';
