/**
 * A third held-out set, written by helper E (issue-unseen) on 2 Dec 2026, without reading the
 * rules: nothing under src/ (no rules, lexicons or patterns) and none of the existing eval
 * failures was opened while writing it (test/eval/news/unseen/). Eight wire-style articles on
 * eight conflicts that no other set covers (Nigeria's north-west banditry, Indonesia's Papua,
 * India's Manipur, the PKK in northern Iraq, Mexico's Sinaloa cartel war, the Belarus–Poland
 * border, the Armenia–Azerbaijan border villages, Senegal's Casamance).
 *
 * The cases say what a reader of the articles would answer, not what the bot is guessed to
 * find; they were not changed after seeing the bot's results. Like freshCases.ts, the set is
 * only ever reported on: when it has been read to fix failures, write a new one rather than tune
 * on it. It serves all three evaluations: ask (questions and out-of-corpus questions), summary
 * (four key facts an article) and relations (who backs and who opposes whom), with the same
 * conventions as newsCases.ts and relations/relationCases.ts. The relation cases vary the ways
 * support and opposition are said (active and passive verbs, nominals, appositions, relative
 * clauses, lists, pronouns, acronyms, demonyms, capitals for states, generic nouns) and hold
 * hard negatives (denials, threats not carried out, urged-to-stop, hypotheticals, withdrawn
 * backing, sanctions talk, past accusations).
 */
import { type NewsSet, newsQuestion as q } from './newsCases.ts';
import { counterpart as c, type RelationCase } from './relations/relationCases.ts';

export const unseenSet: NewsSet = {
  half: 'unseen',
  articles: [
    {
      file: 'nigeria-zamfara-bandits.txt',
      questions: [
        q('How many villagers were kidnapped in Kairu?', '87 people'),
        q('Which militant commander were the air raids aimed at?', 'Bello Turji'),
        q('What ransom is being asked for every captive?', '50 million naira'),
        q('What warplanes did the Americans supply to Abuja?', 'Super Tucano'),
        q('How many abductions did the state record over the previous year?', '1,100 people'),
      ],
      keyFacts: [['air force', 'Zamfara'], ['87 people'], ['Bello Turji'], ['Lawal', 'denied']],
    },
    {
      file: 'papua-gold-miners.txt',
      questions: [
        q('How many prospectors did the separatists kill?', 'four gold miners'),
        q('How many extra troops did Jakarta deploy?', '500 more soldiers'),
        q('Who is the spokesperson of the TPNPB?', 'Sebby Sambom'),
        q('In which city does the ULMWP leader live?', 'Oxford'),
        q('For how long was the New Zealand aviator held captive?', '19 months'),
      ],
      keyFacts: [['four gold miners'], ['500', 'soldiers'], ['TPNPB'], ['Vanuatu', 'denied']],
    },
    {
      file: 'manipur-buffer-zone.txt',
      questions: [
        q('How many people were killed in the shooting near the buffer zone?', 'Three farmers'),
        q('How many homes were torched in the Kuki village?', '14 houses'),
        q('How many lives has the ethnic violence claimed since 2023?', '260 people'),
        q('Which paramilitary unit guards the neutral strip?', 'Assam Rifles'),
        q('How many guns were looted from police stores?', '6,000 firearms'),
      ],
      keyFacts: [['Three farmers'], ['14 houses'], ['Assam Rifles'], ['260']],
    },
    {
      file: 'iraq-kurdistan-pkk-strikes.txt',
      questions: [
        q('How many fighters did Ankara say it killed?', '14 members'),
        q('In which range are the Kurdish rebels based?', 'Qandil mountains'),
        q('Which Iraqi body outlawed the PKK?', 'National Security Council'),
        q('Since when have planes been prevented from using Sulaymaniyah?', 'April 2023'),
        q('How deep a safe strip does Turkey want along the frontier?', '30 to 40 kilometres'),
      ],
      keyFacts: [
        ['Turkish drones', 'Duhok'],
        ['14', 'PKK'],
        ['violation', 'sovereignty'],
        ['banned', 'PKK'],
      ],
    },
    {
      file: 'mexico-sinaloa-infighting.txt',
      questions: [
        q('Where were the seven victims shot?', 'car wash'),
        q('Whose sons run Los Chapitos?', 'El Chapo'),
        q('How many people have died or vanished in the state since the split?', '1,200 people'),
        q('How many soldiers has the government deployed to Sinaloa?', '11,000 troops'),
        q('What bounty has Washington put on the eldest Guzman brother?', '10 million dollars'),
      ],
      keyFacts: [['car wash'], ['Los Chapitos', 'La Mayiza'], ['1,200'], ['terrorist organisation']],
    },
    {
      file: 'poland-belarus-border.txt',
      questions: [
        q('How wide will the restricted strip along the frontier be?', '200-metre'),
        q('What was the name of the serviceman who died?', 'Mateusz Sitek'),
        q('How many illegal crossings were tried so far this year?', '14,000 attempts'),
        q('How much money did Brussels approve for the eastern border?', '52 million euros'),
        q('How many migrants have perished in the woods since 2021?', 'at least 90 people'),
      ],
      keyFacts: [['200-metre', 'zone'], ['soldier', 'died'], ['14,000'], ['Lukashenko', 'denied']],
    },
    {
      file: 'armenia-tavush-villages.txt',
      questions: [
        q('How many frontier settlements will Yerevan give back to Baku?', 'four border villages'),
        q('Which cleric is leading the demonstrations?', 'Bagrat Galstanyan'),
        q('How big was the rally in Republic Square according to police?', '30,000 people'),
        q('How many artillery guns is Paris selling to Armenia?', '36 Caesar'),
        q('By what date must the Russian guards quit the airport?', 'August 1'),
      ],
      keyFacts: [['Galstanyan', 'resignation'], ['four', 'villages'], ['30,000'], ['CSTO']],
    },
    {
      file: 'senegal-casamance-mfdc.txt',
      questions: [
        q('How many rebel camps did the Senegalese soldiers seize?', 'three bases'),
        q('Who commands the holdout separatist faction?', 'Salif Sadio'),
        q('When did the separatist insurgency begin?', 'since 1982'),
        q('How many deaths has the conflict caused?', 'about 5,000 people'),
        q('Where is Yahya Jammeh living now?', 'Equatorial Guinea'),
      ],
      keyFacts: [['three bases', 'MFDC'], ['Salif Sadio'], ['5,000'], ['joint patrols']],
    },
  ],
  outOfCorpus: [
    'How many people live in Lagos?',
    'Who won the Indonesian presidential election in 2024?',
    'How many Kurds live in Syria?',
    'When did Poland join NATO?',
    'Who is the head of the Armenian Apostolic Church?',
    'How much copper does the Grasberg mine produce each year?',
    'What is the exchange rate of the naira against the dollar?',
    'What is the GDP of Mexico?',
    'Who won the Eurovision Song Contest in 2024?',
    'How do I make a margherita pizza?',
    'What is the boiling point of water at sea level?',
    'Who won the Tour de France in 2023?',
  ],
};

export const unseenRelationCases: RelationCase[] = [
  // ---------------------------------------------------------------- Nigeria (Zamfara)
  {
    half: 'unseen',
    entity: 'Bello Turji',
    question: 'opposers',
    expected: [
      c(
        'Nigeria|Nigerian Air Force|Nigerian Army',
        'demonym air force bombed hideouts / strikes targeted fighters loyal to',
      ),
      c('Community Protection Guards', "fought X's men alongside the army, possessive object"),
      c('Lakurawa', "has clashed with X's fighters, apposition subject"),
    ],
    excluded: [c('Amnesty International', 'criticised the strikes, not Turji')],
  },
  {
    half: 'unseen',
    entity: 'Bello Turji',
    question: 'backers',
    expected: [],
    excluded: [c('Dauda Lawal|Zamfara', 'denial: denied having paid'), c('Lakurawa', 'opposer, not backer')],
  },
  {
    half: 'unseen',
    entity: 'Nigeria',
    question: 'backers',
    expected: [
      c(
        'United States',
        'capital metonym, relative clause: Washington, which delivered aircraft to / sharing intelligence',
      ),
      c('United Kingdom|Britain', 'demonym: British officers train'),
    ],
    excluded: [c('Amnesty International', 'criticised the air strikes'), c('Bello Turji', 'threatened to attack')],
  },
  {
    half: 'unseen',
    entity: 'Community Protection Guards',
    question: 'backers',
    expected: [
      c(
        'Dauda Lawal|Zamfara',
        'apposition: a force set up by; reduced participle armed and paid by the state government',
      ),
      c('Nigeria|Nigerian Army', 'generic noun: fought alongside the army'),
    ],
    excluded: [c('Amnesty International', 'accused them of abuses, pronoun')],
  },
  {
    half: 'unseen',
    entity: 'Lakurawa',
    question: 'opposers',
    expected: [
      c('Nigeria|Nigerian Air Force', 'generic noun: the air force struck camps of'),
      c('Bello Turji', "object of clashed with, possessive: Turji's fighters"),
    ],
    excluded: [c('SBM Intelligence', 'source of the report, not a party')],
  },
  // ---------------------------------------------------------------- Indonesia (Papua)
  {
    half: 'unseen',
    entity: 'West Papua National Liberation Army',
    question: 'opposers',
    expected: [
      c('Indonesia|Indonesian military', 'demonym: Indonesian soldiers hunted the gunmen; insurgency against'),
    ],
    excluded: [
      c('Vanuatu', 'denied any contact'),
      c('New Zealand', 'urged both sides'),
      c('Australia', 'backer of the other side'),
    ],
  },
  {
    half: 'unseen',
    entity: 'TPNPB',
    question: 'backers',
    expected: [],
    excluded: [
      c('Vanuatu', 'denial, capital metonym: Port Vila supports only peaceful means'),
      c('New Zealand', 'urged both sides to protect civilians'),
    ],
  },
  {
    half: 'unseen',
    entity: 'ULMWP',
    question: 'backers',
    expected: [c('Vanuatu', 'gives X diplomatic backing, acronym expansion')],
    excluded: [c('United Kingdom|Britain', 'granted asylum to its leader, says it has no role')],
  },
  {
    half: 'unseen',
    entity: 'Indonesia',
    question: 'backers',
    expected: [c('Australia', "capital metonym: Canberra reiterated its support for X's territorial integrity")],
    excluded: [c('New Zealand', 'urged both sides'), c('Vanuatu', 'champions self-determination')],
  },
  {
    half: 'unseen',
    entity: 'Indonesia',
    question: 'opposers',
    expected: [c('TPNPB|West Papua National Liberation Army', 'waged an insurgency against demonym rule')],
    excluded: [c('Australia', 'backer, not opposer'), c('New Zealand', 'urged both sides')],
  },
  // ---------------------------------------------------------------- India (Manipur)
  {
    half: 'unseen',
    entity: 'Assam Rifles',
    question: 'backers',
    expected: [c('Kuki-Zo Council', 'relative clause subject: backs keeping the force')],
    excluded: [c('COCOMI|Coordinating Committee on Manipur Integrity', 'demanded its withdrawal')],
  },
  {
    half: 'unseen',
    entity: 'Assam Rifles',
    question: 'opposers',
    expected: [
      c('COCOMI|Coordinating Committee on Manipur Integrity', 'acronym, demanded its withdrawal, pronoun object'),
    ],
    excluded: [c('Kuki-Zo Council', 'backer, not opposer')],
  },
  {
    half: 'unseen',
    entity: 'Arambai Tenggol',
    question: 'backers',
    expected: [c('Meira Paibis', 'relative clause: a group that has the support of')],
    excluded: [c('N. Biren Singh|Biren Singh', 'alleged patronage, always denied')],
  },
  {
    half: 'unseen',
    entity: 'Arambai Tenggol',
    question: 'opposers',
    expected: [c('Kuki-Zo Council', 'demanded a ban on')],
    excluded: [c('Meira Paibis', 'backer, not opposer'), c('N. Biren Singh|Biren Singh', 'alleged patron')],
  },
  // ---------------------------------------------------------------- Turkey and the PKK (northern Iraq)
  {
    half: 'unseen',
    entity: 'PKK',
    question: 'opposers',
    expected: [
      c('Turkey', 'demonym: Turkish drones struck; neutralised members of'),
      c('Iraq', "possessive body: Iraq's National Security Council banned"),
      c('KDP|Kurdistan Democratic Party', 'sided with Ankara against the militants; peshmerga clashed with'),
      c('United States', 'list it as a terrorist organisation, list subject'),
      c('European Union', 'list it as a terrorist organisation, list subject'),
    ],
    excluded: [c('PUK|Patriotic Union of Kurdistan', 'accused of sheltering, not opposer')],
  },
  {
    half: 'unseen',
    entity: "Kurdistan Workers' Party",
    question: 'backers',
    expected: [],
    excluded: [
      c('PUK|Patriotic Union of Kurdistan', 'accused of sheltering, denied'),
      c('Bafel Talabani', 'denied giving the group any support'),
    ],
  },
  {
    half: 'unseen',
    entity: 'Turkey',
    question: 'backers',
    expected: [c('KDP|Kurdistan Democratic Party', 'relative clause, capital metonym: sided with Ankara')],
    excluded: [c('Iraq', 'condemned the strikes'), c('PUK|Patriotic Union of Kurdistan', 'not a party to this war')],
  },
  {
    half: 'unseen',
    entity: 'Turkey',
    question: 'opposers',
    expected: [
      c('PKK', 'relative clause, capital metonym: which has fought Ankara'),
      c('Iraq', 'condemned the strikes as a violation, summoned the envoy'),
    ],
    excluded: [c('KDP|Kurdistan Democratic Party', 'backer, not opposer')],
  },
  {
    half: 'unseen',
    entity: 'Patriotic Union of Kurdistan',
    question: 'opposers',
    expected: [c('Turkey', 'capital metonym: Ankara accuses / has barred flights, acronym expansion')],
    excluded: [c('PKK', 'alleged ally')],
  },
  // ---------------------------------------------------------------- Mexico (Sinaloa)
  {
    half: 'unseen',
    entity: 'Los Chapitos',
    question: 'opposers',
    expected: [
      c('La Mayiza', 'pits X against Y'),
      c('Mexico', 'generic noun: soldiers arrested a financier of'),
      c('United States', 'capital metonym: rewards for the capture of its leader'),
    ],
    excluded: [
      c('Jalisco New Generation Cartel|CJNG', 'ally, not opposer'),
      c('China', 'accused supplier of the cartel'),
    ],
  },
  {
    half: 'unseen',
    entity: 'Los Chapitos',
    question: 'backers',
    expected: [c('Jalisco New Generation Cartel|CJNG', 'struck an alliance with, attributed to a filing')],
    excluded: [c('China', 'accusation denied, capital metonym Beijing'), c('La Mayiza', 'opposer, not backer')],
  },
  {
    half: 'unseen',
    entity: 'La Mayiza',
    question: 'opposers',
    expected: [c('Los Chapitos', 'object of pits X against')],
    excluded: [c('Ismael Zambada|El Mayo', 'its own leader, apposition loyal to')],
  },
  {
    half: 'unseen',
    entity: 'Sinaloa Cartel',
    question: 'opposers',
    expected: [c('United States', 'capital metonym: Washington designated X a foreign terrorist organisation')],
    excluded: [c('China', 'denied supplying chemicals')],
  },
  // ---------------------------------------------------------------- Belarus and Poland
  {
    half: 'unseen',
    entity: 'Poland',
    question: 'backers',
    expected: [
      c('Lithuania', 'list, relative clause, capital metonym: have stood by Warsaw'),
      c('Latvia', 'list, relative clause, capital metonym: have stood by Warsaw'),
      c(
        'European Commission|European Union',
        'relative clause: approved funds to strengthen; stands in solidarity with',
      ),
    ],
    excluded: [
      c('Germany', 'urged Warsaw to respect asylum'),
      c('Grupa Granica', 'accused border guards of pushbacks'),
      c('Belarus', 'opposer, not backer'),
    ],
  },
  {
    half: 'unseen',
    entity: 'Poland',
    question: 'opposers',
    expected: [
      c('Belarus|Alexander Lukashenko', 'demonym: Belarusian border guards fired towards; accused of organising'),
    ],
    excluded: [
      c('Germany', 'urged, not opposed'),
      c('Lithuania', 'backer, not opposer'),
      c('Russia', 'backer of the other side'),
    ],
  },
  {
    half: 'unseen',
    entity: 'Belarus',
    question: 'backers',
    expected: [c('Russia', "capital metonym: Minsk's closest ally and its biggest lender, relative clause")],
    excluded: [c('Poland', 'opposer, not backer'), c('Germany', 'hypothetical sanctions')],
  },
  {
    half: 'unseen',
    entity: 'Belarus',
    question: 'opposers',
    expected: [c('Poland', 'capital metonym: Warsaw accuses Minsk of organising the crossings')],
    excluded: [c('Germany', 'hypothetical: could back sanctions if'), c('Russia', 'backer, not opposer')],
  },
  {
    half: 'unseen',
    entity: 'Alexander Lukashenko',
    question: 'backers',
    expected: [c('Russia', 'passive: is kept in power with the help of, capital metonym Moscow')],
    excluded: [c('Poland', 'accused of hysteria')],
  },
  // ---------------------------------------------------------------- Armenia and Azerbaijan (Tavush)
  {
    half: 'unseen',
    entity: 'Nikol Pashinyan',
    question: 'opposers',
    expected: [c('Bagrat Galstanyan', 'relative clause: an archbishop who is demanding the resignation of')],
    excluded: [c('Azerbaijan', 'welcomed the agreement, capital metonym Baku'), c('United States', 'voiced support')],
  },
  {
    half: 'unseen',
    entity: 'Bagrat Galstanyan',
    question: 'backers',
    expected: [c('Armenia Alliance|Robert Kocharyan', 'has the support of opposition parties, including X led by Y')],
    excluded: [c('Russia', 'hinted by government allies, denied; Kremlin did not interfere')],
  },
  {
    half: 'unseen',
    entity: 'Armenia',
    question: 'backers',
    expected: [
      c('France', 'agreed to sell X howitzers'),
      c('India', "relative clause, capital metonym: which has become Yerevan's biggest arms supplier"),
    ],
    excluded: [
      c('Russia', 'withdrawn: once its security guarantor, did not come to its aid'),
      c('CSTO|Collective Security Treaty Organisation', 'participation frozen'),
      c('Azerbaijan', 'opposer, not backer'),
    ],
  },
  {
    half: 'unseen',
    entity: 'Armenia',
    question: 'opposers',
    expected: [c('Azerbaijan', 'demonym: Azerbaijani troops advanced into Armenian territory')],
    excluded: [c('Russia', 'did not come to its aid: not an attack'), c('France', 'backer, not opposer')],
  },
  {
    half: 'unseen',
    entity: 'Azerbaijan',
    question: 'backers',
    expected: [c('Turkey', 'relies on X, its closest ally, apposition; nominal: Turkish backing for Baku')],
    excluded: [c('European Union', 'monitors on the other side of the frontier'), c('Armenia', 'opposer, not backer')],
  },
  // ---------------------------------------------------------------- Senegal (Casamance)
  {
    half: 'unseen',
    entity: 'Senegal',
    question: 'backers',
    expected: [
      c('Guinea-Bissau', 'capital metonym: Bissau agreed to joint patrols with demonym troops'),
      c('Gambia', 'relative clause on a former ruler, now works closely with Dakar'),
    ],
    excluded: [
      c('France', 'withdrawn: handed over its last bases, no longer trains'),
      c('Salif Sadio', 'opposer, not backer'),
    ],
  },
  {
    half: 'unseen',
    entity: 'Senegal',
    question: 'opposers',
    expected: [c('Salif Sadio|MFDC', "possessive: Sadio's fighters ambushed an army convoy")],
    excluded: [
      c('Guinea-Bissau', 'backer, not opposer'),
      c('Gambia', 'backer, not opposer'),
      c('Cesar Atoute Badiate', 'signed the peace deal'),
    ],
  },
  {
    half: 'unseen',
    entity: 'Salif Sadio',
    question: 'opposers',
    expected: [c('Senegal', 'demonym: Senegalese troops captured bases of the faction of; generic noun the army')],
    excluded: [
      c('Cesar Atoute Badiate', 'called on him to join the peace process'),
      c('Guinea-Bissau', 'denied sheltering'),
    ],
  },
  {
    half: 'unseen',
    entity: 'MFDC',
    question: 'backers',
    expected: [],
    excluded: [
      c('Gambia|Yahya Jammeh', 'past accusation against a former ruler'),
      c('Guinea-Bissau', 'denial: never used its territory as a rear base'),
    ],
  },
];
