// Wire-style evaluation set 2: 16 articles on conflicts not covered by the other sets.
// Written on 3 Dec 2026 by a helper that read neither the rules (src/) nor the other sets' articles.
// Split by article alternately (in order of writing) into wire2-tune (may be read and tuned on)
// and wire2-report (only ever reported on), except that the last pair was swapped (Madagascar to tune,
// Venezuela/US to report) so that 'United States' is an entity only in a half where no other article
// has anyone backing or opposing it. Details (numbers, dates, quotes, some names) are fictionalised.
import { type NewsSet, newsQuestion as q } from './newsCases.ts';
import { counterpart as c, type RelationCase } from './relations/relationCases.ts';

export const wire2TuneSet: NewsSet = {
  half: 'wire2-tune',
  folder: 'wire2/tune',
  articles: [
    {
      file: 'angola-cabinda-flec.txt',
      questions: [
        q('How many separatist fighters did the Angolan military say it killed?', '14 fighters'),
        q('How many deaths did the rebel movement itself acknowledge?', 'three of its men had died'),
        q(
          "Which smaller armed faction put its fighters under the rebels' command?",
          'Cabinda Self-Determination Movement',
        ),
        q('What vessels did Washington hand over to the Angolan navy?', 'six patrol boats'),
        q('What did the Catholic prelate in the exclave propose to do?', 'offered the church as a go-between'),
      ],
      keyFacts: [
        ['Angolan', '14', 'Mayombe'],
        ['Republic of Congo', 'arm', 'shelter'],
        ['Portuguese', 'patrol boats', 'United States'],
        ['FLEC', 'oil installations'],
      ],
    },
    {
      file: 'peru-vraem-remnants.txt',
      questions: [
        q('How many police officers died in the ambush?', 'killing four officers'),
        q('Who commands the guerrilla group in the valley?', 'Victor Quispe Palomino'),
        q('Which family of traffickers pays the rebels to guard drug consignments?', 'the Aybar clan'),
        q('What did Brasilia agree to provide to Lima?', 'satellite imagery of clandestine airstrips'),
        q('For how long was the emergency decree prolonged?', 'another 60 days'),
      ],
      keyFacts: [
        ['four officers', 'state of emergency'],
        ['MPCP', 'Aybar'],
        ['United States', 'helicopters'],
        ['Bolivia', 'joint military operations'],
      ],
    },
    {
      file: 'bosnia-republika-srpska.txt',
      questions: [
        q('Which institutions did the new law keep out of the Serb entity?', 'state-level police and prosecutors'),
        q('How did the international envoy describe the vote?', 'an assault on the Dayton peace agreement'),
        q('Which country stopped the EU from issuing a common statement?', 'Hungary'),
        q('Where has Moscow promised to keep protecting Banja Luka?', 'at the Security Council'),
        q('What might the European peacekeeping force do if the situation worsens?', 'bring in reserve troops'),
      ],
      keyFacts: [
        ['Republika Srpska', 'police', 'prosecutors'],
        ['Schmidt', 'Dayton'],
        ['Washington', 'London', 'sanctioned'],
        ['Vucic', 'territorial integrity'],
      ],
    },
    {
      file: 'new-caledonia-roadblocks.txt',
      questions: [
        q('How many more gendarmes is Paris sending to the territory?', 'additional 600 gendarmes'),
        q('What was the death toll of the 2024 unrest?', 'left 14 dead'),
        q('What would the constitutional bill set up?', 'State of New Caledonia'),
        q('How many organisers of the activist network have been charged?', 'four CCAT organisers'),
        q('Which regional body proposed to broker talks between the two camps?', 'Pacific Islands Forum'),
      ],
      keyFacts: [
        ['600', 'gendarmes', 'roadblocks'],
        ['constitutional bill', 'Bougival'],
        ['FLNKS', 'endorsed', 'CCAT'],
        ['Azerbaijan', 'never funded|armed'],
      ],
    },
    {
      file: 'nicaragua-ortega-sanctions.txt',
      questions: [
        q('How many Nicaraguan officials did Washington penalise?', 'eight Nicaraguan officials'),
        q('How much gold has the targeted firm shipped abroad?', 'more than $400 million of gold'),
        q('What does the accord signed with Russia permit?', 'Russian navy vessels to call at Nicaraguan ports'),
        q('What projects has Beijing lent money for?', 'a new airport and several highway projects'),
        q("What did San Jose's top diplomat say about the exiles?", 'Costa Rica gives refuge, not weapons'),
      ],
      keyFacts: [
        ['United States', 'eight', 'gold'],
        ['European Union', 'sanctions list'],
        ['Moscow', 'instructors', 'police'],
        ['Civic Alliance', 'welcomed'],
      ],
    },
    {
      file: 'guinea-bissau-junta-ecowas.txt',
      questions: [
        q('How long did the West African leaders give the junta to publish a new schedule?', '60 days'),
        q('Until when has the vote been put off?', 'late 2027'),
        q('What did Lisbon cut off?', 'suspended budget aid'),
        q('What did Conakry promise the Bissau-Guinean military?', 'help train the Bissau-Guinean army'),
        q('In which city did the regional heads of state gather?', 'meeting in Abuja'),
      ],
      keyFacts: [
        ['ECOWAS', 'sanctions'],
        ["N'Tam", 'late 2027'],
        ['Portugal', 'unacceptable'],
        ['Embalo', 'denied'],
      ],
    },
    {
      file: 'cyprus-buffer-zone-pyla.txt',
      questions: [
        q('Close to which village did the incursion take place?', 'mixed village of Pyla'),
        q('How did the Turkish Cypriot leader describe the works?', 'a road project for villagers'),
        q('In what year did Washington end its arms embargo on the island?', 'in 2022'),
        q('Which base may French warships use?', 'a naval base at Mari'),
        q('How many sovereign bases does London keep on Cyprus?', 'two sovereign base areas'),
      ],
      keyFacts: [
        ['United Nations', 'buffer zone', 'Pyla'],
        ['Republic of Cyprus', 'provocation', 'Ankara'],
        ['Turkey', 'troops', 'budget'],
        ['Britain', 'guarantor'],
      ],
    },
    {
      file: 'madagascar-junta-protests.txt',
      questions: [
        q('What were the young demonstrators protesting about?', 'power and water cuts'),
        q('Which army unit did the colonel command?', 'the CAPSAT unit'),
        q('How much budget support did Beijing promise?', '$150 million'),
        q('What has Moscow offered the authorities?', 'train police units in crowd control'),
        q('How did the ousted president leave the island?', 'aboard a French military aircraft'),
      ],
      keyFacts: [
        ['tear gas', 'Randrianirina'],
        ['Gen Z Madagascar', 'withdrawing'],
        ['African Union', 'suspension', 'election timetable'],
        ['China', '$150 million'],
      ],
    },
  ],
  outOfCorpus: [
    'How many barrels of oil a day does Cabinda produce?',
    'Who is the current president of the FLEC?',
    'When is the next independence referendum in New Caledonia scheduled?',
    'How many peacekeepers does UNFICYP have on the island?',
    'Who won the 2026 FIFA World Cup final?',
    'At what temperature should a sourdough loaf be baked?',
    'How far is Mars from the Sun?',
    'Which tennis player has won the most Grand Slam singles titles?',
  ],
};

export const wire2ReportSet: NewsSet = {
  half: 'wire2-report',
  folder: 'wire2/report',
  articles: [
    {
      file: 'togo-savanes-jihadists.txt',
      questions: [
        q('How many Togolese troops were killed in the raid?', '11 Togolese soldiers'),
        q('Which militant organisation took responsibility for the assault?', "Jama'at Nusrat al-Islam wal-Muslimin"),
        q('From which neighbouring country did the attackers arrive?', 'across the frontier with Burkina Faso'),
        q('What equipment did Washington give the Togolese military?', 'armoured vehicles and night-vision equipment'),
        q('What is Abidjan prepared to send if asked?', 'deploy special forces to northern Togo'),
      ],
      keyFacts: [
        ['11', 'Savanes'],
        ['JNIM', 'Ponio'],
        ['United States', 'European Union', 'training'],
        ['National Alliance for Change', 'parliament'],
      ],
    },
    {
      file: 'india-chhattisgarh-maoists.txt',
      questions: [
        q('How many suspected insurgents died in the gunbattle?', '22 suspected Maoist guerrillas'),
        q("Which neighbouring state's police blocked the escape routes?", 'Police from neighbouring Telangana'),
        q('Who provides the guerrillas with food and shelter?', 'the Jan Militia'),
        q("What did the rebels' leadership propose in its letter?", 'observe a ceasefire and open talks'),
        q('By when had the government aimed to crush the insurgency?', 'March 2026'),
      ],
      keyFacts: [
        ['22', 'Bijapur'],
        ['CRPF', 'District Reserve Guard|DRG', 'surrendered rebels'],
        ['Jan Militia', 'food'],
        ['Coordination Committee for Peace', 'New Delhi'],
      ],
    },
    {
      file: 'dagestan-police-attacks.txt',
      questions: [
        q('How many policemen were killed at the posts?', 'killing seven officers'),
        q('What name does the Islamic State affiliate in the region use?', 'Vilayat Kavkaz'),
        q(
          "Who, according to Russia's anti-terror body, gave the cell money and instructions?",
          'Islamic State Khorasan Province',
        ),
        q('How did Kyiv describe the suggestion that it was involved?', 'absurd and predictable'),
        q('How many Chechen security personnel did Kadyrov send?', 'some 200 members'),
      ],
      keyFacts: [
        ['seven', 'Dagestan', 'police'],
        ['Vilayat Kavkaz', 'Amaq'],
        ['Kadyrov', '200'],
        ['Derbent', 'June 2024'],
      ],
    },
    {
      file: 'bangladesh-hill-tracts-knf.txt',
      questions: [
        q('How many soldiers died in the firefight?', 'two Bangladeshi soldiers'),
        q('Near which place was the patrol attacked?', 'near Ruma'),
        q('Which Islamist outfit did the rebels allegedly train?', "Jama'atul Ansar Fil Hindal Sharqiya"),
        q('Which country provided the military with drones?', 'drones supplied by China'),
        q('In which year was the peace accord signed?', '1997 peace accord'),
      ],
      keyFacts: [
        ['Bandarban', 'Myanmar'],
        ['KNF', "Jama'atul Ansar", 'cash'],
        ['Mizoram', 'humanitarian aid'],
        ['PCJSS', '1997'],
      ],
    },
    {
      file: 'nigeria-biafra-esn.txt',
      questions: [
        q('How many people died in the attacks in Imo?', 'killed nine people'),
        q('Which army unit raided the militia camps?', '34 Artillery Brigade'),
        q("What sentence was handed to the separatist movement's founder?", 'life imprisonment'),
        q('Who set up and pays for the regional security outfit?', 'the five southeastern state governors'),
        q('What does the Igbo cultural group want Abuja to do?', 'open dialogue with the separatists'),
      ],
      keyFacts: [
        ['nine', 'Imo', 'Eastern Security Network|ESN'],
        ['IPOB', 'denied'],
        ['Simon Ekpa', 'raising money'],
        ['Ebube Agu', 'governors'],
      ],
    },
    {
      file: 'tunisia-chaambi-militants.txt',
      questions: [
        q('How many militants did the soldiers kill?', 'three suspected jihadists'),
        q('Which group did the dead fighters belong to?', 'Okba Ibn Nafaa Brigade'),
        q("What did Algiers' forces do during the sweep?", 'sealed their side of the frontier'),
        q('What has Berlin paid for?', 'an electronic surveillance system'),
        q('What was found in the cave?', 'Rifles, explosives and a satellite phone'),
      ],
      keyFacts: [
        ['Chaambi', 'three'],
        ['AQIM', 'money', 'orders'],
        ['Algiers', 'joint operations'],
        ['United States', 'Germany'],
      ],
    },
    {
      file: 'bougainville-independence-talks.txt',
      questions: [
        q('What share of voters backed independence?', 'Nearly 98%'),
        q('When was the independence vote held?', '2019 referendum'),
        q("How far did the former fighters' movement pledge to go?", 'to the last man'),
        q('Who chairs the negotiations as an independent figure?', 'Jerry Mateparae'),
        q('What does Port Moresby say a unilateral declaration would lack?', 'no legal standing'),
      ],
      keyFacts: [
        ['Toroama', 'independence', '2019'],
        ['98%', 'ballot', '20,000'],
        ["Me'ekamui", 'Panguna'],
        ['Australia', 'mutual defence treaty'],
      ],
    },
    {
      file: 'venezuela-us-boat-strike.txt',
      questions: [
        q('How many people died when the speedboat was hit?', 'killing five people'),
        q('Where did the vessel set off from, according to the US military?', 'the Paria peninsula'),
        q('What does Santo Domingo let American planes do?', 'refuel at two of its airports'),
        q('What did the Venezuelan government call the strike?', 'extrajudicial execution'),
        q('What did the Caribbean bloc offer to do?', 'host talks between Washington and Caracas'),
      ],
      keyFacts: [
        ['Tren de Aragua', 'five'],
        ['Trinidad and Tobago', 'radar', 'Dominican Republic'],
        ['Cuba', 'Russia', 'extrajudicial execution'],
        ['Britain', 'intelligence sharing'],
      ],
    },
  ],
  outOfCorpus: [
    'How much copper did the Panguna mine produce before it closed?',
    "Who is the chief of staff of Togo's armed forces?",
    "How many Rohingya refugees live in Bangladesh's Cox's Bazar camps?",
    'What is the population of Makhachkala?',
    'How do you make a classic French omelette?',
    'Who won the 2026 Tour de France?',
    'What is the speed of light in a vacuum?',
    'How many moons does Jupiter have?',
  ],
};

export const wire2RelationCases: RelationCase[] = [
  // --- wire2-tune ---
  // angola-cabinda-flec.txt
  {
    half: 'wire2-tune',
    entity: 'FLEC',
    question: 'opposers',
    expected: [c('Angola|Angolan troops|Angolan military|Luanda', 'active: troops killed fighters from')],
    excluded: [
      c('Catholic bishop of Cabinda|Catholic', 'mediator: offered the church as a go-between'),
      c('African Union', 'request: urged both sides to choose dialogue'),
      c('China', 'neutral: declined to comment'),
    ],
  },
  {
    half: 'wire2-tune',
    entity: 'FLEC',
    question: 'backers',
    expected: [c('Cabinda Self-Determination Movement', 'placed its fighters under FLEC command')],
    excluded: [
      c('Republic of Congo|Brazzaville', 'denied: does not arm, finance or shelter'),
      c('China', 'neutral: declined to comment'),
    ],
  },
  {
    half: 'wire2-tune',
    entity: 'Angola',
    question: 'backers',
    expected: [
      c('Portugal|Lisbon|Portuguese', 'passive: has been trained by Portuguese instructors'),
      c('United States', 'took delivery of patrol boats from'),
    ],
    excluded: [
      c('China', 'neutral: biggest buyer of crude, declined to comment'),
      c('African Union', 'request: urged Luanda and the separatists'),
    ],
  },
  // peru-vraem-remnants.txt
  {
    half: 'wire2-tune',
    entity: 'MPCP',
    question: 'opposers',
    expected: [
      c('Peru|Peruvian police|police|army', 'ambushed patrol; army commandos combing the area'),
      c('rondas campesinas|self-defence committees', 'joined by committees armed to fight the Shining Path'),
      c('United States', 'relative clause + condemned the ambush'),
    ],
    excluded: [
      c('Bolivia', 'ruled out joint military operations'),
      c("coca growers' federation", 'denied collaborating with the rebels'),
      c('ombudsman', 'neutral: called for an investigation'),
    ],
  },
  {
    half: 'wire2-tune',
    entity: 'MPCP',
    question: 'backers',
    expected: [c('Aybar clan', 'passive: it is paid for that protection by')],
    excluded: [c("coca growers' federation", 'rejected suggestions that its members collaborate')],
  },
  {
    half: 'wire2-tune',
    entity: 'Peru',
    question: 'backers',
    expected: [
      c('United States', 'relative clause: which has supplied helicopters to the Peruvian police'),
      c('Brazil', 'agreed to share satellite imagery with'),
      c('rondas campesinas|self-defence committees', 'joined by (fighting alongside the army)'),
    ],
    excluded: [c('Bolivia', 'ruled out joint military operations with')],
  },
  // bosnia-republika-srpska.txt
  {
    half: 'wire2-tune',
    entity: 'Dodik',
    question: 'opposers',
    expected: [
      c('Christian Schmidt|High Representative', 'condemned the vote'),
      c('United States|Washington', 'relative clause: which have already sanctioned Dodik'),
      c('United Kingdom|London', 'relative clause: which have already sanctioned Dodik'),
      c('Bosniak and Croat parties|Bosniak', 'called on the prosecutor to open proceedings against'),
    ],
    excluded: [
      c('EUFOR', 'hypothetical: could bring in reserve troops'),
      c('European Union', 'blocked statement: criticism never issued'),
      c('Serbia|Vucic', 'request: urged Banja Luka to avoid steps'),
      c('Russia|Moscow', "other side: came to Dodik's defence"),
      c('Hungary', 'other side: blocked EU statement'),
    ],
  },
  {
    half: 'wire2-tune',
    entity: 'Dodik',
    question: 'backers',
    expected: [
      c('Russia|Moscow', "metonym: Moscow came to Dodik's defence; pledged to keep shielding"),
      c('Hungary', 'relative clause: cultivated close ties; blocked EU statement'),
    ],
    excluded: [
      c('Serbia|Vucic', 'cautious tone: respected territorial integrity, urged restraint'),
      c('EUFOR', 'neutral: monitoring'),
      c('European Union', 'statement criticising the move'),
    ],
  },
  // new-caledonia-roadblocks.txt
  {
    half: 'wire2-tune',
    entity: 'CCAT',
    question: 'backers',
    expected: [
      c(
        'FLNKS|Kanak and Socialist National Liberation Front',
        'relative clause: whose actions the FLNKS formally endorsed',
      ),
    ],
    excluded: [
      c('Azerbaijan|Baku', 'denied: has never funded or armed anyone'),
      c('Melanesian Spearhead Group', 'appealed for calm (name with support-like word)'),
    ],
  },
  {
    half: 'wire2-tune',
    entity: 'FLNKS',
    question: 'backers',
    expected: [c('Vanuatu', 'said it stood with the FLNKS')],
    excluded: [
      c('Melanesian Spearhead Group', 'membership, appealed for calm'),
      c('Pacific Islands Forum', 'mediator: offered to facilitate talks'),
      c('Azerbaijan|Baku', 'denied funding or arming'),
    ],
  },
  {
    half: 'wire2-tune',
    entity: 'CCAT',
    question: 'opposers',
    expected: [
      c('France|French prosecutors|gendarmes|Paris', 'charged organisers; gendarmes cleared barricades'),
      c('Loyalist politicians|loyalists|Loyalist', 'relative clause: have denounced the CCAT as a militia'),
    ],
    excluded: [
      c('Pacific Islands Forum', 'mediator: offered to facilitate talks'),
      c('Melanesian Spearhead Group', 'appealed for calm'),
    ],
  },
  // nicaragua-ortega-sanctions.txt
  {
    half: 'wire2-tune',
    entity: 'Ortega',
    question: 'backers',
    expected: [
      c('Russia|Moscow', 'relative clause: which has sent instructors to train police'),
      c('China', 'has extended loans to Managua'),
    ],
    excluded: [
      c('Civic Alliance for Justice and Democracy|Civic Alliance', 'name with alliance: campaigned against Ortega'),
      c('Costa Rica', 'denied arming opponents: refuge, not weapons'),
      c('Vatican', 'stalled mediator, declined to comment'),
      c('Brazil', 'kept its distance'),
    ],
  },
  {
    half: 'wire2-tune',
    entity: 'Ortega',
    question: 'opposers',
    expected: [
      c('United States|Treasury Department', 'imposed sanctions, accusing the government of'),
      c(
        'Civic Alliance for Justice and Democracy|Civic Alliance',
        "relative clause: has campaigned against Ortega's rule",
      ),
    ],
    excluded: [
      c('European Union', 'hypothetical: would consider adding to sanctions list'),
      c('Costa Rica', 'rejected accusations; gives refuge, not weapons'),
      c('Vatican', 'mediator'),
      c('Brazil', 'kept its distance'),
    ],
  },
  // guinea-bissau-junta-ecowas.txt
  {
    half: 'wire2-tune',
    entity: 'High Military Command for the Restoration of Order',
    question: 'opposers',
    expected: [
      c('ECOWAS|Economic Community of West African States', 'threatened to impose sanctions on; ultimatum'),
      c('African Union', 'relative clause: which suspended Guinea-Bissau; echoed the ultimatum'),
      c('Portugal', 'called the delay unacceptable, suspended budget aid'),
      c('PAIGC|Domingos Simoes Pereira', 'called on supporters to protest against'),
    ],
    excluded: [
      c('Russia', 'hypothetical: could turn to Russia'),
      c('Guinea|Conakry', 'other side: pledged to help train the army'),
    ],
  },
  {
    half: 'wire2-tune',
    entity: 'High Military Command for the Restoration of Order',
    question: 'backers',
    expected: [c('Guinea|Conakry', 'pledged to help train the Bissau-Guinean army')],
    excluded: [
      c('Russia', 'hypothetical: could turn to Russia for security assistance if'),
      c('Umaro Sissoco Embalo|Embalo', 'denied any role in the coup'),
      c('Portugal', 'suspended budget aid'),
      c('Stabilisation Support Mission in Guinea-Bissau', 'withdrawn force; name with support word'),
    ],
  },
  // cyprus-buffer-zone-pyla.txt
  {
    half: 'wire2-tune',
    entity: 'Turkish Cypriot administration',
    question: 'backers',
    expected: [c('Turkey|Ankara', 'relative clause: keeps troops, bankrolls the budget; defended the work')],
    excluded: [
      c('Britain|United Kingdom', 'guarantor, declined to take sides'),
      c('UNFICYP|United Nations', 'neutral peacekeepers: raised the matter with both sides'),
    ],
  },
  {
    half: 'wire2-tune',
    entity: 'Turkish Cypriot administration',
    question: 'opposers',
    expected: [
      c('Republic of Cyprus|Cyprus|Nicosia', 'condemned the incursion as a provocation'),
      c('Greece', 'denounced what it called a breach of resolutions'),
    ],
    excluded: [
      c('UNFICYP|United Nations', 'neutral: called on everyone to respect the status quo'),
      c('Britain|United Kingdom', 'declined to take sides'),
    ],
  },
  {
    half: 'wire2-tune',
    entity: 'Republic of Cyprus',
    question: 'backers',
    expected: [
      c('Greece', 'relative clause: which has pledged to stand by Nicosia'),
      c('United States', 'approved sales of military equipment to the National Guard'),
      c('France', 'defence cooperation agreement giving warships use of base'),
    ],
    excluded: [
      c('Britain|United Kingdom', 'guarantor, declined to take sides'),
      c('Turkey|Ankara', 'other side: would not accept faits accomplis imposed by Nicosia'),
    ],
  },

  // madagascar-junta-protests.txt
  {
    half: 'wire2-tune',
    entity: 'Randrianirina',
    question: 'backers',
    expected: [
      c('CAPSAT', 'the unit has remained his most dependable base of support'),
      c('China', "pledged budget support to Randrianirina's transitional government"),
    ],
    excluded: [
      c('Gen Z Madagascar', 'withdrawn support'),
      c('Russia', 'hypothetical: offer being weighed, no agreement signed'),
      c('SADC|Southern African Development Community', 'mediator'),
      c('France|Paris', 'does not take sides'),
    ],
  },
  {
    half: 'wire2-tune',
    entity: 'Randrianirina',
    question: 'opposers',
    expected: [
      c('Gen Z Madagascar', 'withdrawing support, accusing him of breaking promises'),
      c('African Union', 'suspension remains in place; asked to step up pressure on the colonel'),
      c('Rajoelina|Andry Rajoelina', 'denounced the crackdown from exile'),
    ],
    excluded: [
      c('SADC|Southern African Development Community', 'mediator: urged dialogue'),
      c('France|Paris', 'does not take sides'),
    ],
  },
  // --- wire2-report ---
  // togo-savanes-jihadists.txt
  {
    half: 'wire2-report',
    entity: 'JNIM',
    question: 'opposers',
    expected: [c('Togo|Togolese army|Togolese|Lome', 'attacked post; army launched a sweep')],
    excluded: [
      c('Ivory Coast|Abidjan', 'hypothetical: stood ready to deploy if Lome asked'),
      c('Russia', 'no plans to bring in instructors'),
      c('National Alliance for Change', 'opposition party criticising the government'),
    ],
  },
  {
    half: 'wire2-report',
    entity: 'Togo',
    question: 'backers',
    expected: [
      c('United States', 'handed over armoured vehicles to the Togolese army'),
      c('European Union', 'is financing the training of border units'),
      c('Ghana', 'shares intelligence with its eastern neighbour'),
    ],
    excluded: [
      c('Ivory Coast|Abidjan', 'hypothetical: could deploy special forces if asked'),
      c('Russia', 'courted; no plans to bring in instructors'),
      c('National Alliance for Change', 'name with alliance: opposition party'),
    ],
  },
  // india-chhattisgarh-maoists.txt
  {
    half: 'wire2-report',
    entity: 'Communist Party of India (Maoist)',
    question: 'opposers',
    expected: [
      c('Indian security forces|India|police', 'active: security forces killed guerrillas'),
      c('Central Reserve Police Force|CRPF', 'passive: operation was carried out by'),
      c('District Reserve Guard|DRG', 'passive: operation was carried out by'),
      c('Telangana', 'police from neighbouring Telangana sealed off escape routes'),
    ],
    excluded: [
      c('Coordination Committee for Peace', 'request: urged New Delhi to take up the offer'),
      c('gram sabhas|village councils', 'denied feeding the rebels'),
      c('Jan Militia', 'other side: supplies the guerrillas'),
      c('Rights groups', 'questioned the killings'),
    ],
  },
  {
    half: 'wire2-report',
    entity: 'Communist Party of India (Maoist)',
    question: 'backers',
    expected: [c('Jan Militia', 'appositive: village-level cadres who supply them with food')],
    excluded: [
      c('gram sabhas|village councils', 'denied feeding the rebels'),
      c('Coordination Committee for Peace', 'urged talks'),
    ],
  },
  // dagestan-police-attacks.txt
  {
    half: 'wire2-report',
    entity: 'Vilayat Kavkaz',
    question: 'opposers',
    expected: [
      c(
        'Russia|Russian security forces|FSB|National Anti-Terrorism Committee|Putin',
        'shot dead by security forces; FSB ordered to step up operations',
      ),
      c('Ramzan Kadyrov|Kadyrov|Chechen|Chechnya', 'sent security forces to hunt down the network'),
      c('Spiritual Administration of Muslims of Dagestan', 'condemned the killings'),
    ],
    excluded: [
      c('Ukraine|Kyiv|Ukrainian intelligence', 'allegation dismissed'),
      c('Turkey', 'intermediaries located there; not contacted'),
      c('Islamic State Khorasan Province|ISKP', 'other side: funded the cell'),
    ],
  },
  {
    half: 'wire2-report',
    entity: 'Vilayat Kavkaz',
    question: 'backers',
    expected: [c('Islamic State Khorasan Province|ISKP', 'cell had received money and instructions from')],
    excluded: [
      c('Ukraine|Kyiv|Ukrainian intelligence', 'suggested role, dismissed as absurd'),
      c('Turkey', 'place of intermediaries, not a backer'),
    ],
  },
  // bangladesh-hill-tracts-knf.txt
  {
    half: 'wire2-report',
    entity: 'KNF',
    question: 'opposers',
    expected: [
      c('Bangladesh army|Bangladeshi soldiers|army|Bangladesh', 'soldiers returned fire and overran a hideout'),
      c('Rapid Action Battalion|RAB', 'troops backed by RAB combing the area'),
      c('PCJSS|Parbatya Chattagram Jana Samhati Samiti', "condemned the KNF's violence"),
    ],
    excluded: [
      c('Mizoram|India', 'denied that KNF members were sheltering'),
      c('U.N. human rights office|United Nations', 'urged all sides to protect civilians'),
    ],
  },
  {
    half: 'wire2-report',
    entity: 'Bangladesh army',
    question: 'backers',
    expected: [
      c('Rapid Action Battalion|RAB', 'passive participle: backed by the elite RAB'),
      c('China', 'passive: drones supplied by China'),
    ],
    excluded: [
      c('India|New Delhi', 'request: asked to tighten border control'),
      c('Mizoram', 'humanitarian aid to refugees only'),
      c('U.N. human rights office|United Nations', 'urged all sides'),
    ],
  },
  {
    half: 'wire2-report',
    entity: 'Bangladesh army',
    question: 'opposers',
    expected: [
      c('KNF|Kuki-Chin National Front', 'ambushed an army patrol'),
      c('PCJSS|Parbatya Chattagram Jana Samhati Samiti', 'denounced the army for punishing villages'),
    ],
    excluded: [c('U.N. human rights office|United Nations', 'urged all sides')],
  },
  // nigeria-biafra-esn.txt
  {
    half: 'wire2-report',
    entity: 'Eastern Security Network',
    question: 'opposers',
    expected: [
      c('Nigerian army|army|34 Artillery Brigade|Nigeria', 'blamed; raided suspected ESN camps'),
      c('police', 'soldiers and police raided camps'),
      c('Ebube Agu', 'joint patrols in the hunt for the militia'),
    ],
    excluded: [c('Ohanaeze Ndigbo', 'called for calm, urged dialogue'), c('Britain', 'has not intervened')],
  },
  {
    half: 'wire2-report',
    entity: 'Ebube Agu',
    question: 'backers',
    expected: [
      c('southeastern state governors|governors', 'passive participle: created and funded by'),
      c('Nigerian army|army', 'running joint patrols with'),
    ],
    excluded: [c('rights groups', 'accused it of extrajudicial killings')],
  },
  // tunisia-chaambi-militants.txt
  {
    half: 'wire2-report',
    entity: 'Okba Ibn Nafaa Brigade',
    question: 'opposers',
    expected: [
      c('Tunisia|Tunisian soldiers|Tunisian', 'soldiers killed militants; operation dismantled cell'),
      c('Algeria|Algerian troops|Algiers', 'sealed their side of the frontier during the operation'),
    ],
    excluded: [
      c('Italy', 'military cooperation against armed groups not on the agenda'),
      c('Jund al-Khilafa', 'no evidence of cooperation (neither ally nor enemy)'),
    ],
  },
  {
    half: 'wire2-report',
    entity: 'Okba Ibn Nafaa Brigade',
    question: 'backers',
    expected: [
      c('AQIM|al Qaeda in the Islamic Maghreb', 'relative clause: which still sends the brigade money and orders'),
    ],
    excluded: [
      c('Jund al-Khilafa', 'negated: no evidence of cooperation'),
      c('Islamic State', 'backs a different faction'),
    ],
  },
  {
    half: 'wire2-report',
    entity: 'Tunisia',
    question: 'backers',
    expected: [
      c('United States', 'has supplied surveillance aircraft to the Tunisian army'),
      c('Germany', 'has paid for an electronic surveillance system'),
      c('Algeria|Algiers', 'share intelligence under a coordination arrangement'),
    ],
    excluded: [c('Italy', 'request on migration; military cooperation not on the agenda')],
  },
  // bougainville-independence-talks.txt
  {
    half: 'wire2-report',
    entity: 'Autonomous Bougainville Government',
    question: 'backers',
    expected: [c("Me'ekamui", 'would stand behind the ABG to the last man')],
    excluded: [
      c('Australia', 'neutral: a matter for the two governments'),
      c('United States', 'supported a peaceful process (support word, no backing)'),
      c('China|Beijing', 'denied seeking to influence the debate'),
      c('Jerry Mateparae|New Zealand', 'independent moderator'),
    ],
  },
  {
    half: 'wire2-report',
    entity: 'Autonomous Bougainville Government',
    question: 'opposers',
    expected: [
      c('Papua New Guinea|PNG|Port Moresby|Marape', 'warned a unilateral declaration would have no legal standing'),
    ],
    excluded: [c('Jerry Mateparae|New Zealand', 'moderator'), c('Australia', 'neutral')],
  },
  {
    half: 'wire2-report',
    entity: 'Papua New Guinea',
    question: 'backers',
    expected: [
      c('Australia', 'relative clause: signed a mutual defence treaty, funds police training'),
      c('United States', 'relative clause: which is helping to upgrade its military bases'),
    ],
    excluded: [c('China|Beijing', 'investors courted by Bougainville; denied seeking influence')],
  },
  // venezuela-us-boat-strike.txt
  {
    half: 'wire2-report',
    entity: 'United States',
    question: 'backers',
    expected: [
      c('Trinidad and Tobago', 'supporter of the campaign; allowed American radar'),
      c('Dominican Republic', 'lets U.S. aircraft refuel'),
    ],
    excluded: [
      c('Britain|United Kingdom', 'suspended intelligence sharing'),
      c('Netherlands', 'will not allow its territory to be used'),
      c('CARICOM|Caribbean Community', 'mediator: zone of peace, offered to host talks'),
    ],
  },
  {
    half: 'wire2-report',
    entity: 'United States',
    question: 'opposers',
    expected: [
      c('Venezuela|Caracas', 'metonym: government in Caracas condemned the strike'),
      c('Cuba', 'a view echoed by'),
      c('Russia', 'a view echoed by'),
    ],
    excluded: [
      c('CARICOM|Caribbean Community', 'mediator: offered to host talks'),
      c('Britain|United Kingdom', 'suspended support, not opposition'),
      c('Netherlands', 'refuses use of territory'),
    ],
  },
];
