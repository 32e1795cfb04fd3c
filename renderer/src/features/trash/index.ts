export { TrashPage } from './TrashPage';
