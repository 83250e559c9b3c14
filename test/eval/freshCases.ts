/**
 * A second held-out set, written by the lead on 2 Dec 2026 after that day's tuning had begun and
 * never shown to anyone tuning (test/eval/news/fresh/): six wire-style articles on six conflicts
 * that neither half covers (Transnistria, Kosovo, Iran–Israel, Somaliland, Ecuador, Taiwan).
 *
 * Why a third set: the held-out halves are read, case by case, whenever a failure is named, and a
 * rule can drift toward the sentences it was named from. This set was written without looking at
 * the rules and is only ever reported on; when it, too, has been read to fix failures, write a
 * new one rather than tune on it. It serves all three evaluations: ask (questions and
 * out-of-corpus questions), summary (four key facts an article) and relations (who backs and
 * who opposes whom), with the same conventions as newsCases.ts and relations/relationCases.ts.
 */
import { type NewsSet, newsQuestion as q } from './newsCases.ts';
import { counterpart as c, type RelationCase } from './relations/relationCases.ts';

export const freshSet: NewsSet = {
  half: 'fresh',
  articles: [
    {
      file: 'moldova-transnistria-gas.txt',
      questions: [
        q('How much did factory production drop in Transnistria?', '80 percent'),
        q('How many Russian troops are based in the breakaway region?', '1,500 Russian soldiers'),
        q('How much money did Brussels promise Moldova?', '250 million euros'),
        q('What debt does the Russian gas company claim?', '709 million dollars'),
        q('Who leads Transnistria?', 'Vadim Krasnoselsky'),
      ],
      keyFacts: [['factories', 'Russian gas'], ['1,500'], ['250 million euros'], ['709 million']],
    },
    {
      file: 'kosovo-banjska.txt',
      questions: [
        q('How many attackers died in the shootout?', 'three of the attackers'),
        q('Which weapons did police discover after the raid?', 'rocket launchers'),
        q('Who said he planned the raid himself?', 'Milan Radoicic'),
        q('How many British soldiers were sent to reinforce the peacekeepers?', '200 soldiers'),
        q('When did Kosovo break away from Serbia?', '2008'),
      ],
      keyFacts: [['Serbia', 'gunmen'], ['Vucic', 'denied'], ['Radoicic'], ['200 soldiers']],
    },
    {
      file: 'iran-israel-missiles.txt',
      questions: [
        q('How many projectiles did Tehran fire?', '300 drones and missiles'),
        q('What share of the missiles were intercepted?', '99 percent'),
        q('Which Arab country helped down the drones?', 'Jordan'),
        q('Who fired rockets into the Golan Heights?', 'Hezbollah'),
        q('What did the G7 threaten to impose?', 'sanctions'),
      ],
      keyFacts: [['300', 'Israel'], ['99 percent'], ['Biden', 'counter-attack'], ['Group of Seven', 'condemned']],
    },
    {
      file: 'somaliland-port-deal.txt',
      questions: [
        q('How much coastline would Ethiopia get?', '20 km of coastline'),
        q("Where did Somalia's president travel to look for support?", 'Cairo and Asmara'),
        q("Which country trains Somalia's soldiers?", 'Turkey'),
        q('When did Somaliland declare independence?', '1991'),
      ],
      keyFacts: [
        ['Ethiopia', 'Somaliland', 'memorandum'],
        ['Egypt', 'Somalia'],
        ['recalled', 'ambassador'],
        ['Turkey', 'defence pact'],
      ],
    },
    {
      file: 'ecuador-gangs.txt',
      questions: [
        q('How many prison guards are the gangs holding?', '150 guards'),
        q('How many people have soldiers detained?', '850 people'),
        q('Which gang boss escaped from jail?', 'Adolfo Macias'),
        q('How much equipment aid did Washington promise?', '$93 million'),
        q('Which Mexican cartel is Los Lobos tied to?', 'Jalisco New Generation Cartel'),
      ],
      keyFacts: [['internal armed conflict'], ['22 gangs'], ['television studio'], ['$93 million']],
    },
    {
      file: 'taiwan-drills.txt',
      questions: [
        q('How many warplanes did Beijing fly near Taiwan?', '153 aircraft'),
        q('What was the exercise called?', 'Joint Sword-2024B'),
        q("Who is Taiwan's leader?", 'Lai Ching-te'),
        q('How big was the US weapons deal?', '$2 billion'),
        q('How did China retaliate against the arms sale?', 'sanctions on three American defence companies'),
      ],
      keyFacts: [['153 aircraft'], ['blockade'], ['$2 billion'], ['sanctions', 'defence companies']],
    },
  ],
  outOfCorpus: [
    'How many nuclear warheads does Iran have?',
    'Who won the Moldovan presidential election in 2024?',
    'What is the population of Kosovo?',
    'What is the price of a barrel of Brent crude?',
    'Who won the football World Cup in 2022?',
    'How do I renew a passport?',
    'What is the tallest mountain in Africa?',
    'Which semiconductor firms operate in Taiwan?',
    'How many Ethiopian troops serve in the African Union mission in Somalia?',
    'What is the recipe for hummus?',
    'What caused the earthquake in Morocco?',
  ],
};

export const freshRelationCases: RelationCase[] = [
  // ---------------------------------------------------------------- Transnistria
  {
    half: 'fresh',
    entity: 'Transnistria',
    question: 'backers',
    expected: [c('Russia', 'kept afloat, generic noun: the self-declared republic')],
    excluded: [c('Moldova', 'offer rejected'), c('Ukraine', 'transit only')],
  },
  {
    half: 'fresh',
    entity: 'Moldova',
    question: 'backers',
    expected: [c('European Union', 'pledged to help'), c('Romania', 'exporting electricity to')],
    excluded: [c('Russia', 'accused of destabilising'), c('Transnistria', 'rejected the offer')],
  },
  // ---------------------------------------------------------------- Kosovo
  {
    half: 'fresh',
    entity: 'Kosovo',
    question: 'backers',
    expected: [c('United States', 'with the backing of'), c('United Kingdom', 'with the backing of, list')],
    excluded: [
      c('Serbia', 'refuses to recognise'),
      c('Russia', 'backer of the other side'),
      c('China', 'backer of the other side'),
    ],
  },
  {
    half: 'fresh',
    entity: 'Serbia',
    question: 'backers',
    expected: [c('Russia', 'supported by, participle in apposition'), c('China', 'supported by, list')],
    excluded: [c('United States', 'urged to pull back'), c('European Union', 'condemned the attack')],
  },
  // ---------------------------------------------------------------- Iran and Israel
  {
    half: 'fresh',
    entity: 'Israel',
    question: 'backers',
    expected: [
      c('United States', 'with the help of, list'),
      c('United Kingdom', 'with the help of, list'),
      c('France', 'with the help of, list'),
      c('Jordan', 'with the help of, list'),
    ],
    excluded: [c('Iran', 'attacker'), c('Russia', 'called for restraint'), c('China', 'called for restraint')],
  },
  {
    half: 'fresh',
    entity: 'Israel',
    question: 'opposers',
    expected: [
      c('Iran', 'launched missiles at'),
      c('Hezbollah', 'fired rockets at positions'),
      c('Houthis', 'launched drones towards'),
    ],
    excluded: [c('United States', 'backer, not opposer'), c('Jordan', 'backer, not opposer')],
  },
  {
    half: 'fresh',
    entity: 'Iran',
    question: 'opposers',
    expected: [c('Israel', 'demonym: an Israeli strike on'), c('Group of Seven|G7', 'condemned')],
    excluded: [
      c('Russia', 'called for restraint'),
      c('China', 'called for restraint'),
      c('United States', 'would not take part'),
    ],
  },
  // ---------------------------------------------------------------- Somalia and Somaliland
  {
    half: 'fresh',
    entity: 'Somalia',
    question: 'backers',
    expected: [
      c('Egypt', 'pledged to stand by'),
      c('Eritrea', 'sided with, capital metonym'),
      c('Turkey', 'trains troops / defence pact'),
    ],
    excluded: [
      c('Ethiopia', 'the other side'),
      c('United States', 'urged both sides'),
      c('African Union', 'urged both sides'),
      c('Arab League', 'urged both sides'),
    ],
  },
  // ---------------------------------------------------------------- Ecuador
  {
    half: 'fresh',
    entity: 'Ecuador',
    question: 'backers',
    expected: [
      c('United States', 'pledged equipment for'),
      c('Colombia', 'stood with, list'),
      c('Brazil', 'stood with, list'),
      c('China', 'supported the generic noun: the government'),
    ],
    excluded: [c('Peru', 'border emergency'), c('Mexico', "a cartel's country")],
  },
  {
    half: 'fresh',
    entity: 'Los Lobos',
    question: 'backers',
    expected: [c('Jalisco New Generation Cartel', 'works for')],
    excluded: [c('Mexico', 'possessive of the cartel'), c('Sinaloa Cartel', "the rival's ally")],
  },
  {
    half: 'fresh',
    entity: 'Los Choneros',
    question: 'opposers',
    expected: [c('Ecuador|Daniel Noboa', 'named terrorist, ordered the military to neutralise')],
    excluded: [c('Sinaloa Cartel', 'linked to, not opposed')],
  },
  // ---------------------------------------------------------------- Taiwan
  {
    half: 'fresh',
    entity: 'Taiwan',
    question: 'backers',
    expected: [c('United States', 'main arms supplier / sale to capital metonym')],
    excluded: [c('China', 'opposer, not backer'), c('Japan', 'raised concerns'), c('Ukraine', 'uses the same system')],
  },
  {
    half: 'fresh',
    entity: 'Taiwan',
    question: 'opposers',
    expected: [c('China', 'war games around / blockade drills')],
    excluded: [c('United States', 'backer, not opposer'), c('Japan', 'raised concerns')],
  },
  {
    half: 'fresh',
    entity: 'Lai Ching-te',
    question: 'opposers',
    expected: [c('China', 'a warning to / condemned the speech')],
    excluded: [c('United States', 'urged restraint')],
  },
];
