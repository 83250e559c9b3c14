/**
 * Titles, role nouns and side nouns: "Field Marshal Khalifa Haftar" is Khalifa Haftar with a role,
 * "Haftar's forces" are Haftar's side. The word lists are general knowledge in knownAliases.ts.
 */
import { LEADER_ROLES, SIDE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from '../knownAliases.ts';

export const TITLE_HEAD_SET: ReadonlySet<string> = new Set(TITLE_HEADS);
export const TITLE_WORD_SET: ReadonlySet<string> = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS, ...LEADER_ROLES]);
export const LEADER_ROLE_SET: ReadonlySet<string> = new Set(LEADER_ROLES);
export const SIDE_NOUN_SET: ReadonlySet<string> = new Set(SIDE_NOUNS);

/** Is this lower-case key a role noun a person can be called by ("commander", "spokesperson")? */
export function isRoleNoun(key: string): boolean {
  return TITLE_HEAD_SET.has(key) || LEADER_ROLE_SET.has(key);
}

/** Is this key a noun for someone's forces ("forces", "elements", "militias")? */
export function isSideNoun(key: string): boolean {
  return SIDE_NOUN_SET.has(key);
}

/**
 * Where the name starts once leading titles are stripped, and the title heads stripped:
 * "Field Marshal KhalifaHaftar" → start at "KhalifaHaftar", roles ["marshal"].
 * The title run must end on a head ("Foreign Ministry" is not a title) and leave a word.
 */
export function stripTitles(keys: readonly string[]): { start: number; roles: string[] } {
  const roles: string[] = [];
  let start = 0;
  for (;;) {
    let lastHead = -1;
    for (let i = start; i < keys.length - 1; i++) {
      const key = keys[i] ?? '';
      if (!TITLE_WORD_SET.has(key)) break;
      if (TITLE_HEAD_SET.has(key) || LEADER_ROLE_SET.has(key)) lastHead = i;
    }
    if (lastHead < 0) return { start, roles };
    roles.push(keys[lastHead] ?? '');
    start = lastHead + 1;
  }
}
