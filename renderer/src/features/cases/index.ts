export { CasesPage } from './CasesPage';
export { ConflictsPage } from './ConflictsPage';
