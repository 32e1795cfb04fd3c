// Numbered, append-only migrations. The library's schema version is PRAGMA user_version, which is
// the number of the last migration applied.
import * as m001 from './001_initial';
import * as m002 from './002_audit_states';
import * as m003 from './003_search_prefix_index';
import * as m004 from './004_web_captures';
import * as m005 from './005_generated_aliases';
import * as m006 from './006_trash';
import * as m007 from './007_watch_terms';
import * as m008 from './008_library_sort_keys';
import * as m009 from './009_saved_searches';
import * as m010 from './010_excerpt_sort_keys';
import * as m011 from './011_excerpts_of_article';
import * as m012 from './012_row_counts';
import * as m013 from './013_article_filter_keys';

export interface Migration {
  version: number;
  name: string;
  up: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: m001.up },
  { version: 2, name: 'audit states', up: m002.up },
  { version: 3, name: 'search prefix index', up: m003.up },
  { version: 4, name: 'web captures', up: m004.up },
  { version: 5, name: 'generated aliases', up: m005.up },
  { version: 6, name: 'trash', up: m006.up },
  { version: 7, name: 'watch terms', up: m007.up },
  { version: 8, name: 'library sort keys', up: m008.up },
  { version: 9, name: 'saved searches', up: m009.up },
  { version: 10, name: 'excerpt sort keys', up: m010.up },
  { version: 11, name: 'excerpts of an article', up: m011.up },
  { version: 12, name: 'row counts', up: m012.up },
  { version: 13, name: 'article filter keys', up: m013.up },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
