/**
 * A fourth set (test/eval/news/wire/), written on 3 Dec 2026 by a helper that never read the
 * rules (src/) nor the other sets' articles: twelve wire-style articles on twelve conflicts the
 * other sets do not cover. Split in two by article, alternately in the order written: `wire-tune`
 * (wire/tune/: its failures may be read and tuned on) and `wire-report` (wire/report/: only ever
 * reported on; when it has been read to fix failures, write a new one). The out-of-corpus
 * questions alternate between the halves the same way.
 */
import { type NewsSet, newsQuestion as q } from './newsCases.ts';
import { counterpart as c, type RelationCase } from './relations/relationCases.ts';

const wireSet: Omit<NewsSet, 'half'> = {
  articles: [
    {
      file: 'burkina-faso-russia.txt',
      questions: [
        q('What aircraft did Moscow hand over to the Burkinabe military?', 'Mi-35 attack helicopters'),
        q('How many commandos are the Russians going to instruct?', 'about 300 special forces soldiers'),
        q('Where did the jihadists attack the army column?', 'near Djibo'),
        q('Which civilian militia fights with the Burkinabe army?', 'Volunteers for the Defence of the Homeland'),
        q('How large is the joint force the Sahel juntas promised to set up?', '5,000 men'),
      ],
      keyFacts: [
        ['Russia', 'helicopters'],
        ['JNIM', '40 soldiers'],
        ['France|Ivory Coast', 'denied'],
        ['Africa Corps'],
      ],
    },
    {
      file: 'ethiopia-eritrea-fano.txt',
      questions: [
        q(
          'What does Addis Ababa allege Asmara has done for the Amhara militia?',
          'arming and training Fano militiamen',
        ),
        q('Which harbour does Eritrea say Ethiopia plans to capture?', 'Assab'),
        q('How did Cairo respond to claims it flew arms to the militia?', 'baseless propaganda'),
        q('How many government troops died in the Gojjam attack?', 'at least 25 soldiers'),
        q('Which country provided the TB2 combat drones to the Ethiopian army?', 'Turkey'),
      ],
      keyFacts: [['Eritrea', 'Fano'], ['Assab'], ['Egypt|Egyptian', 'denied'], ['United Arab Emirates', 'Turkey']],
    },
    {
      file: 'south-sudan-uganda.txt',
      questions: [
        q('What kind of units did Kampala dispatch to the South Sudanese capital?', 'special forces'),
        q("Which town's army garrison fell to the Nuer militia?", 'Nasir'),
        q('Who died when the UN aircraft was shot at?', 'a crew member'),
        q("What did Machar's party say about supplying weapons to the militia?", 'denied arming the White Army'),
        q('Whom did Nairobi send to broker talks between Kiir and Machar?', 'an envoy'),
      ],
      keyFacts: [['Uganda', 'special forces'], ['White Army', 'Nasir'], ['SPLM-IO', 'denied'], ['air strikes']],
    },
    {
      file: 'armenia-azerbaijan-arms.txt',
      questions: [
        q('What artillery has Yerevan obtained from Paris?', 'Caesar self-propelled howitzers'),
        q('Which rocket launchers has New Delhi sold to Armenia?', 'Pinaka'),
        q('Which Moscow-led bloc did Pashinyan stop taking part in?', 'Collective Security Treaty Organization'),
        q(
          'What does Aliyev demand before Baku will sign the peace deal?',
          'removed territorial claims from its constitution',
        ),
        q('Where were the two sides when they initialled the draft accord?', 'at the White House'),
      ],
      keyFacts: [['France', 'howitzers'], ['CSTO'], ['Turkey|Israel', 'Azerbaijan'], ['Iran', 'block']],
    },
    {
      file: 'western-sahara-polisario.txt',
      questions: [
        q('Near which town did the independence fighters fire on Moroccan troops?', 'Mahbes'),
        q("How many of the movement's commanders died in the Moroccan drone attack?", 'three Polisario commanders'),
        q('Where does Algeria shelter the Sahrawi refugees?', 'Tindouf'),
        q('When did Rabat break off relations with Tehran?', '2018'),
        q(
          "How did London's top diplomat describe the self-rule proposal?",
          'most credible, viable and pragmatic basis',
        ),
      ],
      keyFacts: [
        ['Polisario', 'Mahbes'],
        ['Britain|London', 'autonomy'],
        ['Algeria', 'main backer'],
        ['Iran', 'denied'],
      ],
    },
    {
      file: 'syria-sdf-turkey.txt',
      questions: [
        q('Which dam on the Euphrates did the Turkish drones hit?', 'Tishrin Dam'),
        q('Which city did the factions paid by Ankara capture in December?', 'Manbij'),
        q('How many American soldiers are still stationed in northeastern Syria?', 'About 2,000 US troops'),
        q('What has Paris promised the Kurdish-led force?', 'will not abandon'),
        q('Who has proposed acting as a go-between for the SDF and Turkey?', 'Massoud Barzani'),
      ],
      keyFacts: [
        ['Tishrin'],
        ['Syrian National Army|SNA', 'Manbij'],
        ['United States|US troops', 'SDF'],
        ['denied', 'offensive'],
      ],
    },
    {
      file: 'iraq-militia-strike.txt',
      questions: [
        q('In which part of the capital did the American drone hit the militia leader?', 'eastern Baghdad'),
        q("How did Baghdad's government describe the US strike?", 'blatant assassination'),
        q('On what date did the militia say it was halting operations against American forces?', 'Jan. 30'),
        q('Which base did another faction target with rockets after the killing?', 'Ain al-Asad'),
        q('Which carrier was penalised by the US Treasury?', 'Fly Baghdad'),
      ],
      keyFacts: [['Kataib Hezbollah', 'commander'], ['sovereignty'], ['suspending'], ['Iran', 'arming']],
    },
    {
      file: 'lebanon-hezbollah-disarmament.txt',
      questions: [
        q('Which elite Hezbollah unit lost two of its commanders?', 'Radwan Force'),
        q("Who is the group's current secretary-general?", 'Naim Qassem'),
        q('How much money has Washington promised the Lebanese military?', '$190 million'),
        q("Which Gulf state pays for the soldiers' fuel and wages?", 'Qatar'),
        q('Why does Tehran find it hard to resupply the group?', 'cut the overland route from Iraq'),
      ],
      keyFacts: [['weapons depots'], ['plan', 'state control'], ['United States', '$190 million'], ['Amal']],
    },
    {
      file: 'philippines-china-scarborough.txt',
      questions: [
        q('What did the Chinese vessel turn on the Philippine fisheries boat?', 'water cannon'),
        q('What did the Chinese warship crash into during the chase?', "one of Beijing's own coast guard cutters"),
        q('What name does Beijing give the shoal?', 'Huangyan Island'),
        q('How much military funding has Washington set aside for Manila?', '$500 million'),
        q('Which US missile launcher was stationed on Luzon?', 'Typhon'),
      ],
      keyFacts: [['water cannon'], ['collided'], ['Mutual Defense Treaty'], ['Japan', 'patrol vessels']],
    },
    {
      file: 'north-korea-russia-kursk.txt',
      questions: [
        q('In which Russian region did the North Korean soldiers fight?', 'Kursk'),
        q("How many troops does Seoul's spy agency think Pyongyang dispatched?", 'about 15,000 soldiers'),
        q('What has Moscow reportedly given Pyongyang in exchange?', 'air defence systems'),
        q('How many North Korean fighters did Kyiv take prisoner?', 'captured two'),
        q("What is Beijing's line on the troop deployment?", 'not aware of the deployment'),
      ],
      keyFacts: [['Kursk'], ['artillery shells|KN-23'], ['Russia', 'air defence'], ['South Korea', 'condemned']],
    },
    {
      file: 'nigeria-iswap-lake-chad.txt',
      questions: [
        q("Which Borno town's base did the jihadists overrun?", 'Marte'),
        q('What weapons did the attackers use before storming the base?', 'armed drones'),
        q('Which planes did the Nigerian air force fly in its retaliatory raids?', 'Super Tucano'),
        q('When did Niamey withdraw its troops from the regional force?', 'in March'),
        q('How many people has the insurgency killed according to the UN?', 'more than 40,000 people'),
      ],
      keyFacts: [['ISWAP', 'Marte'], ['Super Tucano'], ['Niger', 'pulled'], ['Chad', 'offensive']],
    },
    {
      file: 'pakistan-afghanistan-ttp.txt',
      questions: [
        q('Who brokered the truce talks between Islamabad and Kabul?', 'Qatar and Turkey'),
        q('How many Pakistani troops died in the frontier fighting, according to the army?', '23 of its soldiers'),
        q("What does the UN say the militants get from Afghanistan's rulers?", 'shelter, logistical help and weapons'),
        q('What label does Islamabad use for the Pakistani Taliban?', 'Fitna al-Khawarij'),
        q('In which city will the two sides hold their next round of talks?', 'Istanbul'),
      ],
      keyFacts: [
        ['ceasefire', 'Doha'],
        ['TTP', 'Kabul'],
        ['India', 'baseless'],
        ['Afghan Taliban', 'border posts'],
      ],
    },
  ],
  outOfCorpus: [
    // Close to the articles' topics: same places or actors, facts the articles do not state.
    'How many Russian military instructors are deployed in Mali?',
    'What is the name of the Fano commander said to be sheltering in Eritrea?',
    'When will South Sudan hold its next presidential election?',
    'How many Caesar howitzers has Armenia ordered in total?',
    'How much phosphate does Western Sahara export each year?',
    'Who commands the Syrian National Army?',
    'How many UNIFIL peacekeepers are deployed in south Lebanon?',
    'What was the name of the Kataib Hezbollah commander killed in Baghdad?',
    // Unrelated.
    'What interest rate did the European Central Bank set at its last meeting?',
    'Who won the 2024 Tour de France?',
    'How tall is Mount Kilimanjaro?',
    'What is the population of Iceland?',
    'Which company designs the iPhone?',
    'In which year did the Berlin Wall fall?',
    'What is the boiling point of ethanol?',
  ],
};

const WIRE_TUNE_FILES: ReadonlySet<string> = new Set([
  'burkina-faso-russia.txt',
  'south-sudan-uganda.txt',
  'western-sahara-polisario.txt',
  'iraq-militia-strike.txt',
  'philippines-china-scarborough.txt',
  'nigeria-iswap-lake-chad.txt',
]);

export const wireTuneSet: NewsSet = {
  half: 'wire-tune',
  folder: 'wire/tune',
  articles: wireSet.articles.filter((article) => WIRE_TUNE_FILES.has(article.file)),
  outOfCorpus: wireSet.outOfCorpus.filter((_, i) => i % 2 === 0),
};

export const wireReportSet: NewsSet = {
  half: 'wire-report',
  folder: 'wire/report',
  articles: wireSet.articles.filter((article) => !WIRE_TUNE_FILES.has(article.file)),
  outOfCorpus: wireSet.outOfCorpus.filter((_, i) => i % 2 === 1),
};

export const wireRelationCases: RelationCase[] = [
  // burkina-faso-russia.txt
  {
    half: 'wire-tune',
    entity: 'Burkina Faso',
    question: 'backers',
    expected: [
      c('Russia', 'delivered X to Y; the delivery of X to Y; agreed to train'),
      c('VDP|Volunteers for the Defence of the Homeland', "relative clause: fights alongside Burkina Faso's army"),
      c('Africa Corps', "relative clause: which guards Traore's presidential palace"),
    ],
    excluded: [
      c('France', 'accused of harbouring opponents, denied; troops ordered out'),
      c('Ivory Coast', 'accused of harbouring opponents, denied'),
      c('Mali', 'sent no troops; pledged a future joint force (hypothetical)'),
      c('Niger', 'sent no troops; pledged a future joint force (hypothetical)'),
      c('United States', 'suspended security assistance'),
      c('European Union', 'ended its training programme'),
      c('ECOWAS|Economic Community of West African States', 'bloc the juntas quit'),
      c('Wagner|Wagner group', 'apposition: predecessor of the Africa Corps'),
    ],
  },
  {
    half: 'wire-tune',
    entity: 'Burkina Faso',
    question: 'opposers',
    expected: [
      c("JNIM|Jama'at Nusrat al-Islam wal-Muslimin", 'ambushed a military convoy (the army)'),
      c('Islamic State Sahel Province', 'attacked a gendarmerie post'),
    ],
    excluded: [
      c('France', 'accused by the junta of financing plots, denied'),
      c('Ivory Coast', 'accused by the junta of financing plots, denied'),
    ],
  },
  // ethiopia-eritrea-fano.txt
  {
    half: 'wire-report',
    entity: 'Fano',
    question: 'backers',
    expected: [c('Eritrea', 'accused of arming and training; Eritrean officers delivered X to Y')],
    excluded: [
      c('Egypt', 'denied flying weapons to'),
      c('United States', 'called on Eritrea to halt support (request)'),
    ],
  },
  {
    half: 'wire-report',
    entity: 'Ethiopia',
    question: 'backers',
    expected: [
      c('United Arab Emirates', 'apposition: a close ally of Abiy; built with help from'),
      c('Turkey', 'relative clause: sold the army Bayraktar TB2 aircraft'),
    ],
    excluded: [
      c('African Union', 'mediator: brokered the Pretoria agreement, urged restraint'),
      c('United States', 'request to Eritrea'),
    ],
  },
  {
    half: 'wire-report',
    entity: 'Ethiopia',
    question: 'opposers',
    expected: [
      c('Fano', 'ambushed a federal convoy; fought the federal army'),
      c('Eritrea', 'accused Addis Ababa of preparing an invasion (metonym)'),
      c('Egypt', 'relative clause: has long opposed Ethiopia over the dam'),
    ],
    excluded: [
      c('African Union', 'mediator, urged restraint'),
      c('United Arab Emirates', 'backer, not opposer'),
      c('Turkey', 'backer, not opposer'),
      c('United States', 'request to Eritrea, not opposition to Ethiopia'),
    ],
  },
  // south-sudan-uganda.txt
  {
    half: 'wire-tune',
    entity: 'South Sudan',
    question: 'backers',
    expected: [c('Uganda|UPDF', 'sent special forces to; on behalf of Kiir; air strikes in support of the SSPDF')],
    excluded: [
      c('Kenya|William Ruto', 'mediator: sent an envoy to mediate'),
      c('IGAD|Intergovernmental Authority on Development', 'called for a ceasefire'),
      c('United States', 'Troika: urged Kiir to release officials (request)'),
      c('United Kingdom|Britain', 'Troika: urged Kiir to release officials (request)'),
      c('Norway', 'Troika: urged Kiir to release officials (request)'),
    ],
  },
  {
    half: 'wire-tune',
    entity: 'White Army',
    question: 'opposers',
    expected: [
      c('Uganda|UPDF', 'aircraft bombed White Army positions; UPDF confirmed air strikes (coreference)'),
      c('South Sudan|SSPDF', 'launched a ground offensive against the militia'),
    ],
    excluded: [
      c('SPLM-IO', 'denied arming the White Army'),
      c('Kenya', 'mediator'),
      c('UNMISS', 'its helicopter came under fire (victim)'),
    ],
  },
  // armenia-azerbaijan-arms.txt
  {
    half: 'wire-report',
    entity: 'Armenia',
    question: 'backers',
    expected: [
      c('France', 'received X from; the delivery of X to Y'),
      c('India', 'relative clause: has sold Yerevan rocket launchers (metonym)'),
    ],
    excluded: [
      c('Russia', 'ended: once its main security guarantor; accused of failing to defend'),
      c('CSTO|Collective Security Treaty Organization', 'participation frozen'),
      c('United States', 'mediator'),
      c('Turkey', 'conditional: would reopen its border once the treaty is signed'),
    ],
  },
  {
    half: 'wire-report',
    entity: 'Azerbaijan',
    question: 'backers',
    expected: [
      c('Turkey', "apposition: Azerbaijan's closest ally; backed Baku's demand"),
      c('Israel', 'relative clause: supplied drones; a major arms supplier to Baku'),
    ],
    excluded: [c('United States', 'mediator'), c('Iran', 'warned it would oppose / block the route')],
  },
  // western-sahara-polisario.txt
  {
    half: 'wire-tune',
    entity: 'Polisario|Polisario Front',
    question: 'backers',
    expected: [
      c('Algeria', "apposition: the Polisario's main backer; hosts and supplies weapons"),
      c('South Africa', 'reaffirmed its support for'),
    ],
    excluded: [
      c('Iran', 'denied claims that it helped train and arm'),
      c('Staffan de Mistura', 'UN envoy, mediator'),
      c('MINURSO', 'UN mission monitoring the ceasefire'),
    ],
  },
  {
    half: 'wire-tune',
    entity: 'Morocco',
    question: 'backers',
    expected: [
      c('United Kingdom|Britain', "endorse Morocco's plan; London considered the proposal the most credible basis"),
      c('United States', 'recognised Moroccan sovereignty'),
      c('France', 'thrown their weight behind the plan'),
      c('Spain', 'thrown their weight behind the plan'),
    ],
    excluded: [c('Staffan de Mistura', 'UN envoy, mediator'), c('MINURSO', 'UN mission monitoring the ceasefire')],
  },
  {
    half: 'wire-tune',
    entity: 'Morocco',
    question: 'opposers',
    expected: [
      c('Polisario|Polisario Front', 'shelled Moroccan army positions'),
      c('Algeria', 'severed diplomatic relations with Rabat, accusing Morocco (metonym)'),
    ],
    excluded: [
      c('Iran', 'denied Moroccan claims (Rabat cut ties with Tehran, not the reverse)'),
      c('South Africa', 'supports the Polisario; no stated opposition to Morocco'),
    ],
  },
  // syria-sdf-turkey.txt
  {
    half: 'wire-report',
    entity: 'SDF|Syrian Democratic Forces',
    question: 'backers',
    expected: [
      c('United States', 'passive with by; work alongside; continued to support its SDF partners'),
      c('France', 'negated abandonment: will not abandon the Kurdish-led force'),
    ],
    excluded: [
      c('Syria|Damascus|Ahmed al-Sharaa', 'talks on integration, not support'),
      c('Massoud Barzani|KDP', 'offered to mediate'),
    ],
  },
  {
    half: 'wire-report',
    entity: 'SDF|Syrian Democratic Forces',
    question: 'opposers',
    expected: [
      c('Turkey', 'Turkish drones struck positions of; could launch an operation'),
      c('SNA|Syrian National Army', 'launched an offensive against; Turkey-backed rebels fighting'),
    ],
    excluded: [
      c('Syria|Damascus', 'denied ordering or directing the offensive'),
      c('Massoud Barzani|KDP', 'offered to mediate'),
    ],
  },
  {
    half: 'wire-report',
    entity: 'SNA|Syrian National Army',
    question: 'backers',
    expected: [c('Turkey', 'passive participle: armed and paid by Ankara; compound: Turkey-backed')],
    excluded: [c('Syria|Damascus', 'will fold the SNA into a national army; denied directing the offensive')],
  },
  // iraq-militia-strike.txt
  {
    half: 'wire-tune',
    entity: 'Kataib Hezbollah',
    question: 'backers',
    expected: [c('Iran|Revolutionary Guards|IRGC', 'compound: Iran-backed; accused of arming, funding and training')],
    excluded: [
      c('Iraq', 'condemned the strike on sovereignty grounds; urged factions to halt attacks'),
      c('Fly Baghdad', 'accused of helping the militia, denied'),
      c('PMF|Popular Mobilisation Forces', 'membership: is part of the umbrella'),
    ],
  },
  {
    half: 'wire-tune',
    entity: 'Kataib Hezbollah',
    question: 'opposers',
    expected: [c('United States', 'drone strike killed a commander of; blames; designated a terrorist organisation')],
    excluded: [c('Iraq', 'urged the factions to halt attacks (request); condemned the US strike'), c('Iran', 'backer')],
  },
  // lebanon-hezbollah-disarmament.txt
  {
    half: 'wire-report',
    entity: 'Hezbollah',
    question: 'backers',
    expected: [
      c('Iran', "apposition: Hezbollah's main backer; compound: Iran-backed"),
      c('Amal', 'apposition: a key ally of Hezbollah'),
    ],
    excluded: [
      c('Bashar al-Assad', 'possessive: ally of Iran, fallen'),
      c('Lebanon|Nawaf Salam', 'will not order the army to confront the group; negotiated handover'),
    ],
  },
  {
    half: 'wire-report',
    entity: 'Lebanese army|Lebanese Armed Forces',
    question: 'backers',
    expected: [c('United States', 'pledged $X in aid for'), c('Qatar', 'funded fuel and salaries for soldiers')],
    excluded: [
      c('France', 'offered to host a conference (offer)'),
      c('Saudi Arabia', 'once a major donor; has not said whether it would contribute'),
    ],
  },
  {
    half: 'wire-report',
    entity: 'Hezbollah',
    question: 'opposers',
    expected: [
      c('Israel', 'warplanes struck Hezbollah depots; killed commanders; accused the group'),
      c('United States', 'sanctioned Hezbollah financiers'),
    ],
    excluded: [
      c('Lebanon|Nawaf Salam', 'will not order the army to confront the group'),
      c('Lebanese army', 'disarmament plan; government rules out confrontation'),
      c('Amal', 'ally'),
      c('France', 'helped broker the truce'),
    ],
  },
  // philippines-china-scarborough.txt
  {
    half: 'wire-tune',
    entity: 'Philippines',
    question: 'backers',
    expected: [
      c('United States', "apposition: the Philippines' treaty ally; military financing to help modernise"),
      c('Japan', 'delivered patrol vessels to; agreed to supply'),
      c('Australia', 'conducted joint sails with'),
    ],
    excluded: [
      c('ASEAN|Association of Southeast Asian Nations', 'negotiating a code of conduct; urged restraint'),
      c('Vietnam', 'fellow claimant'),
      c('Malaysia', 'fellow claimant'),
      c('Brunei', 'fellow claimant'),
    ],
  },
  {
    half: 'wire-tune',
    entity: 'Philippines',
    question: 'opposers',
    expected: [
      c('China|China Coast Guard|Beijing', 'fired water cannon at; accused Manila of provocation; warned Manila'),
    ],
    excluded: [c('ASEAN|Association of Southeast Asian Nations', 'urged restraint'), c('United States', 'treaty ally')],
  },
  {
    half: 'wire-tune',
    entity: 'China',
    question: 'opposers',
    expected: [
      c('Philippines', 'summoned a Chinese diplomat to protest; complaints against Beijing (metonym Manila)'),
      c('United States', "condemned China's reckless actions"),
    ],
    excluded: [
      c('Japan', 'backs Manila; no stated opposition to China'),
      c('Australia', 'backs Manila; no stated opposition to China'),
      c('ASEAN|Association of Southeast Asian Nations', 'negotiating with Beijing'),
    ],
  },
  // north-korea-russia-kursk.txt
  {
    half: 'wire-report',
    entity: 'Russia',
    question: 'backers',
    expected: [c('North Korea', 'sent troops to fight for; fought alongside; shipped shells and missiles to Moscow')],
    excluded: [c('China', 'denied providing military help to either side')],
  },
  {
    half: 'wire-report',
    entity: 'North Korea',
    question: 'backers',
    expected: [c('Russia', 'in return, delivered air defence systems to Pyongyang (metonym)')],
    excluded: [c('China', "apposition: North Korea's main trading partner; denied military help")],
  },
  {
    half: 'wire-report',
    entity: 'North Korea',
    question: 'opposers',
    expected: [
      c('Ukraine', 'killed hundreds of North Korean soldiers; captured two'),
      c('South Korea', 'condemned the confirmation'),
      c('United States', 'sanctioned North Korean officials'),
      c('G7|Group of Seven', 'condemned the deployment'),
    ],
    excluded: [c('China', 'not aware; denied military help')],
  },
  // nigeria-iswap-lake-chad.txt
  {
    half: 'wire-tune',
    entity: 'ISWAP|Islamic State West Africa Province',
    question: 'opposers',
    expected: [
      c('Nigeria', "Nigeria's air force launched air strikes on ISWAP positions"),
      c('Boko Haram', 'ambushed ISWAP commanders; fought repeated battles'),
      c('Chad', 'launched a fresh offensive against'),
    ],
    excluded: [
      c('Niger', 'accused of letting ISWAP move freely, rejected'),
      c('Cameroon', 'deployed troops along the frontier'),
      c('United States', 'supplied the aircraft to Nigeria'),
    ],
  },
  {
    half: 'wire-tune',
    entity: 'ISWAP|Islamic State West Africa Province',
    question: 'backers',
    expected: [c('Islamic State', "receives funding from the Islamic State's central leadership (per a UN report)")],
    excluded: [
      c('Niger', 'accused of letting ISWAP move freely, rejected'),
      c('Boko Haram', 'former parent group it split from'),
    ],
  },
  {
    half: 'wire-tune',
    entity: 'Nigeria',
    question: 'backers',
    expected: [
      c('United States', 'passive participle: aircraft supplied by the United States'),
      c('CJTF|Civilian Joint Task Force', 'relative clause: fights alongside the army'),
    ],
    excluded: [
      c('Niger', 'pulled its soldiers out of the joint force (ended)'),
      c('Chad', 'threatened to withdraw from the joint force'),
    ],
  },
  // pakistan-afghanistan-ttp.txt
  {
    half: 'wire-report',
    entity: 'TTP|Tehreek-e-Taliban Pakistan',
    question: 'backers',
    expected: [
      c(
        'Afghanistan|Afghan Taliban|Taliban',
        'allied with but separate from; receives shelter and weapons from (per a UN report)',
      ),
    ],
    excluded: [c('India', 'accused of funding the group, rejected'), c('Qatar', 'mediator'), c('Turkey', 'mediator')],
  },
  {
    half: 'wire-report',
    entity: 'Pakistan',
    question: 'opposers',
    expected: [
      c('TTP|Tehreek-e-Taliban Pakistan', 'killed hundreds of Pakistani soldiers; claimed an ambush'),
      c('Afghanistan|Afghan Taliban|Taliban', 'attacked Pakistani border posts; accused Islamabad'),
      c('India', 'relative clause: fought a brief conflict with Pakistan'),
    ],
    excluded: [
      c('Qatar', 'mediator'),
      c('Turkey', 'mediator'),
      c('China', "apposition: Pakistan's closest ally"),
      c('United States', 'called for restraint'),
    ],
  },
  {
    half: 'wire-report',
    entity: 'Pakistan',
    question: 'backers',
    expected: [c('China', "apposition: Pakistan's closest ally")],
    excluded: [c('Qatar', 'mediator'), c('Turkey', 'mediator'), c('United States', 'called for restraint')],
  },
];
