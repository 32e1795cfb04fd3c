export { TrashPage } from './TrashPage';
export { deleteArticlesWithUndo } from './deleteArticles';
