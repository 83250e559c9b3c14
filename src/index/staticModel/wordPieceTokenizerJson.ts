import { SPECIAL_TOKENS } from './staticModelTable.ts';

/**
 * The tokenizer.json of a BERT-style WordPiece tokenizer over `vocabulary` (ids 0..n-1 in its
 * order; the special tokens among its words): the one shape both the static model and the
 * tests' tiny model write. transformers.js 2.17 reads three tokenizer models (WordPiece, BPE,
 * Unigram); a vocabulary without "##" pieces makes WordPiece a whole-word lookup.
 */
export function wordPieceTokenizerJson(
  vocabulary: readonly string[],
  { maxLength, normalizer }: { maxLength: number; normalizer: object },
): object {
  const idOf = (token: string): number => vocabulary.indexOf(token);
  const specialToken = (token: string) => ({ SpecialToken: { id: token, type_id: 0 } });
  return {
    version: '1.0',
    truncation: { direction: 'Right', max_length: maxLength, strategy: 'LongestFirst', stride: 0 },
    padding: null,
    // Matched before normalization and never split: "[CLS]" in text is the special token.
    added_tokens: SPECIAL_TOKENS.map((content) => ({
      id: idOf(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer,
    pre_tokenizer: { type: 'BertPreTokenizer' },
    // Wraps every encoding as [CLS] text [SEP] (pairs: [CLS] A [SEP] B [SEP]).
    post_processor: {
      type: 'TemplateProcessing',
      single: [specialToken('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, specialToken('[SEP]')],
      pair: [
        specialToken('[CLS]'),
        { Sequence: { id: 'A', type_id: 0 } },
        specialToken('[SEP]'),
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(
        (['[CLS]', '[SEP]'] as const).map((t) => [t, { id: t, ids: [idOf(t)], tokens: [t] }]),
      ),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    // transformers.js indexes tokens by id, so ids must be exactly 0..n-1.
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocabulary.map((token, id) => [token, id])),
    },
  };
}
