export { ExcerptsPage } from './ExcerptsPage';
