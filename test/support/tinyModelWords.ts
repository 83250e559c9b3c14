/**
 * Word lists baked into the tiny test model (see makeTinyModel.ts).
 *
 * Everything here is written already normalized the way the tokenizer normalizes text
 * (lowercase, no accents), so entries can be used as vocabulary tokens directly.
 */

/**
 * Function words. They get short vectors so that, as in a trained model, they barely move a
 * sentence's mean. Compared as exact tokens (not stems). The one- and two-letter entries
 * are the leftovers of contractions and possessives: BertPreTokenizer splits "Libya's" into
 * "libya", "'", "s".
 */
export const STOPWORDS: readonly string[] = `
  a an the and or but if nor so yet of to in on at by for from with without about as into onto
  over under than then that this these those there here is are was were be been being am do
  does did doing done have has had having it its i me my we us our you your he him his she her
  they them their what which who whom whose when where why how all any both each few more most
  other some such no not only own same too very can will would shall should could may might
  must just also up down out off again once while during before after above below between
  through s t d ll re ve m
`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Groups of near-synonyms. Every member's vector is mostly the group's shared vector, so
 * "aid" lands close to "support" and "truce" close to "ceasefire". Members are matched by
 * stem, so inflections ("backed", "backing") join their group without being listed.
 * A stem may belong to one group only (checked when the model is made).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Backing a side.
  ['support', 'supporter', 'back', 'backer', 'aid', 'assist', 'assistance', 'help', 'bolster', 'sponsor', 'endorse'],
  // Military hardware.
  [
    'weapon',
    'arms',
    'armament',
    'munition',
    'ammunition',
    'missile',
    'rocket',
    'warplane',
    'jet',
    'aircraft',
    'plane',
    'drone',
  ],
  // Hitting a target.
  ['attack', 'strike', 'airstrike', 'raid', 'bomb', 'bombard', 'shell', 'assault', 'offensive'],
  ['ceasefire', 'truce', 'armistice'],
  ['agreement', 'deal', 'accord', 'pact', 'treaty'],
  ['government', 'administration', 'authority', 'cabinet', 'regime'],
  ['threat', 'threaten', 'warn', 'warning', 'menace', 'intimidate'],
  ['military', 'army', 'troop', 'force', 'soldier'],
  ['militia', 'militant', 'rebel', 'fighter', 'mercenary', 'insurgent'],
  ['say', 'said', 'announce', 'declare', 'tell', 'told', 'remark'],
  ['kill', 'dead', 'death', 'casualty', 'die', 'died', 'fatality'],
  ['talk', 'negotiation', 'negotiate', 'dialogue', 'mediation', 'diplomacy'],
  ['oppose', 'condemn', 'reject', 'criticize', 'criticise', 'denounce'],
  ['withdraw', 'withdrawal', 'retreat', 'pullout'],
  ['money', 'fund', 'funding', 'finance', 'financing'],
  ['oil', 'petroleum', 'crude'],
  ['election', 'vote', 'ballot', 'poll'],
  ['weather', 'rain', 'snow', 'forecast', 'storm', 'sunny', 'cloudy', 'temperature', 'wind'],
  // A country, its adjective, capital and leader are one topic for retrieval purposes.
  ['russia', 'russian', 'moscow', 'kremlin', 'putin'],
  ['turkey', 'turkish', 'ankara', 'erdogan'],
  ['libya', 'libyan', 'tripoli'],
  ['egypt', 'egyptian', 'cairo', 'sisi'],
  ['america', 'american', 'washington', 'pentagon'],
  ['uae', 'emirates', 'emirati'],
  ['france', 'french', 'paris', 'macron'],
];

/** Common content words, so everyday text tokenizes into whole words without any corpus. */
export const COMMON_WORDS: readonly string[] = `
  time year years day days week month today tomorrow yesterday morning afternoon evening night
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december people man men woman women child children
  family friend group country countries nation state states city region area border capital
  world international national local foreign domestic public private political politics
  president minister ministry prime leader leaders official officials spokesman spokesperson
  commander general marshal party parliament council committee court law policy power powers
  security defence defense interior war conflict crisis peace violence terrorism terrorist
  civilian civilians population refugee refugees migrant migrants humanitarian human rights
  report reports news statement press media source sources agency website interview question
  answer issue problem reason result effect case point fact information evidence plan plans
  project program system service services company companies business industry market trade
  economy economic price prices cost costs tax bank banks budget growth inflation job jobs work
  worker workers school student students teacher university education health hospital doctor
  disease water food land sea air base bases port road building house home office room car
  train ship boat fleet navy naval airbase airport field mountain river coast east west north
  south eastern western northern southern central capital new old big small large long short
  high low good bad best worst better worse great important major minor strong weak recent
  current former future possible likely clear open closed free full main key certain several
  many much little first last next second third one two three four five six seven eight nine
  ten hundred thousand million billion percent number amount level rate part side end start
  begin began continue continued stop stopped make made take took give gave get got go went
  come came see saw know knew think thought want wanted use used find found put keep kept let
  seem seemed leave left call called ask asked need needed feel felt become became show showed
  try tried bring brought hold held turn turned move moved live lived believe believed happen
  happened include included provide provided send sent receive received meet met build built
  expect expected agree agreed accuse accused target targeted launch launched capture captured
  control controlled establish established deploy deployed deployment escalate escalation
  respond response invade invasion occupy occupation defend protect protection damage damaged
  destroy destroyed loss losses win won lose lost fight fought battle clash clashes operation
  operations mission missions intervention presence influence interest interests sovereignty
  stability instability cooperation relations relationship ally allies alliance partner
  coalition sanction sanctions embargo envoy ambassador embassy diplomat delegation summit
  meeting conference visit visited spoke speech phone letter document article book story
  weather sun sky cloud clouds cold hot warm heat ice
`
  .split(/\s+/)
  .filter(Boolean);
