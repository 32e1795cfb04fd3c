export { ArticlePage } from './ArticlePage';
