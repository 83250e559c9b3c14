/**
 * Who backs and who opposes whom in the articles of tune/ and heldout/, read by a person.
 *
 * Each case is one question ("who backs the RSF?") asked of one half's folder, with the
 * counterparts the articles state (`expected`) and the hard negatives they mention but do not
 * make a backer or opposer (`excluded`): denials, requests to stop, hypotheticals, withdrawn
 * support, threats read as support, leaders' possessives, names holding a support word. Every
 * counterpart names the construction that states it (`pattern`), so failures group by kind.
 * The lists are complete for each question: any other name the bot gives is a false positive.
 *
 * A name may list alternatives ("DR Congo|Congo"): canonical spellings differ between country
 * lists. Tune on `tune` only; `heldout` is for reporting.
 */
import type { NewsHalf } from '../newsCases.ts';
/**
 * `fresh`: the lead's second held-out set (../freshCases.ts), only ever reported on; `unseen`: a
 * third, written without reading the rules (../unseenCases.ts), only ever reported on; `wire-tune` and
 * `wire-report`: a fourth (../wireCases.ts), written by a helper that read neither the rules nor the
 * other sets, split by article into a half to tune on and one to report on; `wire2-tune` and
 * `wire2-report`: a fifth (../wire2Cases.ts), written the same way on 3 December.
 */
export type RelationHalf = NewsHalf;
export type RelationQuestion = 'backers' | 'opposers';

export interface Counterpart {
  name: string;
  pattern: string;
}

export interface RelationCase {
  half: RelationHalf;
  entity: string;
  question: RelationQuestion;
  expected: Counterpart[];
  excluded: Counterpart[];
}

/** A counterpart and the construction its sentence uses: the case tables' one-line form (`c` in them). */
export const counterpart = (name: string, pattern: string): Counterpart => ({ name, pattern });
const c = counterpart;

/**
 * Tune cases for the ten articles written for issue 15's recall work (colombia_eln_catatumbo …
 * gaza_israel_strikes): conflicts the other articles do not cover, worded on purpose with
 * prepositional frames ("with the protection of", "has the backing of"), light verbs and idioms
 * ("sided with", "kept afloat", "threw its weight behind", "came to the aid of"), attacks
 * ("shelled", "struck positions of", "fired rockets at"), payroll and proxy phrases, reduced
 * relatives, coordinated subjects and objects, and hard negatives (denials, hypotheticals,
 * refusals, halted sales, "mediates alongside").
 */
export const unseenTuneCases: RelationCase[] = [
  // ---------------------------------------------------------------- tune (unseen): Colombia
  {
    half: 'tune',
    entity: 'ELN',
    question: 'backers',
    expected: [c('Venezuela', 'with the protection of, capital')],
    excluded: [c('Cuba', 'denial'), c('Norway', 'hypothetical'), c('Brazil', 'neutral mediator')],
  },
  {
    half: 'tune',
    entity: 'ELN',
    question: 'opposers',
    // Issue 15: the president's accusation ("accused the group of behaving like a drug cartel") is opposition too.
    expected: [c('Colombia|Gustavo Petro', 'demonym troops shelled camps; leader accused the group of')],
    excluded: [c('Venezuela', 'backer, not opposer'), c('Cuba', 'denial')],
  },
  {
    half: 'tune',
    entity: 'Colombia',
    question: 'backers',
    expected: [c('United States', 'relative clause bankrolled / stood with capital')],
    excluded: [c('Norway', 'hypothetical'), c('Brazil', 'neutral mediator'), c('Chile', 'neutral mediator')],
  },
  {
    half: 'tune',
    entity: 'FARC',
    question: 'opposers',
    expected: [c('ELN', 'struck positions of')],
    excluded: [c('Venezuela', 'backer of the other side')],
  },
  // ---------------------------------------------------------------- tune (unseen): Burundi
  {
    half: 'tune',
    entity: 'RED-Tabara',
    question: 'backers',
    expected: [c('Rwanda', 'received a list of things from')],
    excluded: [c('Tanzania', 'neutral'), c('Burundi', 'target')],
  },
  {
    half: 'tune',
    entity: 'Burundi',
    question: 'opposers',
    expected: [c('RED-Tabara', 'relative clause attacks')],
    excluded: [c('Tanzania', 'neutral'), c('European Union', 'backer, not opposer')],
  },
  {
    half: 'tune',
    entity: 'Burundi',
    question: 'backers',
    expected: [c('European Union', 'dependent on budget support from')],
    excluded: [c('Tanzania', 'neutral'), c('Rwanda', 'backer of the other side')],
  },
  {
    half: 'tune',
    entity: 'M23',
    question: 'backers',
    expected: [c('Rwanda', 'passive in relative clause, coordinated verbs, capital')],
    excluded: [c('Uganda', 'hypothetical'), c('Burundi', 'opposer, not backer'), c('DR Congo|Congo', 'opposer')],
  },
  {
    half: 'tune',
    entity: 'M23',
    question: 'opposers',
    expected: [
      c('Burundi', 'fought alongside X against, demonym'),
      c('DR Congo|Congo', 'demonym drones bombed positions'),
    ],
    excluded: [c('Rwanda', 'backer, not opposer'), c('Uganda', 'hypothetical')],
  },
  {
    half: 'tune',
    entity: 'DR Congo',
    question: 'backers',
    expected: [c('Burundi', 'fought alongside the demonym army')],
    excluded: [c('Uganda', 'hypothetical'), c('Rwanda', 'backer of the other side')],
  },
  {
    half: 'tune',
    entity: 'Wazalendo',
    question: 'backers',
    expected: [c('DR Congo|Congo', 'on the payroll of, capital')],
    excluded: [c('Rwanda', 'backer of the other side')],
  },
  // ---------------------------------------------------------------- tune (unseen): Philippines
  {
    half: 'tune',
    entity: 'Dawlah Islamiyah',
    question: 'opposers',
    expected: [c('Philippines', 'demonym artillery shelled hideouts of')],
    excluded: [c('MILF', 'denial')],
  },
  {
    half: 'tune',
    entity: 'Dawlah Islamiyah',
    question: 'backers',
    expected: [c('Islamic State', 'receives money from')],
    excluded: [c('MILF', 'denial'), c('Malaysia', 'neutral')],
  },
  {
    half: 'tune',
    entity: 'Philippines',
    question: 'backers',
    expected: [
      c('United States', 'reduced relative aided by, demonym list'),
      c('Australia', 'reduced relative aided by, demonym list'),
      c('Japan', 'relative clause sided with, capital'),
    ],
    excluded: [c('China', 'opposer, not backer'), c('Malaysia', 'neutral'), c('MILF', 'peace partner')],
  },
  {
    half: 'tune',
    entity: 'Philippines',
    question: 'opposers',
    expected: [c('China', 'demonym ships fired water cannon at a demonym boat')],
    excluded: [c('Japan', 'backer, not opposer'), c('Malaysia', 'neutral')],
  },
  // ---------------------------------------------------------------- tune (unseen): Georgia
  {
    half: 'tune',
    entity: 'Abkhazia',
    question: 'backers',
    expected: [c('Russia', 'survived on transfers from, capital; pays salaries')],
    excluded: [c('Belarus', 'refused to recognise'), c('Turkey', 'trade, not backing')],
  },
  {
    half: 'tune',
    entity: 'South Ossetia',
    question: 'backers',
    expected: [c('Russia', 'passive: kept afloat by demonym subsidies')],
    excluded: [c('Belarus', 'refused to recognise')],
  },
  {
    half: 'tune',
    entity: 'Georgia',
    question: 'backers',
    expected: [
      c('European Union', 'passive in relative clause, coordinated agents'),
      c('United States', 'passive in relative clause, coordinated agents'),
      c('Turkey', 'sided with, capital'),
    ],
    excluded: [c('Russia', 'opposer, not backer'), c('Belarus', 'refused to recognise')],
  },
  {
    half: 'tune',
    entity: 'Georgia',
    question: 'opposers',
    expected: [c('Russia', 'demonym forces invaded')],
    excluded: [c('Turkey', 'backer, not opposer')],
  },
  // ---------------------------------------------------------------- tune (unseen): Moldova
  {
    half: 'tune',
    entity: 'Transnistria',
    question: 'backers',
    expected: [c('Russia', 'relied on X for, capital')],
    excluded: [c('Ukraine', 'closed its border'), c('Gazprom', 'hypothetical')],
  },
  {
    half: 'tune',
    entity: 'Moldova',
    question: 'backers',
    expected: [
      c('Romania', 'has the support of a list; bankrolled, capital'),
      c('European Union', 'has the support of a list'),
      c('Poland', 'threw its weight behind'),
    ],
    excluded: [c('Hungary', 'denial'), c('Gazprom', 'hypothetical'), c('Russia', 'not stated')],
  },
  // ---------------------------------------------------------------- tune (unseen): Afghanistan
  {
    half: 'tune',
    entity: 'NRF',
    question: 'backers',
    expected: [],
    excluded: [c('Tajikistan', 'denial'), c('Iran', 'hypothetical')],
  },
  {
    half: 'tune',
    entity: 'NRF',
    question: 'opposers',
    expected: [c('Taliban', 'shelled positions of')],
    excluded: [c('Iran', 'hypothetical')],
  },
  {
    half: 'tune',
    entity: 'Taliban',
    question: 'backers',
    expected: [c('China', 'sided with, coordinated subjects'), c('Russia', 'sided with, coordinated subjects')],
    excluded: [c('Qatar', 'refusal until a condition'), c('Iran', 'hypothetical backing of the other side')],
  },
  {
    half: 'tune',
    entity: 'Taliban',
    question: 'opposers',
    expected: [c('ISKP', 'relative clause fights against')],
    excluded: [c('China', 'backer, not opposer'), c('Russia', 'backer, not opposer')],
  },
  // ---------------------------------------------------------------- tune (unseen): Kosovo
  {
    half: 'tune',
    entity: 'Kosovo',
    question: 'backers',
    expected: [
      c('United States', 'has the backing of a list'),
      c('European Union', 'has the backing of a list'),
      c('KFOR', 'came to the aid of the police of a country'),
    ],
    excluded: [
      c('Spain', 'declined to fund'),
      c('Greece', 'declined to fund'),
      c('Cyprus', 'declined to fund'),
      c('Serbia', 'reported accusation, denied'),
      c('Russia', 'backer of the other side'),
    ],
  },
  {
    half: 'tune',
    entity: 'Serbia',
    question: 'backers',
    expected: [c('Russia', 'fronted participle backed by a list'), c('China', 'fronted participle backed by a list')],
    excluded: [c('United States', 'backer of the other side')],
  },
  { half: 'tune', entity: 'Kosovo', question: 'opposers', expected: [], excluded: [c('Serbia', 'hypothetical')] },
  // ---------------------------------------------------------------- tune (unseen): Thailand–Cambodia
  {
    half: 'tune',
    entity: 'Cambodia',
    question: 'backers',
    expected: [c('China', 'passive in relative clause whose army; appositive ally, capitals')],
    excluded: [c('Vietnam', 'denial'), c('Malaysia', 'neutral')],
  },
  {
    half: 'tune',
    entity: 'Cambodia',
    question: 'opposers',
    expected: [c('Thailand', 'demonym jets struck positions of demonym troops')],
    excluded: [c('China', 'backer, not opposer'), c('Malaysia', 'neutral')],
  },
  {
    half: 'tune',
    entity: 'Thailand',
    question: 'backers',
    expected: [c('United States', "appositive treaty ally of capital; X's oldest treaty ally, trained demonym forces")],
    excluded: [
      c('Malaysia', 'neutral; facilitator of talks'),
      c('China', 'backer of the other side'),
      c('Organisation of Islamic Cooperation|OIC', 'name holds a support word; calls for restraint'),
      c('Indonesia', 'offer to host talks'),
    ],
  },
  {
    half: 'tune',
    entity: 'Thailand',
    question: 'opposers',
    expected: [
      c('Cambodia', 'demonym forces fired rockets at demonym villages'),
      c('Barisan Revolusi Nasional|BRN', 'acronym fighters killed demonym soldiers'),
    ],
    excluded: [c('United States', 'backer, not opposer'), c('Vietnam', 'denial'), c('Malaysia', 'facilitator')],
  },
  // ---------------------------------------------------------------- tune (unseen): Central Asia
  {
    half: 'tune',
    entity: 'Kyrgyzstan',
    question: 'backers',
    expected: [c('Turkey', 'bought X from'), c('Russia', 'relative clause arms both governments')],
    excluded: [c('Kazakhstan', 'negation'), c('Uzbekistan', 'negation'), c('CSTO', 'declined to intervene')],
  },
  {
    half: 'tune',
    entity: 'Tajikistan',
    question: 'backers',
    expected: [c('Iran', 'passive: supplied with X by, capital'), c('Russia', 'relative clause arms both governments')],
    excluded: [c('Kazakhstan', 'negation'), c('CSTO', 'declined to intervene')],
  },
  {
    half: 'tune',
    entity: 'Kyrgyzstan',
    question: 'opposers',
    expected: [c('Tajikistan', 'demonym forces fired rockets at demonym posts')],
    excluded: [c('Russia', 'backer, not opposer'), c('Turkey', 'backer, not opposer')],
  },
  {
    half: 'tune',
    entity: 'Tajikistan',
    question: 'opposers',
    expected: [c('Kyrgyzstan', 'demonym drones struck positions of demonym troops')],
    excluded: [c('Iran', 'backer, not opposer'), c('Russia', 'backer, not opposer')],
  },
  // ---------------------------------------------------------------- tune (unseen): Gaza
  {
    half: 'tune',
    entity: 'Hamas',
    question: 'backers',
    expected: [c('Iran', 'received a list of things from')],
    excluded: [c('Qatar', 'denial'), c('Egypt', 'neutral mediator')],
  },
  {
    half: 'tune',
    entity: 'Hamas',
    question: 'opposers',
    expected: [c('Israel', 'demonym aircraft struck positions of coordinated objects')],
    excluded: [c('Iran', 'backer, not opposer'), c('Qatar', 'denial')],
  },
  {
    half: 'tune',
    entity: 'Islamic Jihad',
    question: 'opposers',
    expected: [c('Israel', 'demonym aircraft struck positions of coordinated objects')],
    excluded: [c('Iran', 'backer, not opposer')],
  },
  {
    half: 'tune',
    entity: 'Islamic Jihad',
    question: 'backers',
    expected: [c('Iran', 'appositive: widely regarded as a proxy of')],
    excluded: [c('Qatar', 'denial')],
  },
  {
    half: 'tune',
    entity: 'Israel',
    question: 'backers',
    expected: [c('United States', "appositive: X's main arms supplier"), c('Germany', 'relative clause stood with')],
    excluded: [c('Spain', 'halted arms sales'), c('Ireland', 'halted arms sales'), c('Egypt', 'neutral')],
  },
  {
    half: 'tune',
    entity: 'Israel',
    question: 'opposers',
    expected: [c('Islamic Jihad', 'fired rockets at')],
    excluded: [c('United States', 'backer, not opposer'), c('Germany', 'backer, not opposer')],
  },
  { half: 'tune', entity: 'Qatar', question: 'backers', expected: [], excluded: [c('Egypt', 'mediates alongside')] },
];

/**
 * Tune cases for four articles written for issue 15's second round (guyana_essequibo_dispute,
 * iraq_kurdistan_pkk_strikes, balochistan_insurgency, west_papua_insurgency), measured before any
 * rule was changed for them (the PKK and Pakistan questions, asked of earlier articles too, are
 * completed in their earlier cases): "has the backing of" with an acronym, a show of support for "its
 * former colony", "sided with <leader>'s government", strikes on hideouts, an accusation of
 * financing "the separatists", loans to a state, attacks on demonym engineers, soldiers and a
 * pilot, shelling of villages hiding "the guerrillas"; hard negatives: refusals, "did not take
 * sides", a request to stop sheltering, militias "Iran-aligned", a state that stayed out.
 */
export const secondUnseenTuneCases: RelationCase[] = [
  // ---------------------------------------------------------------- tune (unseen 2): Guyana
  {
    half: 'tune',
    entity: 'Guyana',
    question: 'backers',
    expected: [
      c('United States', 'has the backing of / stand by its ally'),
      c('Caribbean Community|CARICOM', 'has the backing of, coordinated acronym'),
      c('United Kingdom', 'show of support for its former colony'),
    ],
    excluded: [c('Brazil', 'neutral neighbour'), c('Russia', 'did not take sides'), c('ExxonMobil', 'operator')],
  },
  {
    half: 'tune',
    entity: 'Venezuela',
    question: 'backers',
    expected: [c('Cuba', "sided with leader's government"), c('Nicaragua', "sided with leader's government")],
    excluded: [c('Russia', 'did not take sides'), c('Brazil', 'refused passage')],
  },
  {
    half: 'tune',
    entity: 'Guyana',
    question: 'opposers',
    expected: [c('Venezuela', 'threatened to annex a region of')],
    excluded: [c('United States', 'backer, not opposer'), c('Brazil', 'neutral neighbour')],
  },
  // ---------------------------------------------------------------- tune (unseen 2): PKK in Iraq
  {
    half: 'tune',
    entity: 'PKK',
    question: 'backers',
    expected: [],
    excluded: [
      c('Sweden', 'accused of tolerating, not of backing'),
      c('Iran', 'militias Iran-aligned'),
      c('Sinjar', 'place of the militias'),
    ],
  },
  {
    half: 'tune',
    entity: 'Turkey',
    question: 'opposers',
    expected: [c('PKK', 'ambushed a demonym patrol'), c('Iraq', 'capital condemned the strikes')],
    excluded: [c('Kurdistan Democratic Party', 'cooperates'), c('Germany', 'neutral')],
  },
  // ---------------------------------------------------------------- tune (unseen 2): Balochistan
  {
    half: 'tune',
    entity: 'BLA',
    question: 'backers',
    expected: [c('India', 'capital accused X of financing generic noun')],
    excluded: [
      c('Afghanistan', 'asked to stop giving refuge'),
      c('China', 'target'),
      c('Iran', 'neighbour'),
      c('Pakistan', 'target'),
    ],
  },
  {
    half: 'tune',
    entity: 'China',
    question: 'opposers',
    expected: [c('Balochistan Liberation Army|BLA', 'attacked demonym engineers')],
    excluded: [c('Pakistan', 'borrower')],
  },
  {
    half: 'tune',
    entity: 'Iran',
    question: 'opposers',
    expected: [
      c('Pakistan', 'retaliated with strikes of its own'),
      c('Bahrain', 'accused X of arming'),
      // The Idlib article's "its jets regularly strike Iranian targets near Damascus": missing from the list until the reader read it.
      c('Israel', 'its jets strike demonym targets'),
    ],
    excluded: [c('Afghanistan', 'neutral'), c('Kuwait', 'mediator')],
  },
  // ---------------------------------------------------------------- tune (unseen 2): West Papua
  {
    half: 'tune',
    entity: 'Indonesia',
    question: 'backers',
    expected: [c('Australia', 'relative clause trains demonym police')],
    excluded: [
      c('New Zealand', 'urged the rebels'),
      c('Netherlands', 'stayed out'),
      c('Vanuatu', 'champions the other side'),
    ],
  },
  {
    half: 'tune',
    entity: 'TPNPB',
    question: 'opposers',
    expected: [c('Indonesia', 'demonym troops shelled villages hiding generic noun')],
    excluded: [c('New Zealand', 'urged to free the pilot'), c('Australia', 'neutral on the rebels')],
  },
  {
    half: 'tune',
    entity: 'Indonesia',
    question: 'opposers',
    expected: [c('West Papua National Liberation Army|TPNPB', 'generic noun killed demonym soldiers')],
    excluded: [c('Vanuatu', 'diplomatic, not an attack'), c('New Zealand', 'neutral')],
  },
  {
    half: 'tune',
    entity: 'New Zealand',
    question: 'opposers',
    expected: [c('West Papua National Liberation Army|TPNPB', 'kidnapped a demonym pilot')],
    excluded: [c('Indonesia', 'neutral')],
  },
];

/**
 * Tune cases for the eight articles written for issue 15's generalisation work (chad_fact_rebellion
 * … sri_lanka_final_offensive), written before reading the rules, on the construction kinds the
 * unseen set misses: metonymic capitals ("Moscow flew … to", "relies on Beijing for weapons",
 * "Tehran proxies"), demonym subjects inside long clauses ("Russian instructors … have, according
 * to …, trained"), lists of suppliers, recipients and supplied things, leaders for their
 * governments ("to help Tokayev's government"), "fought alongside", appositive supplier roles
 * ("one of the Chadian junta's main arms suppliers"), payroll ("helped pay the salaries of"),
 * purpose clauses, reduced relatives with a by-agent, heads that are not names ("Fighters from the
 * Wagner Group"), opposition verbs (accusing, banning, designating as terrorist, capturing,
 * dismantling a cell), and hard negatives: denials, hypotheticals, mediators and facilitators,
 * requests to stop, places of a diaspora, development donors, names holding a support word.
 */
export const thirdUnseenTuneCases: RelationCase[] = [
  // ---------------------------------------------------------------- tune (unseen 3): Chad
  {
    half: 'tune',
    entity: 'FACT',
    question: 'backers',
    expected: [c('Russia', 'demonym instructors have, according to a report, trained X fighters')],
    excluded: [
      c('Libya', 'denial'),
      c('Qatar', 'mediator; urged to lay down weapons'),
      c('Sudan', 'refused its soil'),
      c('France', 'backer of the other side'),
      c('United Arab Emirates', 'backer of the other side'),
    ],
  },
  {
    half: 'tune',
    entity: 'FACT',
    question: 'opposers',
    expected: [c('Chad', "X's army killed fighters of; demonym gunships bombed rebel positions")],
    excluded: [c('Qatar', 'urged to lay down weapons'), c('Russia', 'backer, not opposer')],
  },
  {
    half: 'tune',
    entity: 'Transitional Military Council',
    question: 'opposers',
    expected: [c('Front for Change and Concord in Chad|FACT', 'relative clause accuses X of a coup')],
    excluded: [c('Qatar', 'mediator')],
  },
  // ---------------------------------------------------------------- tune (unseen 3): Kazakhstan
  {
    half: 'tune',
    entity: 'Kazakhstan',
    question: 'backers',
    expected: [
      c('Collective Security Treaty Organization|CSTO', 'appositive alliance sent troops to'),
      c('Russia', 'capital flew paratroopers to; relies on capital for weapons'),
      c('Belarus', "appositive: capital's closest ally; sent special forces as well (recipient elided)"),
      c('Armenia', "coordinated list sent contingents to help leader's government"),
      c('Tajikistan', "coordinated list sent contingents to help leader's government"),
      c('Kyrgyzstan', "coordinated list sent contingents to help leader's government"),
      c('China', "capital supports the demonym authorities' efforts"),
    ],
    excluded: [c('United States', 'critic of the deployment'), c('Uzbekistan', 'refused to send soldiers')],
  },
  // ---------------------------------------------------------------- tune (unseen 3): Bahrain
  {
    half: 'tune',
    entity: 'Saraya al-Ashtar',
    question: 'backers',
    expected: [c('Iran', "widely seen as a proxy of; camps run by X's Revolutionary Guards; accused X of arming")],
    excluded: [
      c('Iraq', 'asked to stop hosting camps'),
      c('Kuwait', 'mediator'),
      c('Saudi Arabia', 'backer of the other side'),
      c('Bahrain Human Rights Support Society', 'name holds a support word; praised the arrests'),
    ],
  },
  {
    half: 'tune',
    entity: 'Saraya al-Ashtar',
    question: 'opposers',
    expected: [
      c('Bahrain', 'dismantled a cell of; designated X a terrorist organisation'),
      c('United States', 'coordinated subjects designated X a terrorist organisation'),
      c('United Kingdom', 'coordinated subjects designated X a terrorist organisation'),
    ],
    excluded: [
      c('Iran', 'backer, not opposer'),
      c('Kuwait', 'mediator'),
      c('Bahrain Human Rights Support Society', 'praised the arrests'),
    ],
  },
  {
    half: 'tune',
    entity: 'Bahrain',
    question: 'backers',
    expected: [
      c('Saudi Arabia', "coordinated subjects sent troops to help X's ruling family (purpose clause)"),
      c('United Arab Emirates', "coordinated subjects sent troops to help X's ruling family (purpose clause)"),
      c('United States', 'capital in a whose-relative sold the kingdom a list'),
    ],
    excluded: [c('Kuwait', 'mediator'), c('Iran', 'opposer, not backer'), c('Iraq', 'asked to stop hosting')],
  },
  // ---------------------------------------------------------------- tune (unseen 3): Sinai
  {
    half: 'tune',
    entity: 'Wilayat Sinai',
    question: 'backers',
    expected: [c('Islamic State', "receives money and weapons from X's leadership")],
    excluded: [c('Turkey', 'denial'), c('Jordan', 'hypothetical, other side')],
  },
  {
    half: 'tune',
    entity: 'Wilayat Sinai',
    question: 'opposers',
    expected: [
      c('Egypt', "X's army killed militants of"),
      c('Union of Sinai Tribes', 'relative clause: its men captured fighters of the group'),
    ],
    excluded: [c('Islamic State', 'backer, not opposer'), c('Turkey', 'denial')],
  },
  {
    half: 'tune',
    entity: 'Egypt',
    question: 'backers',
    expected: [
      c('Union of Sinai Tribes', 'relative clause: has fought alongside the army'),
      c('United States', 'received a list from capital; gives X military aid'),
      c('France', 'sold X a list'),
      c('Russia', 'coordinated clause: has supplied a list (recipient elided)'),
      c('Saudi Arabia', 'helped pay the salaries of demonym soldiers'),
    ],
    excluded: [c('Jordan', 'hypothetical'), c('Turkey', 'denial about the other side')],
  },
  {
    half: 'tune',
    entity: 'Egypt',
    question: 'opposers',
    expected: [c('Wilayat Sinai', 'has killed demonym soldiers; the militants ambushed a checkpoint')],
    excluded: [c('Turkey', 'denial'), c('Jordan', 'hypothetical')],
  },
  // ---------------------------------------------------------------- tune (unseen 3): Thailand's deep south
  {
    half: 'tune',
    entity: 'BRN',
    question: 'backers',
    expected: [c('PerMAS', 'accuses X of raising funds for')],
    excluded: [
      c('Malaysia', 'facilitator of talks; denial of sheltering'),
      c('Organisation of Islamic Cooperation|OIC', 'name holds a support word; met representatives'),
      c('Indonesia', 'offer to host talks'),
      c('United States', 'backer of the other side'),
    ],
  },
  {
    half: 'tune',
    entity: 'BRN',
    question: 'opposers',
    expected: [c('Thailand', 'demonym rangers raided a hideout of and captured')],
    excluded: [
      c('Malaysia', 'facilitator of talks'),
      c('Organisation of Islamic Cooperation|OIC', 'calls for restraint'),
    ],
  },
  {
    half: 'tune',
    entity: 'PerMAS',
    question: 'opposers',
    expected: [c('Thailand', 'has banned X')],
    excluded: [c('BRN', 'backed, not opposer')],
  },
  // ---------------------------------------------------------------- tune (unseen 3): Libya
  {
    half: 'tune',
    entity: 'Government of National Unity',
    question: 'backers',
    expected: [
      c('Turkey', 'reduced relative: drones supplied to X by; trains its fighters'),
      c('Stability Support Apparatus', 'name holds a support word; fought alongside X forces'),
    ],
    excluded: [
      c('Italy', 'urged both camps to stop arming'),
      c('Wagner Group', 'backer of the other side'),
      c('Egypt', 'backer of the other side'),
      c('Tunisia', 'hypothetical border closure'),
    ],
  },
  {
    half: 'tune',
    entity: 'Bashagha',
    question: 'backers',
    expected: [
      c('Khalifa Haftar|Haftar', 'passive: is backed by the commander; relies on X for fighters'),
      c('Egypt', 'relies on capital for diplomatic cover'),
    ],
    excluded: [
      c('Turkey', 'backer of the other side'),
      c('Italy', 'urged both camps to stop arming'),
      c('United Arab Emirates', 'did not criticise'),
    ],
  },
  {
    half: 'tune',
    entity: 'Haftar',
    question: 'backers',
    expected: [
      c('Wagner Group', "fighters from X have fought alongside leader's forces"),
      c('Egypt', "appositive: leader's main foreign backers, coordinated"),
      c('United Arab Emirates', "appositive: leader's main foreign backers, coordinated"),
    ],
    excluded: [c('Turkey', 'backer of the other side'), c('Italy', 'urged both camps to stop arming')],
  },
  {
    half: 'tune',
    entity: 'Bashagha',
    question: 'opposers',
    expected: [c('Government of National Unity|GNU|Dbeibah', 'X forces captured positions held by fighters loyal to')],
    excluded: [c('Khalifa Haftar|Haftar', 'backer, not opposer'), c('Egypt', 'backer, not opposer')],
  },
  // ---------------------------------------------------------------- tune (unseen 3): Solomon Islands
  {
    half: 'tune',
    entity: 'Solomon Islands',
    question: 'backers',
    expected: [
      c('Australia', 'capital sent soldiers to X; relies on capital for security'),
      c('Papua New Guinea', "coordinated list dispatched peacekeepers to help leader's government"),
      c('Fiji', "coordinated list dispatched peacekeepers to help leader's government"),
      c('New Zealand', "coordinated list dispatched peacekeepers to help leader's government"),
      c('China', "sent a list of things to X's police force; relies on capital for budget support"),
    ],
    excluded: [c('Taiwan', 'denial'), c('United States', 'watching the situation')],
  },
  // ---------------------------------------------------------------- tune (unseen 3): Sri Lanka
  {
    half: 'tune',
    entity: 'LTTE',
    question: 'backers',
    expected: [],
    excluded: [
      c('Canada', 'place of donor communities'),
      c('United Kingdom', 'place of donor communities'),
      c('Norway', 'mediator'),
      c('India', 'opposer, not backer'),
    ],
  },
  {
    half: 'tune',
    entity: 'LTTE',
    question: 'opposers',
    expected: [
      c('Sri Lanka', "X's army killed the founder of"),
      c('United States', 'relative clause: coordinated subjects have banned X as a terrorist organisation'),
      c('European Union', 'relative clause: coordinated subjects have banned X as a terrorist organisation'),
      c('India', 'banned X; intelligence helped sink ships carrying weapons for X'),
    ],
    excluded: [
      c('Norway', 'mediator'),
      c('Canada', 'place of donor communities'),
      c('China', 'backer of the other side'),
    ],
  },
  {
    half: 'tune',
    entity: 'Sri Lanka',
    question: 'backers',
    expected: [
      c('China', "appositive: capital's main arms supplier; relies on capital for weapons"),
      c('Pakistan', 'relies on capital for training; demonym instructors have trained demonym pilots'),
      c('India', 'shared intelligence with capital'),
    ],
    excluded: [
      c('Norway', 'mediator'),
      c('United States', 'suspended military aid'),
      c('United Kingdom', 'suspended military aid'),
      c('Japan', 'development donor'),
    ],
  },
  {
    half: 'tune',
    entity: 'Sri Lanka',
    question: 'opposers',
    expected: [c('LTTE', 'the Tigers fired artillery at demonym army positions')],
    excluded: [c('Norway', 'mediator'), c('India', 'backer, not opposer')],
  },
];

export const relationCases: RelationCase[] = [
  // ---------------------------------------------------------------- tune: Yemen
  {
    half: 'tune',
    entity: 'Houthis',
    question: 'backers',
    expected: [c('Iran', 'proxy of / transfer of a list')],
    excluded: [
      c('Oman', 'neutral'),
      c('Saudi Arabia', 'opposer, not backer'),
      c('United States', 'opposer, not backer'),
      c('Egypt', 'denial'),
      c('Israel', 'target'),
    ],
  },
  {
    half: 'tune',
    entity: 'Ansar Allah',
    question: 'backers',
    expected: [c('Iran', 'alias: formally known as')],
    excluded: [c('Oman', 'neutral')],
  },
  {
    half: 'tune',
    entity: 'Houthi',
    question: 'backers',
    expected: [c('Iran', 'alias: singular')],
    excluded: [c('Saudi Arabia', 'opposer, not backer')],
  },
  {
    half: 'tune',
    entity: 'Houthis',
    question: 'opposers',
    expected: [
      c('United States', 'air strikes / sanctions'),
      c('United Kingdom', 'air strikes'),
      c('Saudi Arabia', 'coalition against'),
    ],
    excluded: [c('Egypt', 'denial of strikes'), c('Iran', 'backer, not opposer'), c('Oman', 'neutral')],
  },
  {
    half: 'tune',
    entity: 'Presidential Leadership Council',
    question: 'backers',
    expected: [c('Saudi Arabia', 'active verb / paid salaries')],
    excluded: [c('Iran', 'backer of the other side'), c('Oman', 'neutral')],
  },
  {
    half: 'tune',
    entity: 'Southern Transitional Council',
    question: 'backers',
    expected: [c('United Arab Emirates', 'passive after interposed clause')],
    excluded: [
      c('Saudi Arabia', 'urged to stop supporting'),
      c('Iran', 'denial'),
      c('Kuwait', 'hypothetical'),
      c('Houthis', 'threat'),
    ],
  },
  {
    half: 'tune',
    entity: 'STC',
    question: 'backers',
    expected: [c('United Arab Emirates', 'acronym')],
    excluded: [c('Kuwait', 'hypothetical')],
  },
  {
    half: 'tune',
    entity: 'Southern Transitional Council',
    question: 'opposers',
    expected: [c('Houthis', 'threat to attack')],
    excluded: [c('United Arab Emirates', 'backer, not opposer'), c('Kuwait', 'hypothetical')],
  },
  // ---------------------------------------------------------------- tune: Syria
  {
    half: 'tune',
    entity: 'Bashar al-Assad',
    question: 'backers',
    expected: [
      c('Russia', "passive on the leader's offensive"),
      c('Iran', 'kept in power with'),
      c('Hezbollah', 'fight alongside'),
    ],
    excluded: [c('Turkey', 'opposer, not backer'), c('Belarus', 'ally of an ally')],
  },
  {
    half: 'tune',
    entity: 'Assad',
    question: 'backers',
    expected: [c('Russia', 'short form'), c('Iran', 'short form'), c('Hezbollah', 'short form')],
    excluded: [c('Turkey', 'opposer, not backer')],
  },
  {
    half: 'tune',
    entity: 'Assad',
    question: 'opposers',
    expected: [c('Turkey', 'condemnation')],
    excluded: [c('Russia', 'backer, not opposer'), c('Iran', 'backer, not opposer')],
  },
  {
    half: 'tune',
    entity: 'Hayat Tahrir al-Sham',
    question: 'backers',
    expected: [],
    excluded: [c('Turkey', 'denial'), c('Russia', 'opposer, not backer')],
  },
  {
    half: 'tune',
    entity: 'Hayat Tahrir al-Sham',
    question: 'opposers',
    expected: [c('Russia', 'bombed positions of')],
    excluded: [c('Turkey', 'denial')],
  },
  {
    half: 'tune',
    entity: 'Russia',
    question: 'backers',
    expected: [c('Belarus', 'appositive ally')],
    excluded: [c('Israel', 'denial')],
  },
  {
    half: 'tune',
    entity: 'Russia',
    question: 'opposers',
    expected: [],
    excluded: [c('Israel', 'denial of attacks'), c('Belarus', 'ally')],
  },
  {
    half: 'tune',
    entity: 'Syrian Democratic Forces',
    question: 'backers',
    expected: [c('United States', 'relies on X for'), c('United Kingdom', 'demonym subject of a common noun')],
    excluded: [c('Russia', 'denial'), c('Turkey', 'urged to stop arming')],
  },
  {
    half: 'tune',
    entity: 'SDF',
    question: 'backers',
    expected: [c('United States', 'acronym'), c('United Kingdom', 'acronym')],
    excluded: [c('Russia', 'denial')],
  },
  {
    half: 'tune',
    entity: 'SDF',
    question: 'opposers',
    expected: [c('Turkey', 'drone strikes on'), c('Islamic State', 'attacks')],
    excluded: [c('Russia', 'broker'), c('United States', 'backer, not opposer')],
  },
  // ---------------------------------------------------------------- tune: Sudan
  {
    half: 'tune',
    entity: 'Rapid Support Forces',
    question: 'backers',
    expected: [c('United Arab Emirates', 'received from'), c('Khalifa Haftar', 'passive list')],
    excluded: [
      c('Sudan', 'name holding a support word'),
      c('Chad', 'transit country'),
      c('Saudi Arabia', 'urged to stop arming'),
      c('United States', 'urged to stop arming'),
      c('Qatar', 'negated future'),
    ],
  },
  {
    half: 'tune',
    entity: 'RSF',
    question: 'backers',
    expected: [c('United Arab Emirates', 'acronym'), c('Khalifa Haftar', 'acronym')],
    excluded: [c('Sudan', 'name holding a support word')],
  },
  {
    half: 'tune',
    entity: 'Hemedti',
    question: 'backers',
    expected: [c('United Arab Emirates', 'leader and forces'), c('Khalifa Haftar', 'leader and forces')],
    excluded: [c('Chad', 'transit country')],
  },
  {
    half: 'tune',
    entity: 'RSF',
    question: 'opposers',
    expected: [c('United States', 'sanctions / condemnation'), c('Sudanese Armed Forces', 'bombed positions')],
    excluded: [c('United Arab Emirates', 'backer, not opposer'), c('Qatar', 'negated future')],
  },
  {
    half: 'tune',
    entity: 'Sudanese Armed Forces',
    question: 'backers',
    expected: [
      c('Iran', 'received from, leader possessive'),
      c('Turkey', 'received from, leader possessive'),
      c('Egypt', 'appositive ally / purpose clause'),
      c('Sudan Liberation Army', 'appositive passive'),
    ],
    excluded: [c('Abdel Fattah al-Burhan', 'possessive leader'), c('United Arab Emirates', 'backer of the other side')],
  },
  {
    half: 'tune',
    entity: 'SAF',
    question: 'backers',
    expected: [
      c('Iran', 'acronym'),
      c('Turkey', 'acronym'),
      c('Egypt', 'acronym'),
      c('Sudan Liberation Army', 'acronym'),
    ],
    excluded: [c('Abdel Fattah al-Burhan', 'possessive leader')],
  },
  {
    half: 'tune',
    entity: 'Burhan',
    question: 'backers',
    // who-backs answers a leader with the backers of the forces he leads.
    expected: [
      c('Iran', "leader's forces received"),
      c('Turkey', "leader's forces received"),
      c('Egypt', "leader's forces backed"),
      c('Sudan Liberation Army', "leader's forces backed"),
    ],
    excluded: [c('Chad', 'transit country')],
  },
  // ---------------------------------------------------------------- tune: Sahel
  {
    half: 'tune',
    entity: 'Mali',
    question: 'backers',
    expected: [
      c('Wagner Group', 'non-name subject / purpose clause'),
      c('Russia', 'supplied X with / coordinated capitals'),
    ],
    excluded: [c('France', 'withdrawn support'), c('ECOWAS', 'sanctions'), c('Algeria', 'condemnation')],
  },
  {
    half: 'tune',
    entity: 'Mali',
    question: 'opposers',
    expected: [c('ECOWAS', 'sanctions'), c('Algeria', 'condemnation')],
    excluded: [c('Russia', 'backer, not opposer'), c('France', 'withdrawn support')],
  },
  {
    half: 'tune',
    entity: 'CSP',
    question: 'opposers',
    expected: [c('Mali', 'generic noun: the army'), c('Russia', 'together with demonym')],
    excluded: [c('Algeria', 'condemnation of another')],
  },
  {
    half: 'tune',
    entity: 'Burkina Faso',
    question: 'backers',
    expected: [c('Russia', 'coordinated capitals / demonym')],
    excluded: [c('JNIM', 'opposer, not backer')],
  },
  {
    half: 'tune',
    entity: 'Niger',
    question: 'backers',
    expected: [c('Russia', 'coordinated capitals')],
    excluded: [
      c('France', 'withdrawn: expelled'),
      c('European Union', 'withdrawn cooperation'),
      c('United States', 'conditional'),
    ],
  },
  {
    half: 'tune',
    entity: 'Burkina Faso',
    question: 'opposers',
    expected: [c('JNIM', 'ambush')],
    excluded: [c('Russia', 'backer, not opposer')],
  },
  // ---------------------------------------------------------------- tune: Ethiopia
  {
    half: 'tune',
    entity: 'Ethiopia',
    question: 'backers',
    expected: [
      c('Eritrea', 'fight alongside'),
      c('United Arab Emirates', 'accusation'),
      c('Turkey', 'sold to'),
      c('Iran', 'shipped to'),
    ],
    excluded: [c('Sudan', 'denial'), c('United States', 'opposer of another'), c('Bayraktar TB2', 'aircraft model')],
  },
  {
    half: 'tune',
    entity: 'Abiy Ahmed',
    question: 'backers',
    expected: [c('United Arab Emirates', 'accusation, leader possessive')],
    excluded: [c('Sudan', 'denial')],
  },
  {
    half: 'tune',
    entity: 'TPLF',
    question: 'backers',
    expected: [],
    excluded: [c('Sudan', 'denial'), c('United Arab Emirates', "accuser's object")],
  },
  {
    half: 'tune',
    entity: 'TPLF',
    question: 'opposers',
    expected: [c('Ethiopia', 'demonym air strikes')],
    excluded: [c('Sudan', 'denial')],
  },
  {
    half: 'tune',
    entity: 'Eritrea',
    question: 'opposers',
    expected: [c('United States', 'sanctions / condemnation')],
    excluded: [c('Ethiopia', 'ally')],
  },
  // ---------------------------------------------------------------- tune: Myanmar
  {
    half: 'tune',
    entity: 'Myanmar',
    question: 'backers',
    expected: [c('Russia', 'relies on X for'), c('China', 'relies on X for'), c('India', 'relies on X for')],
    excluded: [c('Thailand', 'neutral'), c('United States', 'opposer, not backer')],
  },
  {
    half: 'tune',
    entity: 'Myanmar',
    question: 'opposers',
    expected: [c('United States', 'sanctions'), c('European Union', 'sanctions')],
    excluded: [c('China', 'backer, not opposer'), c('Thailand', 'neutral')],
  },
  { half: 'tune', entity: 'Arakan Army', question: 'backers', expected: [], excluded: [c('China', 'denial')] },
  {
    half: 'tune',
    entity: 'Arakan Army',
    question: 'opposers',
    expected: [c('Myanmar', 'generic noun: the military')],
    excluded: [c('China', 'urged to halt')],
  },

  // ---------------------------------------------------------------- tune: Central African Republic
  // Written for the construction classes the held-out half misses (class names only, new sentences).
  {
    half: 'tune',
    entity: 'Central African Republic',
    question: 'backers',
    expected: [
      c('Russia', 'passive in relative clause / given capital'),
      c('Rwanda', 'passive in relative clause / demonym subject helped'),
      c('Portugal', "state forces name (the country's armed forces)"),
      c('Gabon', 'has the support of, possessor subject, coordinated'),
      c('African Union', 'has the support of, possessor subject, coordinated'),
    ],
    excluded: [
      c('France', 'withdrawn backing'),
      c('Cameroon', 'hypothetical'),
      c('Angola', 'urged to stop'),
      c('Chad', 'denial (of another)'),
    ],
  },
  {
    half: 'tune',
    entity: 'Bangui',
    question: 'backers',
    expected: [
      c('Russia', 'capital metonym'),
      c('Rwanda', 'capital stands for its country'),
      c('Portugal', 'capital stands for its country'),
      c('Gabon', 'capital stands for its country'),
      c('African Union', 'capital stands for its country'),
    ],
    excluded: [c('France', 'withdrawn backing')],
  },
  {
    half: 'tune',
    entity: 'FACA',
    question: 'backers',
    expected: [
      c('Rwanda', 'passive list demonym'),
      c('Portugal', 'passive list demonym'),
      c('Russia', "the country's army: possessive (the Central African Republic's army)"),
      c('Gabon', "the army on its country's side"),
      c('African Union', "the army on its country's side"),
    ],
    excluded: [c('France', 'withdrawn backing'), c('European Union', 'reporter')],
  },
  { half: 'tune', entity: 'CPC', question: 'backers', expected: [], excluded: [c('Chad', 'denial')] },
  {
    half: 'tune',
    entity: 'CPC',
    question: 'opposers',
    expected: [c('Rwanda', 'demonym drone strikes')],
    excluded: [c('Chad', 'denial'), c('Cameroon', 'hypothetical')],
  },
  {
    half: 'tune',
    entity: 'MINUSCA',
    question: 'opposers',
    expected: [c('CPC', 'fired rockets at')],
    excluded: [c('Rwanda', 'neutral')],
  },
  // ---------------------------------------------------------------- tune: South Sudan
  {
    half: 'tune',
    entity: 'SSPDF',
    question: 'backers',
    expected: [
      c('Uganda', 'passive list demonym / has the support of'),
      c('Egypt', 'passive list demonym'),
      c('Kenya', 'has the support of, coordinated'),
    ],
    excluded: [c('United States', 'opposer, not backer'), c('Tanzania', 'neutral'), c('Ethiopia', 'denial')],
  },
  {
    half: 'tune',
    entity: 'NAS',
    question: 'backers',
    expected: [c('Sudan', 'suspected of supplying')],
    excluded: [c('Ethiopia', 'denial'), c('Tanzania', 'neutral'), c('Uganda', 'opposer, not backer')],
  },
  {
    half: 'tune',
    entity: 'National Salvation Front',
    question: 'opposers',
    expected: [c('Uganda', 'air strikes against generic noun')],
    excluded: [c('Sudan', 'backer, not opposer'), c('Ethiopia', 'denial')],
  },
  {
    half: 'tune',
    entity: 'SSPDF',
    question: 'opposers',
    expected: [c('NAS', 'attacked army barracks'), c('United States', 'pushed for sanctions on')],
    excluded: [c('Uganda', 'backer, not opposer'), c('Kenya', 'backer, not opposer')],
  },
  // ---------------------------------------------------------------- tune: Iraq
  {
    half: 'tune',
    entity: 'Kataib Hezbollah',
    question: 'backers',
    expected: [c('Iran', 'compound -backed / funds / supplied X with')],
    excluded: [c('Mohammed Shia al-Sudani', 'urged to stop'), c('United States', 'opposer, not backer')],
  },
  {
    half: 'tune',
    entity: 'Kataib Hezbollah',
    question: 'opposers',
    expected: [c('United States', 'air strikes against generic noun')],
    excluded: [c('Iran', 'backer, not opposer')],
  },
  {
    half: 'tune',
    entity: 'United States',
    question: 'opposers',
    expected: [c('Kataib Hezbollah', 'fired rockets at demonym forces')],
    excluded: [c('PMF', 'denial'), c('Iran', 'denial')],
  },
  {
    half: 'tune',
    entity: 'Iraq',
    question: 'backers',
    expected: [
      c('PMF', 'relative clause fights alongside'),
      c('United Kingdom', 'relative clause pledge'),
      c('United States', 'state forces name, passive with demonym quantity'),
    ],
    excluded: [c('Iran', 'hypothetical'), c('Turkey', 'neutral')],
  },
  {
    half: 'tune',
    entity: 'PKK',
    question: 'opposers',
    expected: [
      c('Turkey', 'demonym drone strikes'),
      // iraq_kurdistan_pkk_strikes (second unseen round)
      c('Kurdistan Democratic Party|KDP', 'cooperated with X against generic noun'),
    ],
    excluded: [
      c('Iran', 'neutral'),
      c('Sweden', 'accused of tolerating'),
      c('Germany', 'neutral'),
      c('Iraq', 'condemned the strikes'),
    ],
  },
  // ---------------------------------------------------------------- tune: Lake Chad
  {
    half: 'tune',
    entity: 'MNJTF',
    question: 'backers',
    expected: [
      c('African Union', 'passive list'),
      c('European Union', 'passive list'),
      c('United Kingdom', 'passive list'),
      c('Cameroon', 'given generic noun: the force'),
    ],
    excluded: [c('Niger', 'withdrawn backing')],
  },
  {
    half: 'tune',
    entity: 'Nigeria',
    question: 'backers',
    expected: [
      c('Chad', 'passive in relative clause, demonym list'),
      c('Cameroon', 'passive in relative clause, demonym list'),
      c('United States', 'given capital / demonym object'),
    ],
    excluded: [c('Niger', 'withdrawn backing'), c('ISWAP', 'opposer, not backer')],
  },
  {
    half: 'tune',
    entity: 'Chad',
    question: 'backers',
    expected: [
      c('France', 'passive in relative clause, adverbial before by; shared intelligence with demonym army'),
      c(
        'United Arab Emirates',
        "appositive: one of the demonym junta's main arms suppliers; delivered a list to capital",
      ),
    ],
    excluded: [
      c('Niger', 'withdrawn backing'),
      c('United Kingdom', 'hypothetical'),
      c('Qatar', 'mediator'),
      c('Russia', 'backer of the other side'),
    ],
  },
  {
    half: 'tune',
    entity: 'Nigeria Police Force',
    question: 'opposers',
    expected: [c('Boko Haram', 'attacked police stations')],
    excluded: [c('ISWAP', 'opposer of another')],
  },
  {
    half: 'tune',
    entity: 'Nigeria',
    question: 'opposers',
    expected: [c('ISWAP', 'ambush')],
    excluded: [c('Cameroon', 'backer, not opposer'), c('Niger', 'withdrawn backing')],
  },

  // ---------------------------------------------------------------- tune: Pakistan
  // Long wire sentences: time phrases, reporting clauses and descriptions inside the constructions.
  {
    half: 'tune',
    entity: 'TTP',
    question: 'backers',
    expected: [c('Afghanistan|Taliban', 'reporting clause inside a relative, passive')],
    excluded: [c('Iran', 'denial'), c('Qatar', 'urged to stop'), c('India', 'opposer (hypothetical)')],
  },
  {
    half: 'tune',
    entity: 'Pakistan',
    question: 'backers',
    expected: [
      c('China', 'time phrase in a relative clause pledge / and of'),
      c('Saudi Arabia', 'given capital an amount, relative clause'),
      c('United Arab Emirates', 'has the support of X, which ..., and of Y'),
    ],
    // China also 'capital has lent to' in balochistan_insurgency (second unseen round).
    excluded: [c('Iran', 'denial'), c('Qatar', 'mediator'), c('India', 'hypothetical'), c('Afghanistan', 'asked')],
  },
  {
    half: 'tune',
    entity: 'Frontier Corps',
    question: 'backers',
    expected: [c('Pakistan', 'passive list, indefinite army of a country'), c('China', 'passive list demonym')],
    excluded: [c('Iran', 'denial')],
  },
  {
    half: 'tune',
    entity: 'Pakistan',
    question: 'opposers',
    expected: [
      c('TTP', 'attacked demonym army post'),
      // balochistan_insurgency (second unseen round)
      c('Iran', 'missile strikes on bases inside'),
    ],
    excluded: [
      c('China', 'backer, not opposer'),
      c('Saudi Arabia', 'backer, not opposer'),
      c('Afghanistan', 'asked to stop sheltering'),
    ],
  },

  // ---------------------------------------------------------------- tune: Benin
  {
    half: 'tune',
    entity: 'Benin',
    question: 'backers',
    expected: [
      c('France', 'fronted participle, demonym list'),
      c('United States', 'fronted participle, demonym list'),
      c('Rwanda', 'with help from, demonym'),
      c('Belgium', 'verbs in a list share the object'),
      c('Togo', 'passive list demonym, air strikes; generic noun: the army'),
      c('Nigeria', 'passive list demonym, air strikes; generic noun: the army'),
    ],
    excluded: [c('Niger', 'accuser, not backer'), c('Ghana', 'hypothetical'), c('JNIM', 'opposer, not backer')],
  },
  { half: 'tune', entity: 'JNIM', question: 'backers', expected: [], excluded: [c('Niger', 'denial')] },
  {
    half: 'tune',
    entity: 'Benin',
    question: 'opposers',
    expected: [
      c('JNIM', 'ambush of a demonym patrol'),
      // Issue 15: an accusation is opposition ("whose junta accuses Benin of hosting foreign troops").
      c('Niger', 'relative clause: whose junta accuses X of'),
    ],
    excluded: [c('Ghana', 'hypothetical'), c('France', 'backer, not opposer')],
  },

  // ---------------------------------------------------------------- tune: Cameroon
  {
    half: 'tune',
    entity: 'Cameroon',
    question: 'backers',
    expected: [
      c('Chad', 'reduced relative in the subject, demonym subject helped'),
      c('Equatorial Guinea', 'credited with helping, capital'),
      c('France', 'relative clause pledge, amount, for'),
      c('Russia', 'passive list demonym, number range; generic noun: the army'),
    ],
    excluded: [c('Gabon', 'denial'), c('Ghana', 'withdrawn backing'), c('Israel', 'demonym in a compound')],
  },
  {
    half: 'tune',
    entity: 'ADF',
    question: 'backers',
    expected: [
      c('Nigeria', 'passive: fighters from neighbouring X'),
      c('AGC', 'apposition with an -ing reduced relative: fighting alongside'),
    ],
    excluded: [c('Gabon', 'denial'), c('Ghana', 'withdrawn backing')],
  },
  {
    half: 'tune',
    entity: 'Cameroon',
    question: 'opposers',
    expected: [c('ADF', 'generic noun: fought the army / ambushed a gendarmerie convoy')],
    excluded: [c('Chad', 'backer, not opposer'), c('France', 'backer, not opposer')],
  },

  ...unseenTuneCases,
  ...secondUnseenTuneCases,
  ...thirdUnseenTuneCases,

  // ---------------------------------------------------------------- heldout: Ukraine
  {
    half: 'heldout',
    entity: 'Ukraine',
    question: 'backers',
    expected: [
      c('Germany', 'agreed to send'),
      c('United Kingdom', 'relative clause pledge'),
      c('United States', 'given capital X'),
    ],
    excluded: [
      c('Hungary', 'refusal'),
      c('South Korea', 'hypothetical'),
      c('Russia', 'opposer, not backer'),
      c('Iran', 'backer of the other side'),
    ],
  },
  {
    half: 'heldout',
    entity: 'Kyiv',
    question: 'backers',
    expected: [c('United States', 'capital metonym'), c('Germany', 'capital metonym')],
    excluded: [c('Hungary', 'refusal')],
  },
  {
    half: 'heldout',
    entity: 'Ukraine',
    question: 'opposers',
    expected: [c('Russia', 'missile strikes on demonym object')],
    excluded: [c('Hungary', 'refusal'), c('Germany', 'backer, not opposer')],
  },
  {
    half: 'heldout',
    entity: 'Russia',
    question: 'backers',
    expected: [
      c('Iran', 'relative clause transfer'),
      c('Belarus', 'appositive ally'),
      c('North Korea', 'transfer of a list / fight alongside'),
    ],
    excluded: [c('China', 'denial'), c('Kazakhstan', 'negated sanctions'), c('Ukraine', 'opposer, not backer')],
  },
  {
    half: 'heldout',
    entity: 'Russia',
    question: 'opposers',
    expected: [c('European Union', 'sanctions against'), c('Ukraine', 'demonym drone strikes')],
    excluded: [c('Kazakhstan', 'negated sanctions'), c('China', 'denial'), c('Belarus', 'ally')],
  },
  {
    half: 'heldout',
    entity: 'North Korea',
    question: 'opposers',
    expected: [c('United States', 'condemnation / sanctions'), c('Japan', 'condemnation / sanctions')],
    excluded: [c('Russia', 'recipient'), c('China', 'denial')],
  },
  {
    half: 'heldout',
    entity: 'Pyongyang',
    question: 'opposers',
    expected: [c('United States', 'capital metonym'), c('Japan', 'capital metonym')],
    excluded: [c('Russia', 'recipient')],
  },
  // ---------------------------------------------------------------- heldout: DR Congo
  {
    half: 'heldout',
    entity: 'M23',
    question: 'backers',
    expected: [c('Rwanda', 'passive with demonym troops')],
    excluded: [
      c('Belgium', 'urged to stop backing'),
      c('Angola', 'denial'),
      c('Burundi', 'backer of the other side'),
      c('Southern African Development Community', 'backer of the other side'),
      c('United States', 'opposer of another'),
    ],
  },
  {
    half: 'heldout',
    entity: 'M23',
    question: 'opposers',
    expected: [c('DR Congo|Congo|Democratic Republic of the Congo', 'demonym air strikes')],
    excluded: [c('Rwanda', 'backer, not opposer'), c('Belgium', 'urged to stop backing')],
  },
  {
    half: 'heldout',
    entity: 'DR Congo',
    question: 'backers',
    expected: [
      c('Burundi', 'sent troops to help'),
      c('Southern African Development Community', 'purpose clause, capital'),
      c('FDLR', 'relative clause fights alongside'),
    ],
    excluded: [c('Rwanda', 'denial / opposer'), c('Angola', 'denial')],
  },
  {
    half: 'heldout',
    entity: 'Congo',
    question: 'opposers',
    expected: [c('M23', 'shelled demonym positions')],
    excluded: [c('Burundi', 'backer, not opposer')],
  },
  {
    half: 'heldout',
    entity: 'Rwanda',
    question: 'opposers',
    expected: [c('United States', 'sanctions on demonym minister'), c('Belgium', 'pushed for sanctions on')],
    excluded: [c('Angola', 'denial'), c('DR Congo|Congo|Democratic Republic of the Congo', 'hypothetical')],
  },
  // ---------------------------------------------------------------- heldout: Somalia
  {
    half: 'heldout',
    entity: 'Somalia',
    question: 'backers',
    expected: [
      c('African Union', 'passive list'),
      c('Turkey', 'passive list demonym / supplied X with'),
      c('United States', 'passive list demonym'),
    ],
    excluded: [
      c('United Arab Emirates', 'withdrawn support'),
      c('Eritrea', 'denial'),
      c('Houthis', 'backer of the other side'),
    ],
  },
  {
    half: 'heldout',
    entity: 'al-Shabaab',
    question: 'backers',
    expected: [c('Houthis', 'suspected of supplying')],
    excluded: [c('Eritrea', 'denial'), c('Turkey', 'backer of the other side')],
  },
  {
    half: 'heldout',
    entity: 'al-Shabaab',
    question: 'opposers',
    expected: [c('United States', 'air strikes against generic noun')],
    excluded: [c('Houthis', 'backer, not opposer')],
  },
  {
    half: 'heldout',
    entity: 'Somalia',
    question: 'opposers',
    expected: [c('al-Shabaab', 'fighting / attack')],
    excluded: [c('Turkey', 'backer, not opposer'), c('Eritrea', 'denial')],
  },
  // ---------------------------------------------------------------- heldout: Lebanon
  {
    half: 'heldout',
    entity: 'Hezbollah',
    question: 'backers',
    expected: [c('Iran', 'compound -backed / funds / supplied X with')],
    excluded: [c('Syria', 'withdrawn support'), c('France', 'mediator'), c('Israel', 'opposer, not backer')],
  },
  {
    half: 'heldout',
    entity: 'Hezbollah',
    question: 'opposers',
    expected: [c('Israel', 'demonym air strikes')],
    excluded: [c('France', 'urged to stop bombing'), c('Iran', 'backer, not opposer')],
  },
  {
    half: 'heldout',
    entity: 'Lebanon',
    question: 'backers',
    expected: [c('United States', 'passive in relative clause'), c('Qatar', 'passive in relative clause')],
    excluded: [c('Iran', 'backer of another'), c('France', 'mediator')],
  },
  {
    half: 'heldout',
    entity: 'Israel',
    question: 'opposers',
    expected: [c('Hezbollah', 'fired rockets at')],
    excluded: [c('France', 'urged to stop')],
  },
  // ---------------------------------------------------------------- heldout: Nagorno-Karabakh
  {
    half: 'heldout',
    entity: 'Azerbaijan',
    question: 'backers',
    expected: [c('Turkey', 'appositive ally / trained / sold'), c('Israel', 'supplies capital with')],
    excluded: [c('Iran', 'warning'), c('Russia', 'backer of the other side'), c('Georgia', 'no comment')],
  },
  {
    half: 'heldout',
    entity: 'Armenia',
    question: 'backers',
    expected: [c('Russia', 'relies on X for'), c('France', 'agreed to supply capital')],
    excluded: [c('Turkey', 'backer of the other side'), c('Israel', 'backer of the other side')],
  },
  {
    half: 'heldout',
    entity: 'Azerbaijan',
    question: 'opposers',
    expected: [c('Iran', 'warning'), c('European Parliament', 'condemnation')],
    excluded: [c('Georgia', 'no comment'), c('Turkey', 'backer, not opposer')],
  },
  // ---------------------------------------------------------------- heldout: Mozambique
  {
    half: 'heldout',
    entity: 'Mozambique',
    question: 'backers',
    expected: [
      c('Rwanda', 'demonym subject helped'),
      c('Southern African Development Community', 'purpose clause, capital'),
      c('European Union', 'trains demonym'),
    ],
    excluded: [c('TotalEnergies', 'denial'), c('Portugal', 'hypothetical')],
  },
  // ---------------------------------------------------------------- heldout: Haiti
  {
    half: 'heldout',
    entity: 'Haiti',
    question: 'backers',
    expected: [c('Kenya', 'demonym subject, purpose after a long verb')],
    excluded: [c('Dominican Republic', 'refusal')],
  },
  {
    half: 'heldout',
    entity: 'Haitian National Police',
    question: 'backers',
    expected: [c('United States', 'pledged to'), c('Canada', 'given generic noun: the force')],
    excluded: [c('Dominican Republic', 'refusal'), c('Viv Ansanm', 'opposer, not backer')],
  },
  {
    half: 'heldout',
    entity: 'Viv Ansanm',
    question: 'opposers',
    expected: [c('UN Security Council', 'sanctions on the leader')],
    excluded: [c('Dominican Republic', 'refusal')],
  },
  {
    half: 'heldout',
    entity: 'Barbecue',
    question: 'opposers',
    expected: [c('UN Security Council', 'alias: also called')],
    excluded: [c('Kenya', 'opposer of another')],
  },
  {
    half: 'heldout',
    entity: 'Haitian National Police',
    question: 'opposers',
    expected: [c('Viv Ansanm', 'attacked police stations')],
    excluded: [c('Canada', 'backer, not opposer')],
  },
  // ---------------------------------------------------------------- heldout: Western Sahara
  {
    half: 'heldout',
    entity: 'Polisario Front',
    question: 'backers',
    expected: [c('Algeria', 'passive'), c('Iran', 'accusation by capital')],
    excluded: [
      c('Morocco', 'opposer, not backer'),
      c('Spain', 'backer of the other side'),
      c('United States', 'backer of the other side'),
    ],
  },
  {
    half: 'heldout',
    entity: 'Morocco',
    question: 'backers',
    expected: [
      c('United States', 'has the support of'),
      c('France', 'has the support of, coordinated'),
      c('Spain', 'active verb'),
    ],
    excluded: [c('Algeria', 'backer of the other side'), c('Iran', 'backer of the other side')],
  },
  {
    half: 'heldout',
    entity: 'Morocco',
    question: 'opposers',
    expected: [c('Polisario Front', 'attacked demonym positions')],
    excluded: [c('Spain', 'backer, not opposer')],
  },
];
