/** Latin letters that Unicode does not decompose, so stripping accents leaves them as they are. */
const LETTERS_WITHOUT_DECOMPOSITION: Readonly<Record<string, string>> = {
  ı: 'i',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
};

/**
 * Lower case, accents folded, apostrophes straightened: "İbrahim Kalın’s" and "ibrahim kalin's"
 * are the same words. The one folding of the project: search terms, entity names and
 * autocomplete all go through it.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıøłđßæœþð]/g, (c) => LETTERS_WITHOUT_DECOMPOSITION[c] ?? c)
    .replace(/[’‘`´]/g, "'");
}
