// The article's entity tagging: the side-column panel, the underline marks for ArticleText, and
// the "Tag entity" action for the selection toolbar.
export { MentionsPanel } from './MentionsPanel';
export { TagEntityAction } from './TagEntityAction';
export { useMentionMarks, type MentionMark } from './useMentionMarks';
export { requestTagEntity, type TagRequest } from './tagEntityStore';
