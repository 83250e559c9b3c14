/**
 * The development set of unseen wire news (test/eval/news/): twenty articles on twenty
 * conflicts, split in two halves by conflict, never by question, so that the held-out half is
 * news the tuning never saw. Per article: paraphrased questions (the answer phrase must stand in
 * an excerpt from that file), and four key facts a briefing should state (each fact: words that
 * must all stand in one summary point). Out-of-corpus questions per half, some close to its topics.
 *
 * Questions are written the way an analyst asks, not the way the article says it: other words
 * ("soldiers" for "troops"), other verb forms ("sent" for "sends"), question words, metonyms.
 */

/**
 * `fresh`: the lead's second held-out set (freshCases.ts), only ever reported on; `unseen`: a third,
 * written without reading the rules (unseenCases.ts), only ever reported on.
 */
export type NewsHalf =
  | 'tune'
  | 'heldout'
  | 'fresh'
  | 'unseen'
  | 'wire-tune'
  | 'wire-report'
  | 'wire2-tune'
  | 'wire2-report';

export interface NewsQuestion {
  question: string;
  /** Must stand (case-insensitive) in an excerpt of the article. */
  answer: string;
}

export interface NewsArticle {
  file: string;
  questions: NewsQuestion[];
  /** Four facts; each is the words one summary point must hold. */
  keyFacts: string[][];
}

export interface NewsSet {
  half: NewsHalf;
  /** Its articles' folder under test/eval/news/ (default: the half's name). */
  folder?: string;
  articles: NewsArticle[];
  outOfCorpus: string[];
}

/** A question and the phrase its answer must hold: the case tables' one-line form (`q` in them). */
export const newsQuestion = (question: string, answer: string): NewsQuestion => ({ question, answer });
const q = newsQuestion;

export const tuneSet: NewsSet = {
  half: 'tune',
  articles: [
    {
      file: 'sudan-el-fasher.txt',
      questions: [
        q('How many people are stuck in El Fasher?', '800,000 civilians'),
        q('Who is the leader of the paramilitaries in Sudan?', 'Mohamed Hamdan Dagalo'),
        q('Which country is accused of supplying arms to the RSF?', 'United Arab Emirates'),
        q('How long since food aid got into the city?', 'six weeks'),
        q('Where were the failed peace negotiations held?', 'Jeddah'),
        q('Since when have the army and the RSF been at war?', 'April 2023'),
        q('What are the people of El Fasher reduced to eating?', 'animal feed'),
        q('Through which country are weapons said to reach the RSF?', 'eastern Chad'),
        q('Who runs the community kitchens?', 'Mariam Osman'),
      ],
      keyFacts: [['encircled', 'El Fasher'], ['800,000'], ['United Arab Emirates', 'weapons'], ['nine million']],
    },
    {
      file: 'yemen-gulf-of-aden.txt',
      questions: [
        q('Which navy rescued the sailors?', 'Indian navy frigate'),
        q('How many seafarers were on board?', '22 crew members'),
        q('Why do the Houthis say they attack vessels?', 'solidarity with Palestinians'),
        q('How much longer do rerouted journeys take?', 'ten days'),
        q('Who supports the Houthi movement?', 'Iran, which backs the Houthis'),
        q('What kind of ship did the Houthis hit?', 'bulk carrier'),
        q('Which shipping firm changed its routes?', 'Maersk'),
        q('Who speaks for the Houthi military?', 'Yahya Saree'),
        q('Which city do the Houthis hold?', 'Sanaa'),
      ],
      keyFacts: [['missile', 'Gulf of Aden'], ['22 crew'], ['Cape of Good Hope'], ['air strikes', 'Houthi']],
    },
    {
      file: 'mali-tinzaouaten.txt',
      questions: [
        q('Where did the fighting with the Russian mercenaries take place?', 'Tinzaouaten'),
        q('What weather helped the separatists?', 'sandstorm'),
        q('When did the military government take power in Mali?', 'seized power in 2021'),
        q(
          'Which alliance of rebels claimed the ambush?',
          'Strategic Framework for the Defence of the People of Azawad',
        ),
        q('When did the UN peacekeepers pull out of Mali?', 'left the country in December'),
        q('Which mercenary company fought near Tinzaouaten?', 'Wagner Group'),
        q('Whom did the junta expel?', 'expelled French troops'),
        q('What did the rebels show video of?', 'burned armoured vehicles'),
      ],
      keyFacts: [['Tinzaouaten'], ['sandstorm'], ['heaviest defeat'], ['MINUSMA']],
    },
    {
      file: 'myanmar-lashio.txt',
      questions: [
        q('Which rebel group says it took the base?', 'Myanmar National Democratic Alliance Army'),
        q("What did the military's spokesperson say happened?", 'communication with the command had been lost'),
        q('Where did residents escape to?', 'Mandalay'),
        q('Which neighbouring country called for a halt to the fighting?', 'China'),
        q('When did the rebel offensive begin?', 'launched last October'),
        q('In which city is the captured headquarters?', 'Lashio'),
        q('What did the air force do to rebel areas?', 'bombed neighbourhoods'),
      ],
      keyFacts: [['Northeastern Command', 'Lashio'], ['Zaw Min Tun'], ['Mandalay'], ['Three Brotherhood Alliance']],
    },
    {
      file: 'congo-goma.txt',
      questions: [
        q('How many Rwandan soldiers are said to be fighting with the rebels?', 'between 3,000 and 4,000'),
        q('Which foreign missions did demonstrators target?', 'embassies of Rwanda, France and Belgium'),
        q('What disease did the WHO fear could spread from a lab?', 'Ebola'),
        q('What justification did Kigali give?', 'defending its border'),
        q("Who is Congo's top diplomat?", 'Kayikwamba'),
        q('Which lake did the fighters advance along?', 'Lake Kivu'),
        q('What did the minister call the incursion?', 'declaration of war'),
        q('Which city did M23 capture?', 'taken Goma'),
      ],
      keyFacts: [['taken Goma'], ['3,000 and 4,000'], ['embassies'], ['Ebola']],
    },
    {
      file: 'somalia-hotel-siege.txt',
      questions: [
        q('How long did the standoff at the hotel last?', '13-hour siege'),
        q('How many attackers were killed?', 'five al-Shabaab gunmen'),
        q('How did the militants get into the hotel?', 'car bomb'),
        q('Which country has a military agreement with Somalia?', 'defence pact'),
        q('Which broadcaster did the militants use to claim the attack?', 'Andalus radio'),
        q('How many people were injured in the hotel assault?', '27 people were wounded'),
        q('Which country trains Somali special forces?', 'Turkey trains Somali commandos'),
        q('Which network is al-Shabaab affiliated with?', 'linked to al-Qaeda'),
      ],
      keyFacts: [['SYL hotel'], ['five', 'gunmen'], ['car bomb'], ['Three soldiers and two civilians']],
    },
    {
      file: 'haiti-kenyan-police.txt',
      questions: [
        q('How many Kenyan officers came first?', 'Four hundred Kenyan police officers'),
        q('What share of the capital do the gangs hold?', '80 percent'),
        q("What is the gang boss's nickname?", 'Barbecue'),
        q('Who pays most for the mission?', 'main funder'),
        q("Who is Haiti's premier?", 'Garry Conille'),
        q('Which nations promised to send personnel?', 'Jamaica, the Bahamas'),
        q('How many Haitians lost their homes?', '580,000'),
        q('What targets have the gangs hit?', 'prisons, police stations'),
      ],
      keyFacts: [['Kenyan police officers', 'Port-au-Prince'], ['80 percent'], ['Barbecue'], ['580,000']],
    },
    {
      file: 'mozambique-cabo-delgado.txt',
      questions: [
        q('How many people ran from the attacks in Mozambique?', '67,000'),
        q('Who are most of the uprooted people?', 'Most of those displaced are children'),
        q("Which regional bloc's forces are pulling out?", 'Southern African Development Community'),
        q('How much is the halted gas venture worth?', '$20 billion'),
        q('What did the president ask villagers to do?', 'not to abandon their villages'),
        q('Which company stopped building the gas plant?', 'TotalEnergies'),
        q('By when must the regional troops leave?', 'withdraw by July'),
        q('Who are the insurgents tied to?', 'Islamic State-linked'),
      ],
      keyFacts: [['Cabo Delgado'], ['67,000'], ['Southern African Development Community'], ['$20 billion']],
    },
    {
      file: 'kashmir-indus-treaty.txt',
      questions: [
        q('How many were killed at the meadow?', '26 people'),
        q('Which border post was shut?', 'Attari'),
        q('Which organisation is said to be behind the group that claimed the shooting?', 'Lashkar-e-Taiba'),
        q('How would Islamabad view stopping its water?', 'act of war'),
        q('Who mediated the 1960 accord?', 'World Bank'),
        q('Who were most of the victims at the meadow?', 'most of them tourists'),
        q('Who was told to leave New Delhi?', 'Pakistani military advisers'),
        q('How many wars has the water accord survived?', 'three wars'),
      ],
      keyFacts: [['Indus Waters Treaty'], ['26 people'], ['Attari'], ['act of war']],
    },
    {
      file: 'colombia-catatumbo.txt',
      questions: [
        q('How many died in the guerrilla attacks in Catatumbo?', 'at least 80 people'),
        q('How many troops did the government send?', '5,000 soldiers'),
        q('Which city did the refugees reach?', 'Cúcuta'),
        q('What emergency powers did the president invoke?', 'state of internal commotion'),
        q('What are the armed groups competing over?', 'coca fields'),
        q('How long can the government rule by decree?', '90 days'),
        q('Which former rebels did the ELN attack?', 'disbanded FARC'),
        q('How were the trapped villagers rescued?', 'helicopters'),
      ],
      keyFacts: [['suspended peace negotiations'], ['80 people'], ['11,000'], ['state of internal commotion']],
    },
  ],
  outOfCorpus: [
    'What is the capital of France?',
    'How do I bake sourdough bread?',
    'Who won the Champions League final?',
    'What did the Sudanese army say about cholera in Khartoum?',
    'How many drones has Iran sold to Venezuela?',
    'What is the population of Nairobi?',
    'When will the Houthis hold elections in Sanaa?',
    'What is the price of coca leaves in Colombia?',
    'How much does a Haitian passport cost?',
    'What did Pope Francis say about Myanmar?',
    'Who won the Tour du Rwanda cycling race?',
    'Which football club does the Somali president support?',
    'How fast is the internet in Mogadishu?',
    // Added with the learned answer scorer (more to fit it on), close to the tune half's topics.
    'How many tanks did Egypt send to the Sudanese army?',
    'What did the Houthis say about oil prices?',
    'Who is the president of the Marshall Islands?',
    'What is the salary of a Wagner mercenary?',
    'How many elephants live in Shan state?',
    'When was the airport in Goma built?',
    'What is on the menu at the SYL hotel?',
    'How many tourists visit Haiti each year?',
    'What language do people speak in Cabo Delgado?',
    'Which cricket team won the match in Kashmir?',
    'How high are the mountains near Catatumbo?',
    'How much profit did Maersk make last year?',
    // Close to a tune article's topic, its names and words, but the fact is not told there.
    'How many Kenyan police officers were killed in Haiti last year?',
    'Which gang leader was arrested in Port-au-Prince?',
    'How much does the multinational mission in Haiti cost?',
    'When did TotalEnergies restart work on the gas project?',
    'Who is the mayor of Pemba?',
    'How many Pakistani soldiers died at the Attari crossing?',
    'What did the World Bank say about the suspension of the treaty?',
    'What ransom did al-Shabaab demand for the hotel hostages?',
    'How many ships has the Indian navy escorted through the Red Sea?',
    'How much did China pay the Myanmar junta for the border trade?',
    'Who commands the Malian air force?',
    'How many Rwandan soldiers died in Goma?',
    "What is the ELN's yearly income from drug trafficking?",
  ],
};

export const heldoutSet: NewsSet = {
  half: 'heldout',
  articles: [
    {
      file: 'ukraine-odesa-ship.txt',
      questions: [
        q('How many sailors died on the ship?', 'killing four Syrian crew members'),
        q('Where was the freighter headed?', 'bound for Egypt'),
        q('How much cargo has Ukraine exported by sea?', '60 million tonnes'),
        q('What did Zelensky request from partners?', 'air defence systems'),
        q('When did Moscow abandon the grain agreement?', 'July 2023'),
      ],
      keyFacts: [['container ship', 'Odesa'], ['four Syrian crew'], ['60 million tonnes'], ['air defence systems']],
    },
    {
      file: 'ethiopia-amhara-market.txt',
      questions: [
        q('How many people died in the aerial attack on the market?', 'at least 30 civilians'),
        q('Which town was hit?', 'Finote Selam'),
        q('Who is the government fighting in Amhara?', 'Fano'),
        q('Where was the Tigray peace agreement signed?', 'Pretoria'),
        q('What did the official rights body demand?', 'independent investigation'),
      ],
      keyFacts: [['drone strike', 'market'], ['Finote Selam'], ['Fano'], ['Pretoria']],
    },
    {
      file: 'karabakh-exodus.txt',
      questions: [
        q('How many Armenians have left the enclave?', 'More than 100,000'),
        q('When will the self-declared republic cease to exist?', 'January 1'),
        q('Whom did Pashinyan blame?', 'Russian peacekeepers'),
        q('How many were killed in the blast at the fuel store?', '170'),
        q('How long did the Azerbaijani assault take?', 'one-day military operation'),
      ],
      keyFacts: [['100,000'], ['dissolving'], ['Russian peacekeepers'], ['170']],
    },
    {
      file: 'syria-aleppo.txt',
      questions: [
        q('Which group is leading the insurgent advance?', 'Hayat Tahrir al-Sham'),
        q('Where did the assault on Aleppo start from?', 'Idlib'),
        q('Who bombed rebel-held neighbourhoods?', 'Russian warplanes'),
        q('Who visited Damascus to show support for Assad?', 'Abbas Araghchi'),
        q('When did the government last retake the city?', '2016'),
      ],
      keyFacts: [['Aleppo', 'Hayat Tahrir al-Sham'], ['Russian warplanes'], ['Araghchi'], ['2016']],
    },
    {
      file: 'south-china-sea-shoal.txt',
      questions: [
        q('What injury did one seaman suffer?', 'lost a thumb'),
        q('What weapons did the Chinese officers carry?', 'knives and axes'),
        q('When was the old warship run aground?', '1999'),
        q('Which pact did the US cite?', 'mutual defence treaty'),
        q('How many guns were taken?', 'seven rifles'),
      ],
      keyFacts: [['Second Thomas Shoal'], ['thumb'], ['Sierra Madre'], ['mutual defence treaty']],
    },
    {
      file: 'niger-ecowas-deadline.txt',
      questions: [
        q('Who heads the military government in Niger?', 'Abdourahamane Tiani'),
        q('What did the coup leaders shut?', "closed Niger's airspace"),
        q('Which neighbours pledged to defend Niger?', 'Mali and Burkina Faso'),
        q('How many French soldiers are stationed there?', '1,500 troops'),
        q('Where is the American drone base?', 'Agadez'),
      ],
      keyFacts: [['ECOWAS', 'deadline'], ['airspace'], ['Mali and Burkina Faso'], ['1,500']],
    },
    {
      file: 'lebanon-ceasefire.txt',
      questions: [
        q('How long does Israel have to pull out its troops?', 'within 60 days'),
        q('Who mediated the agreement between Israel and Hezbollah?', 'United States and France'),
        q('Where must the militia move its fighters?', 'Litani River'),
        q('How many people died in Lebanon in the fighting?', '3,700'),
        q('What did Netanyahu threaten?', 'strike hard'),
      ],
      keyFacts: [['ceasefire', '4 a.m.'], ['60 days'], ['Litani'], ['3,700']],
    },
    {
      file: 'burkina-barsalogho.txt',
      questions: [
        q('What were the residents doing when they were attacked?', 'dug defensive trenches'),
        q('Which jihadist organisation took responsibility?', 'JNIM'),
        q('What is the estimated number of dead in Barsalogho?', 'about 600'),
        q("Who leads Burkina Faso's military rulers?", 'Ibrahim Traoré'),
        q('How much of the country is beyond government control?', "Half of Burkina Faso's territory"),
      ],
      keyFacts: [['Barsalogho'], ['JNIM'], ['600'], ['two million']],
    },
    {
      file: 'afghanistan-paktika.txt',
      questions: [
        q('How many died in the bombing in Afghanistan?', 'killing 46 people'),
        q('Which province was bombed?', 'Paktika'),
        q('Whom did Pakistan say it was targeting?', 'TTP'),
        q('Which envoy was in Kabul when it happened?', 'Mohammad Sadiq'),
        q('What did the Taliban spokesperson vow?', 'retaliate'),
      ],
      keyFacts: [['Paktika'], ['46'], ['TTP'], ['Mohammad Sadiq']],
    },
    {
      file: 'guyana-essequibo.txt',
      questions: [
        q('What share of voters approved the proposal?', '95 percent'),
        q('How much of Guyana is the disputed area?', 'two thirds of Guyana'),
        q('Which tribunal warned Venezuela?', 'International Court of Justice'),
        q('How much crude has been discovered offshore?', '11 billion barrels'),
        q("What did Guyana's leader say about the frontier?", 'not up for negotiation'),
      ],
      keyFacts: [['95 percent'], ['two thirds'], ['International Court of Justice'], ['11 billion barrels']],
    },
  ],
  outOfCorpus: [
    'What is the weather in Kyiv tomorrow?',
    'How many calories are in a banana?',
    'Who won the 2022 World Cup?',
    "What is Zelensky's favourite film?",
    "What did China's president say about Taiwan's elections?",
    'How many nuclear warheads does Israel have?',
    'When did Armenia join the European Union?',
    "What is Hezbollah's annual budget?",
    'Which airline flies from Niamey to Paris?',
    'How tall is Mount Everest?',
    'How do I reset my router password?',
    'What is the exchange rate of the Venezuelan bolivar?',
  ],
};
