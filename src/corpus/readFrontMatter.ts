export interface FrontMatter {
  title: string | null;
  /** As stated; parseArticle turns it into an ISO date. */
  date: string | null;
  /** Lines the front matter takes at the top of the file, fences included (0: none). */
  lineCount: number;
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
/** A top-level `key: value` line; nested YAML (indented lines, lists) is skipped. */
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;
const TITLE_KEYS = new Set(['title']);
const DATE_KEYS = new Set(['date', 'published', 'pubdate', 'publishdate', 'published_at', 'created']);
/** Front matter is metadata, not prose: a fence with no closing one within this many lines is not it. */
const MAX_FRONT_MATTER_LINES = 200;

/**
 * YAML front matter of a Markdown file (`---` on the first line, `---` or `...` closing it):
 * its title and date when stated. Only plain scalar values are read, which is all front matter
 * titles and dates use; a full YAML parser would add a dependency for nothing more.
 */
export function readFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { title: null, date: null, lineCount: 0 };
  const lines = text.split('\n', MAX_FRONT_MATTER_LINES + 1);
  if (!FENCE.test(lines[0] ?? '')) return none;
  const closing = lines.findIndex((line, i) => i > 0 && CLOSING_FENCE.test(line));
  if (closing < 0) return none;
  const matter: FrontMatter = { title: null, date: null, lineCount: closing + 1 };
  for (const line of lines.slice(1, closing)) {
    const match = KEY_VALUE.exec(line);
    const key = match?.[1]?.toLowerCase();
    const value = unquote(match?.[2] ?? '');
    if (!key || value === '') continue;
    if (TITLE_KEYS.has(key)) matter.title ??= value;
    if (DATE_KEYS.has(key)) matter.date ??= value;
  }
  return matter;
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (!quoted) return value.replace(/[ \t]+#.*$/, ''); // a trailing YAML comment
  const inner = quoted[2] ?? '';
  return quoted[1] === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\"/g, '"');
}
