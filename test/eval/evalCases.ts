/**
 * briefbot's own question set, over the default corpus and the State of the Union addresses.
 * An answer is right when an excerpt comes from one of `files` (any file when omitted) and
 * holds every one of `words` (case-insensitive). Questions are phrased unlike the text where
 * possible (synonyms, names without diacritics, metonyms), so that the set measures retrieval,
 * not string matching. `npm run eval` prints the scores.
 */

export type EvalCorpus = 'default' | 'sotu';

export interface AskCase {
  corpus: EvalCorpus;
  question: string;
  files?: string[];
  words: string[];
}

export interface RefusalCase {
  corpus: EvalCorpus;
  question: string;
}

export interface WhoBacksCase {
  corpus: EvalCorpus;
  entity: string;
  mustInclude: string[];
  mustExclude: string[];
}

const A = '000_bd4eabd2b5bc6d71.txt';
const B = '004_579dbf7128379b0f.txt';

/** The questions of issue 10, over the default corpus (answer: one of `files` holding all of `words`). */
export const issueQuestions: { question: string; files: string[]; words: string[] }[] = [
  { question: 'How many warplanes did Russia send to Haftar?', files: [B], words: ['eight warplanes'] },
  { question: 'How many jets did Moscow give the LNA?', files: [B], words: ['eight warplanes'] },
  { question: 'Is a truce being negotiated?', files: [A], words: ['ceasefire agreement'] },
  { question: 'Which warplanes did Russia send to Haftar?', files: [B], words: ['warplanes'] },
  { question: 'Who armed Haftar?', files: [A, B], words: ['Russia'] },
];

export const askCases: AskCase[] = [
  {
    corpus: 'default',
    question: 'Which countries support Haftar?',
    files: [A],
    words: ['Egypt', 'Russia', 'United Arab Emirates'],
  },
  { corpus: 'default', question: 'Who gave Haftar warplanes?', files: [B], words: ['Russia', 'warplanes'] },
  { corpus: 'default', question: 'What aircraft models did Russia deliver?', files: [B], words: ['Mig-29'] },
  { corpus: 'default', question: 'Who backs the GNA?', files: [A, B], words: ['Turk', 'GNA'] },
  { corpus: 'default', question: 'What did Ibrahim Kalin tell Bloomberg?', files: [B], words: ['Kalın'] },
  { corpus: 'default', question: 'Who is the Libyan interior minister?', files: [B], words: ['Fathi Bashagha'] },
  { corpus: 'default', question: 'Are Moscow and Ankara negotiating a truce?', files: [A], words: ['ceasefire'] },
  { corpus: 'default', question: 'Where was the air defence equipment that was hit?', files: [A], words: ['Watiya'] },
  {
    corpus: 'default',
    question: 'What worries Washington about the Wagner mercenaries?',
    files: [A],
    words: ['Wagner'],
  },
  { corpus: 'default', question: 'Who leads the GNA?', files: [A], words: ['Fayez al-Sarraj'] },
  {
    corpus: 'default',
    question: 'What consequences did Hami Aksoy threaten?',
    files: [B],
    words: ['grave consequences'],
  },
  {
    corpus: 'default',
    question: 'When does the biggest air offensive in Libyan history begin?',
    files: [B],
    words: ['largest aerial campaign'],
  },
  { corpus: 'default', question: 'Did Egyptian jets carry out the raid?', files: [A], words: ['Egyptian air forces'] },
  {
    corpus: 'default',
    question: 'What arms did Moscow send to the Libyan commander?',
    files: [B],
    words: ['warplanes'],
  },
  {
    corpus: 'default',
    question: 'Who aids the commander of the Libyan National Army?',
    files: [A],
    words: ['backed by Egypt'],
  },
  { corpus: 'default', question: 'What did Cavusoglu discuss with Lavrov?', files: [B], words: ['Lavrov'] },
  {
    corpus: 'sotu',
    question: 'Which states did Bush call an axis of evil?',
    files: ['2002_george_w_bush_r.txt'],
    words: ['axis of evil'],
  },
  {
    corpus: 'sotu',
    question: 'When did Johnson declare war against poverty?',
    files: ['1964_lyndon_b_johnson_d.txt'],
    words: ['war on poverty'],
  },
  {
    corpus: 'sotu',
    question: 'What are the four freedoms Roosevelt described?',
    files: ['1941_franklin_d_roosevelt_d.txt'],
    words: ['freedom'],
  },
  {
    corpus: 'sotu',
    question: 'Buying Louisiana from France',
    files: ['1803_thomas_jefferson_dr.txt', '1804_thomas_jefferson_dr.txt'],
    words: ['Louisiana'],
  },
  {
    corpus: 'sotu',
    question: 'European powers colonizing the American continents',
    files: ['1823_james_monroe_dr.txt'],
    words: ['colonization'],
  },
  { corpus: 'sotu', question: 'A shield against ballistic missiles', words: ['Strategic Defense Initiative'] },
  {
    corpus: 'sotu',
    question: 'The proclamation freeing the slaves',
    files: ['1863_abraham_lincoln_r.txt', '1864_abraham_lincoln_r.txt', '1862_abraham_lincoln_r.txt'],
    words: ['emancipation'],
  },
  {
    corpus: 'sotu',
    question: "Our generation's Sputnik moment",
    files: ['2011_barack_obama_d.txt'],
    words: ['Sputnik'],
  },
  { corpus: 'sotu', question: 'Putting an American on the moon', words: ['moon'] },
  { corpus: 'sotu', question: 'Paying Russia for the cession of Alaska', words: ['Alaska', 'Russia'] },
  { corpus: 'sotu', question: 'The covenant of the League of Nations', words: ['League of Nations'] },
  { corpus: 'sotu', question: 'When was America the only nation with the atomic bomb?', words: ['atomic bomb'] },
  { corpus: 'sotu', question: 'Digging the canal across the isthmus of Panama', words: ['canal', 'Panama'] },
  { corpus: 'sotu', question: 'The Affordable Care Act and health insurance', words: ['Affordable Care Act'] },
  { corpus: 'sotu', question: 'Old-age pensions under Social Security', words: ['Social Security'] },
];

export const refusalCases: RefusalCase[] = [
  { corpus: 'default', question: 'What is the price of coffee in Brazil?' },
  { corpus: 'default', question: 'Who won the football World Cup?' },
  { corpus: 'default', question: 'How do I bake sourdough bread?' },
  { corpus: 'default', question: 'What is the capital of Australia?' },
  { corpus: 'default', question: 'Who backs the rebels in Idlib?' },
  { corpus: 'default', question: 'What did the Pope say about climate change?' },
  { corpus: 'default', question: 'When is the next iPhone released?' },
  { corpus: 'sotu', question: 'What is the best recipe for lasagna?' },
  { corpus: 'sotu', question: 'Who won the Super Bowl in 2019?' },
  { corpus: 'sotu', question: 'How many moons does Jupiter have?' },
  { corpus: 'sotu', question: 'What is the price of Bitcoin?' },
  { corpus: 'sotu', question: 'How do you train a neural network with backpropagation?' },
  { corpus: 'sotu', question: 'Which smartphone has the best camera?' },
];

export const whoBacksCases: WhoBacksCase[] = [
  {
    corpus: 'default',
    entity: 'haftar',
    mustInclude: ['Egypt', 'Russia', 'United Arab Emirates'],
    mustExclude: ['Turkey'],
  },
  {
    corpus: 'default',
    entity: 'Khalifa Haftar',
    mustInclude: ['Egypt', 'Russia', 'United Arab Emirates'],
    mustExclude: ['Turkey'],
  },
  {
    corpus: 'default',
    entity: 'LNA',
    mustInclude: ['Egypt', 'Russia', 'United Arab Emirates'],
    mustExclude: ['Turkey'],
  },
  {
    corpus: 'default',
    entity: 'GNA',
    mustInclude: ['Turkey'],
    mustExclude: ['Russia', 'Egypt', 'United Arab Emirates'],
  },
];

/** What the default corpus must refuse: the issue's question and the refusal cases. */
export const defaultOutOfCorpus: string[] = [
  'What is the capital of France?',
  ...refusalCases.filter((c) => c.corpus === 'default').map((c) => c.question),
];
