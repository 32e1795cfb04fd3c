// The immutable text of an article, as captured.
import classes from './ArticleText.module.css';

export function ArticleText({ text, language, direction }: { text: string; language: string; direction: string }) {
  return (
    <div className={classes.text} lang={language || undefined} dir={direction === 'ltr' || direction === 'rtl' ? direction : 'auto'} data-testid="article-text">
      {text}
    </div>
  );
}
