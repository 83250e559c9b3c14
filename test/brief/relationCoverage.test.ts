/**
 * Relation coverage on wording the seed articles never use: acronyms that take more than
 * initials, adjectives of peoples that name no actor, and the constructions added for unseen
 * news. Every sentence is made up here; none is from the development set.
 */
import { describe, expect, it } from 'vitest';
import { madeUpSentence, relationsOfLastText } from '../support/relationsOfLastText.ts';
import { buildEntityCatalog } from '../../src/brief/entityCatalog.ts';
import { extractSupportRelations, relationsBacking } from '../../src/brief/extractSupportRelations.ts';
import { DescribedActors } from '../../src/brief/relations/describedActors.ts';

const sentence = madeUpSentence;

/** "backer supports|opposes backed" for the last text, the earlier ones read first as the same document. */
function relationsIn(texts: string[]): string[] {
  return [...new Set(relationsOfLastText(texts).map((r) => `${r.backer} ${r.stance} ${r.backed}`))].sort();
}

describe('acronyms and adjectives', () => {
  it('learns an acronym that takes more than one letter of a word', () => {
    const catalog = buildEntityCatalog([
      sentence('The Union of Coastal Island Nations (UOCIN) met in Suva on Monday.'),
      sentence('The Central Highlands Liberation Union (CEHLU) rejected the offer.'),
    ]);
    expect(catalog.resolve('UOCIN')?.name).toBe('Union of Coastal Island Nations');
    expect(catalog.resolve('CEHLU')?.name).toBe('Central Highlands Liberation Union');
  });
  it('does not make an actor of an adjective for a people or a region', () => {
    const texts = ['The Zarqan Brigades are backed by Arab militias and by Western donors.'];
    expect(relationsIn(texts)).toEqual([]);
    const catalog = buildEntityCatalog(texts.map((t) => sentence(t)));
    expect(catalog.resolve('Arab')).toBeNull();
    expect(catalog.resolve('Western')).toBeNull();
  });
});

describe('passives', () => {
  it('shares one agent between coordinated participles, past an interposed description', () => {
    const texts = [
      'The Coastal Front (CF) seized the delta.',
      'The front, a movement that holds the delta and most of the coast, is funded and armed by Qatar.',
    ];
    expect(relationsIn(texts)).toEqual(['Qatar supports Coastal Front']);
  });
  it('reads every agent of "by A and by B"', () => {
    expect(
      relationsIn(['The Coastal Front is backed by local clans from the hills and by Oman, diplomats said.']),
    ).toEqual(['Oman supports Coastal Front']);
  });
  it('does not read a passive without an agent, nor a denied one', () => {
    expect(relationsIn(['The Coastal Front is funded and armed, officials said.'])).toEqual([]);
    expect(relationsIn(['Oman denied that the Coastal Front is funded and armed by Muscat.'])).toEqual([]);
  });
});

describe('long names and their members', () => {
  it('learns an acronym for a name the chunker splits, and one spelt in another language', () => {
    const catalog = buildEntityCatalog([
      sentence("The Hill People's Defence League (HPDL) holds the pass."),
      sentence('The Union for the Renewal of the Coast (URC) rejected the deal.'),
      sentence('The Democratic Forces for the Liberation of Kivu (FDLK) withdrew.'),
    ]);
    expect(catalog.resolve('HPDL')?.name).toBe("Hill People's Defence League");
    expect(catalog.resolve('URC')?.name).toBe('Union for the Renewal of the Coast');
    expect(catalog.resolve('FDLK')?.name).toBe('Democratic Forces for the Liberation of Kivu');
  });
  it('keeps a possessor out of the name its acronym spells', () => {
    const catalog = buildEntityCatalog([sentence("Chad's Coastal Defence Front (CDF) moved north.")]);
    expect(catalog.resolve('CDF')?.name).toBe('Coastal Defence Front');
  });
  it('takes the group named after "of", not the people who describe its fighters', () => {
    const texts = [
      'The Union for the Renewal of the Coast (URC) rejected the deal.',
      'Chad has fought Toubou separatists of the URC near the border.',
    ];
    expect(relationsIn(texts)).toEqual(['Chad opposes Union for the Renewal of the Coast']);
  });
});

describe('names two states share', () => {
  it('gives "Congolese" and "Congo" to the state the corpus names, and to neither when it names both', () => {
    const one = buildEntityCatalog([sentence('Kinshasa said Congolese troops retook the town.')]);
    expect(one.resolve('Congolese')?.name).toBe('DR Congo');
    expect(one.resolve('Congo')?.name).toBe('DR Congo');
    const both = buildEntityCatalog([sentence('Kinshasa and Brazzaville said Congolese troops retook the town.')]);
    expect(both.resolve('Congolese')).toBeNull();
  });
  it('gives "Congolese" to the "Congo" a corpus that names neither state writes', () => {
    const texts = ['Fighting raged in eastern Congo.', 'The M23 battled the Congolese army.'];
    const catalog = buildEntityCatalog(texts.map((t) => sentence(t)));
    expect(catalog.resolve('Congolese')?.name).toBe('Congo');
    expect(relationsIn(texts)).toEqual(['M23 opposes Congo']);
    expect(buildEntityCatalog([sentence('The M23 battled the Congolese army.')]).resolve('Congolese')).toBeNull();
  });
  it('reads a shared demonym as its state in a relation', () => {
    const texts = ['Kinshasa accused Rwanda of arming the rebels.', 'Congolese warplanes bombed Rwandan positions.'];
    expect(relationsIn(texts)).toEqual(['DR Congo opposes Rwanda']);
  });
});

describe('object relatives', () => {
  it('reads "Y, which X backs" as X backing Y, with a list of subjects', () => {
    expect(relationsIn(['The Coastal Front, which Qatar and Oman have funded since 2019, seized the port.'])).toEqual([
      'Oman supports Coastal Front',
      'Qatar supports Coastal Front',
    ]);
  });
  it('leaves out a negated or hypothetical one', () => {
    expect(relationsIn(['The Coastal Front, which Qatar no longer funds, seized the port.'])).toEqual([]);
    expect(relationsIn(['The Coastal Front, which Qatar denies funding, seized the port.'])).toEqual([]);
  });
});

describe('generic nouns', () => {
  it('resolves "the group" to the organisation named before, not to a place named after it', () => {
    const texts = [
      'The Coastal Defence Front (CDF) seized the town of Port Amara on Monday.',
      'The armed group, led by Joseph Kaloko, has received weapons from Oman, a UN panel said.',
    ];
    expect(relationsIn(texts)).toEqual(['Oman supports Coastal Defence Front']);
  });
});

describe('subjects', () => {
  it('keeps a sentence-initial name whose second word is a common noun ("Islamic State")', () => {
    const catalog = buildEntityCatalog([sentence('Popular Front fighters shelled the town of Amara.')]);
    expect(catalog.resolve('Popular Front')?.name).toBe('Popular Front');
  });
  it('finds the subject past a participle aside and across "and" after a first verb the dictionary reads as a noun', () => {
    const base = 'The Coastal Defence Front (CDF) holds the delta.';
    expect(relationsIn([base, 'Chad, weakened by years of drought, still attacks CDF positions every week.'])).toEqual([
      'Chad opposes Coastal Defence Front',
    ]);
    expect(
      relationsIn([base, 'Chad regards the front as a menace and has launched drone strikes on CDF commanders.']),
    ).toEqual(['Chad opposes Coastal Defence Front']);
  });
});

describe('condemnation', () => {
  it('opposes whoever committed the condemned act, not its victims', () => {
    expect(relationsIn(['Niger has condemned drone strikes by the Chadian army near its border.'])).toEqual([
      'Niger opposes Chad',
    ]);
  });
  it('leaves a denied condemnation out', () => {
    expect(relationsIn(['Niger denied that it had condemned drone strikes by the Chadian army.'])).toEqual([]);
  });
});

describe('comitative subjects', () => {
  it('makes "X, together with Y," both subjects of the verb', () => {
    const base = 'The Coastal Defence Front (CDF) holds the delta.';
    expect(relationsIn([base, 'Chad, together with the Russians, has fought CDF separatists around Amara.'])).toEqual([
      'Chad opposes Coastal Defence Front',
      'Russia opposes Coastal Defence Front',
    ]);
  });
});

describe('coalitions', () => {
  it('reads "led a coalition against Y" as opposition, and "a coalition on" as nothing', () => {
    expect(relationsIn(['Chad, which led a military coalition against Niger for years, signed the accord.'])).toEqual([
      'Chad opposes Niger',
    ]);
    expect(relationsIn(['Chad joined a coalition on trade with Niger.'])).toEqual([]);
  });
});

describe('demonyms as the actor and the one hit', () => {
  it('reads a demonym before a state agent or asset as the state', () => {
    expect(relationsIn(['Nigerien soldiers shelled Chadian oil depots near the lake.'])).toEqual([
      'Niger opposes Chad',
    ]);
    expect(relationsIn(['Washington imposed sanctions on a Chadian minister.'])).toEqual([
      'United States opposes Chad',
    ]);
  });
  it('does not read "a <demonym> militia" as the state', () => {
    expect(relationsIn(['Chad backs a Nigerien militia.'])).toEqual([]);
  });
});

describe('transfers', () => {
  it('reads a list of things moved and a capital as the first of two objects', () => {
    const base = 'The Coastal Defence Front (CDF) holds the delta.';
    expect(relationsIn([base, 'Chad shipped rifles, ammunition and drones to the CDF.'])).toEqual([
      'Chad supports Coastal Defence Front',
    ]);
    expect(relationsIn(['Washington has given Kyiv tanks.'])).toEqual(['United States supports Ukraine']);
  });
  it('does not take a model name for the recipient', () => {
    expect(relationsIn(['Chad has sold Bayraktar TB2 drones to Niger.'])).toEqual(['Chad supports Niger']);
  });
});

describe('fighting on a side and against the other', () => {
  it('reads "fought alongside X against Y" as backing X and opposing Y', () => {
    expect(
      relationsIn(['Omani soldiers fought alongside the Coastal Front against the Highland Brigades near the port.']),
    ).toEqual(['Oman opposes Highland Brigades', 'Oman supports Coastal Front']);
  });
  it('reads "fights against Y" in a relative clause, the bracketed name standing for the whole antecedent', () => {
    expect(
      relationsIn([
        "The Coastal Front's northern branch (CFNB), which fights against the Highland Brigades, held the port.",
      ]),
    ).toEqual(['CFNB opposes Highland Brigades']);
  });
});

describe('passives of keeping and supplying', () => {
  it('reads "Y is kept afloat by <demonym> subsidies"', () => {
    expect(relationsIn(['The Coastal Front, a movement of fishermen, is kept afloat by Omani subsidies.'])).toEqual([
      'Oman supports Coastal Front',
    ]);
  });
  it('reads "Y has been supplied with X by Z", and a list of things received', () => {
    expect(relationsIn(['The Coastal Front has been supplied with drones by Qatar.'])).toEqual([
      'Qatar supports Coastal Front',
    ]);
    expect(relationsIn(['The Coastal Front has long received weapons, money and training from Qatar.'])).toEqual([
      'Qatar supports Coastal Front',
    ]);
  });
});

describe('subjects past descriptions', () => {
  it('finds the subject past an apposition ending in a noun the dictionary reads as a verb', () => {
    expect(relationsIn(['Oman, the main peacekeeping force, came to the aid of the Coastal Front.'])).toEqual([
      'Oman supports Coastal Front',
    ]);
  });
  it('finds the subject past an aside opened by an adverb and a participle', () => {
    expect(
      relationsIn(['The Coastal Front, widely regarded as a proxy of Qatar, fired rockets at the Highland Brigades.']),
    ).toEqual(['Coastal Front opposes Highland Brigades', 'Qatar supports Coastal Front']);
  });
});

describe('attack verbs proposed by the word vectors', () => {
  it('reads an accepted GloVe neighbour of the attack verbs as opposition, never as support', () => {
    expect(relationsIn(['The Highland Brigades besieged the Coastal Front for a month.'])).toEqual([
      'Highland Brigades opposes Coastal Front',
    ]);
    expect(relationsIn(['Omani jets bombarded the Coastal Front and pounded its positions.'])).toEqual([
      'Oman opposes Coastal Front',
    ]);
  });
  it("reads killing a side's soldiers as opposition, and killing people of no side as nothing", () => {
    expect(relationsIn(['The Zembla Front killed dozens of Indonesian soldiers.'])).toEqual([
      'Zembla Front opposes Indonesia',
    ]);
    expect(relationsIn(['Three Omani soldiers were killed by the Zembla Front.'])).toEqual([
      'Zembla Front opposes Oman',
    ]);
    expect(relationsIn(['Russian troops killed Ukrainian civilians.'])).toEqual([]);
    expect(relationsIn(['Flooding killed 40 people in Oman.'])).toEqual([]);
  });
  it('does not read money counted in pounds as an attack', () => {
    expect(relationsIn(['Oman pledged 40 million pounds to the Coastal Front.'])).toEqual([
      'Oman supports Coastal Front',
    ]);
  });
  it('reads water cannon fired at demonym boats and shelled hideouts as opposition', () => {
    expect(relationsIn(['Qatari forces fired water cannon at Omani boats.'])).toEqual(['Qatar opposes Oman']);
    expect(relationsIn(['Omani artillery shelled hideouts of the Coastal Front.'])).toEqual([
      'Oman opposes Coastal Front',
    ]);
  });
});

describe('patronage frames', () => {
  it('gives the patron to the subject of the clause, past a noun after a preposition and a generic noun', () => {
    expect(
      relationsIn([
        'The Coastal Front (CF) seized the delta on Monday.',
        'The guerrillas, who have long operated from camps in Oman with the protection of Muscat, attacked the port.',
      ]),
    ).toEqual(['Oman supports Coastal Front']);
  });
});

describe('subjects and agents inside longer sentences', () => {
  it('finds the subject after an opening adverbial, but not after a condition', () => {
    expect(relationsIn(['After weeks of fighting, Kenyan troops helped Somalia retake the town.'])).toEqual([
      'Kenya supports Somalia',
    ]);
    expect(relationsIn(['As the talks stalled, Egypt armed the Coastal Front.'])).toEqual([
      'Egypt supports Coastal Front',
    ]);
    expect(relationsIn(['If the rebels advance, Kenyan troops will help Somalia.'])).toEqual([]);
  });
  it('reads a list of subjects without the serial comma, but not a name of the adverbial before it', () => {
    expect(relationsIn(['Kenya, Uganda and Tanzania have all armed the Coastal Front.'])).toEqual([
      'Kenya supports Coastal Front',
      'Tanzania supports Coastal Front',
      'Uganda supports Coastal Front',
    ]);
    expect(relationsIn(['According to Reuters, Kenya and Uganda armed the Coastal Front.'])).toEqual([
      'Kenya supports Coastal Front',
      'Uganda supports Coastal Front',
    ]);
  });
  it('reads a plain verb after the plural of those who act as a verb', () => {
    expect(
      relationsIn([
        'The Coastal Front (CF) seized the port.',
        'Kenya, whose troops fight alongside the CF, denied the report.',
      ]),
    ).toEqual(['Kenya supports Coastal Front']);
    expect(relationsIn(['Oman stopped the arms supply to the Coastal Front.'])).toEqual([]);
  });
  it('reads the agent of a passive with a particle', () => {
    expect(relationsIn(['The Coastal Front was propped up by Kenya for years.'])).toEqual([
      'Kenya supports Coastal Front',
    ]);
  });
  it('reads coordinated demonyms before what their states send', () => {
    expect(relationsIn(['Kenyan and Ugandan troops helped the Coastal Front hold the port.'])).toEqual([
      'Kenya supports Coastal Front',
      'Uganda supports Coastal Front',
    ]);
  });
  it('reads the last agent of a by-phrase whose first agent names no one', () => {
    expect(
      relationsIn([
        "Zambia's army is supported by an estimated 200 to 300 Israeli-trained commandos and Russian helicopters.",
      ]),
    ).toEqual(['Russia supports Zambia']);
  });
});

describe('"the army" of the country a document is about', () => {
  it('stands for the one country the document names far more than any other', () => {
    const zambia = [
      'Zambia held elections in Lusaka.',
      "Zambia's president visited Zambian troops near the border with Zambia's neighbours.",
    ];
    expect(relationsIn([...zambia, 'The army is backed by Russian helicopters and Egyptian advisers.'])).toEqual([
      'Egypt supports Zambia',
      'Russia supports Zambia',
    ]);
  });
  it('"both governments" are the two countries a story of two states is about', () => {
    const border = [
      'Zambian and Malawian forces clashed at the border.',
      'Zambia blamed Malawi for the clash, and Malawian troops shelled Zambian posts.',
    ];
    expect(relationsIn([...border, 'Russia arms both governments.'])).toEqual([
      'Russia supports Malawi',
      'Russia supports Zambia',
    ]);
    expect(relationsIn(['Zambia held talks.', 'Russia arms both governments.'])).toEqual([]);
  });
  it('stands for no one when two countries share the story', () => {
    expect(
      relationsIn([
        'Zambia and Malawi held talks.',
        'Zambia and Malawi disagreed on the border.',
        'The army is backed by Russian helicopters.',
      ]),
    ).toEqual([]);
  });
  it('is not a separatist militia that calls itself defence forces', () => {
    expect(
      relationsIn([
        'Zambia held elections in Lusaka, and Zambian troops were deployed.',
        'The Lunda Defence Forces (LDF), a separatist militia, ambushed a patrol in Zambia.',
        'The army is backed by Russian helicopters.',
      ]),
    ).toEqual(['Russia supports Zambia']);
  });
});

/** Who backs `name` (its side: the organisations its leader leads) in one made-up document of these sentences. */
function backersIn(texts: string[], name: string): string[] {
  const sentences = texts.map((text, i) => sentence(text, i + 1));
  const catalog = buildEntityCatalog(sentences);
  const describedActors = new DescribedActors();
  const relations = sentences.flatMap((s, i) =>
    extractSupportRelations(s, catalog, { previousSentences: sentences.slice(Math.max(0, i - 2), i), describedActors }),
  );
  return [...new Set(relationsBacking(relations, name, catalog).map((r) => r.backer))].sort();
}

describe('leaders introduced by a generic noun', () => {
  it('puts the group the sentence before named on the side of "the group, led by X"', () => {
    const texts = [
      'The Coastal Liberation Forces (CLF) seized the port of Tarsa on Monday.',
      'The rebel group, led by Ahmed Salim Barre, has received weapons from Qatar, a UN panel said.',
      'The CLF is also supported by Oman.',
    ];
    expect(backersIn(texts, 'Barre')).toEqual(['Oman', 'Qatar']);
  });
  it('links no one when the sentence before named two organisations', () => {
    const texts = [
      "The Coastal Liberation Forces (CLF) and the Highland People's Movement (HPM) seized the port of Tarsa.",
      'The rebel group, led by Ahmed Salim Barre, has received weapons from Qatar.',
      'The CLF is also supported by Oman.',
    ];
    expect(backersIn(texts, 'Barre')).toEqual([]);
  });
  it('puts the state\'s armed forces, named later by their formal name, on the side of "army chief X"', () => {
    const texts = [
      "Army chief Omar Idris Tahir's forces have received drones from Iran, diplomats said.",
      'Egypt, a longtime ally of the Zambian Armed Forces (ZAF), has sent pilots to support the army.',
    ];
    expect(backersIn(texts, 'Zambian Armed Forces')).toEqual(['Egypt', 'Iran']);
  });
});

describe('opposition by capture, dismantling, terrorist designation and accusation (issue 15)', () => {
  const base = 'The Coastal Defence Front (CDF) holds the delta.';
  it('reads capturing fighters of a side and dismantling its cell as opposition', () => {
    expect(relationsIn([base, 'Chadian troops captured four fighters of the CDF near Amara.'])).toEqual([
      'Chad opposes Coastal Defence Front',
    ]);
    expect(relationsIn([base, 'Niger said it had dismantled a cell of the CDF.'])).toEqual([
      'Niger opposes Coastal Defence Front',
    ]);
  });
  it('reads a terrorist designation as opposition, and another designation as nothing', () => {
    expect(relationsIn([base, 'Niger and Chad have designated the CDF a terrorist organisation.'])).toEqual([
      'Chad opposes Coastal Defence Front',
      'Niger opposes Coastal Defence Front',
    ]);
    expect(relationsIn([base, 'Niger designated the CDF as its partner in the talks.'])).toEqual([]);
  });
  it('reads accusing a side of an act as opposing it, not accusing it of a noun', () => {
    expect(relationsIn([base, 'Niger has accused Chad of arming the CDF.'])).toEqual([
      'Chad supports Coastal Defence Front',
      'Niger opposes Chad',
    ]);
    expect(relationsIn(['Niger accused Chad of corruption.'])).toEqual([]);
  });
});

describe('subjects past a parenthetical source (issue 15)', () => {
  it('skips ", according to ...," between the auxiliary and the verb', () => {
    const base = 'The Coastal Defence Front (CDF) holds the delta.';
    expect(
      relationsIn([
        base,
        'Nigerien instructors at the old air base in Agadez have, according to a UN report, trained CDF fighters.',
      ]),
    ).toEqual(['Niger supports Coastal Defence Front']);
  });
});

describe('transfers with a model name and a shared recipient (issue 15)', () => {
  it("reads the material past a model name, and gives a coordinated transfer the first one's recipient", () => {
    expect(relationsIn(['France sold Chad 12 Rafale jets in 2015, and Niger has supplied helicopters.'])).toEqual([
      'France supports Chad',
      'Niger supports Chad',
    ]);
  });
  it('gives no recipient to a coordinated clause that is not a transfer', () => {
    expect(relationsIn(['France sold Chad 12 Rafale jets, and Niger has bought helicopters.'])).toEqual([
      'France supports Chad',
    ]);
  });
});

describe('client nouns with a capital or demonym, and in descriptions (issue 15)', () => {
  const base = 'The Coastal Defence Front (CDF) holds the delta.';
  it('reads "one of several Tehran proxies", "one of Tehran\'s proxies" and "an Iranian proxy"', () => {
    for (const text of [
      'The CDF is one of several Tehran proxies in the region.',
      "The CDF, one of Tehran's proxies, attacked the port.",
      'The CDF, an Iranian proxy, attacked the port.',
    ])
      expect(relationsIn([base, text])).toEqual(['Iran supports Coastal Defence Front']);
  });
  it('reads "X, a militia widely seen as a proxy of Y,"', () => {
    expect(relationsIn([base, 'The CDF, a militia widely seen as a proxy of Iran, attacked the port.'])).toEqual([
      'Iran supports Coastal Defence Front',
    ]);
  });
});

describe('"the group" and denials past asides (issue 15)', () => {
  it('takes an undescribed "the group" for the armed group the document described and named most', () => {
    const texts = [
      'The Coastal Defence Front (CDF), a militia based in the delta, attacked the port.',
      'Members of the CDF were trained in camps run by the Revolutionary Guards.',
      'Niger has accused Chad of arming the group.',
    ];
    expect(relationsIn(texts)).toEqual(['Chad supports Coastal Defence Front', 'Niger opposes Chad']);
  });
  it('keeps a denial whose speaker stands before a relative clause', () => {
    const texts = [
      'The Coastal Defence Front (CDF), a militia based in the delta, attacked the port.',
      'Chad, which hosted earlier talks, denied that it had ever armed the militia.',
    ];
    expect(relationsIn(texts)).toEqual([]);
  });
});

describe('lists of things moved and subjects past asides (issue 15)', () => {
  it('reads a list of plain things after a material one up to the recipient', () => {
    expect(relationsIn(['China sent police advisers, riot shields, helmets and water cannon to Fiji.'])).toEqual([
      'China supports Fiji',
    ]);
  });
  it('reads the subject past an aside holding a plural possessive and an adverb before the verb', () => {
    expect(relationsIn(["China, which is the islands' main source of loans, later sent advisers to Fiji."])).toEqual([
      'China supports Fiji',
    ]);
  });
});

describe('more opposition verbs (issue 15)', () => {
  const base = 'The Coastal Defence Front (CDF) holds the delta.';
  it('reads "clashed with", kidnapping, a terrorist declaration and "vowed to crush"', () => {
    expect(relationsIn([base, 'CDF fighters clashed with Chadian troops near the border.'])).toEqual([
      'Coastal Defence Front opposes Chad',
    ]);
    expect(relationsIn([base, 'The CDF kidnapped two Chadian engineers.'])).toEqual([
      'Coastal Defence Front opposes Chad',
    ]);
    expect(relationsIn([base, 'Chad declared the CDF a terrorist group.'])).toEqual([
      'Chad opposes Coastal Defence Front',
    ]);
    expect(relationsIn([base, 'Chad vowed to crush the CDF.'])).toEqual(['Chad opposes Coastal Defence Front']);
  });
  it('leaves a declaration that is no terrorist designation alone', () => {
    expect(relationsIn([base, 'Chad declared the CDF talks a success.'])).toEqual([]);
  });
});

describe('recipients and subjects in longer clauses (issue 15)', () => {
  const base = 'The Coastal Defence Front (CDF) holds the delta.';
  it('reads a reduced relative with a date inside the subject, and a second "to" recipient', () => {
    expect(
      relationsIn([base, 'Russian military instructors deployed to the delta since 2021 have trained CDF fighters.']),
    ).toEqual(['Russia supports Coastal Defence Front']);
    expect(relationsIn([base, 'Moscow has sent weapons to the CDF and to the Chadian army.'])).toEqual([
      'Russia supports Chad',
      'Russia supports Coastal Defence Front',
    ]);
  });
});

describe('"the junta" across a document (issue 15)', () => {
  it('reads "the junta\'s main arms suppliers" as backers of the state the junta was described as', () => {
    const texts = [
      "Chad's military junta seized power in 2021.",
      "Russia and Turkey are the junta's main arms suppliers.",
    ];
    expect(relationsIn(texts)).toEqual(['Russia supports Chad', 'Turkey supports Chad']);
  });
  it('does not take a country before "are the junta\'s" for the junta itself', () => {
    const texts = [
      "Chad's military junta seized power in 2021.",
      "Russia and Turkey are the junta's main arms suppliers.",
      'Moscow sent helicopters to help the junta retake the north.',
    ];
    expect(relationsIn(texts)).toEqual(['Russia supports Chad']);
  });
});

describe('passives past a parenthetical and received material (issue 15)', () => {
  const base = 'The Coastal Defence Front (CDF) holds the delta.';
  it('reads "is, according to ..., backed by X" as a passive, not the source as the one backed', () => {
    expect(relationsIn([base, 'The CDF is, according to UN experts, backed by Iran.'])).toEqual([
      'Iran supports Coastal Defence Front',
    ]);
  });
  it('reads a demonym on received material as the giver', () => {
    expect(relationsIn([base, 'The CDF has received Iranian weapons.'])).toEqual([
      'Iran supports Coastal Defence Front',
    ]);
  });
});

describe("a demonym's compound (issue 15)", () => {
  it('reads nouns the lexicon knows as verbs inside it as the subject and the target', () => {
    expect(relationsIn(['Vietnamese coast guard ships fired water cannon at a Malaysian fishing boat.'])).toEqual([
      'Vietnam opposes Malaysia',
    ]);
  });
  it('takes the last of the nouns in a row as its head', () => {
    expect(relationsIn(['Ugandan army boats fired rockets at Kenyan villages.'])).toEqual(['Uganda opposes Kenya']);
  });
});

describe("a people's name for its state (issue 15)", () => {
  it('reads "the Uzbek authorities" as Uzbekistan', () => {
    expect(relationsIn(['Ankara said it supports the Uzbek authorities.'])).toEqual(['Turkey supports Uzbekistan']);
  });
});

describe("a head of state's government is the state (issue 15)", () => {
  const help = 'Armenia sent troops to help Zhaksy Nurlanov’s government.';
  it('links the leader to the country the title names, before the name or in apposition', () => {
    expect(relationsIn(['Kazakh President Zhaksy Nurlanov asked for help.', help])).toEqual([
      'Armenia supports Kazakhstan',
      'Armenia supports Zhaksy Nurlanov',
    ]);
    expect(relationsIn(["Zhaksy Nurlanov, Kazakhstan's president, asked for help.", help])).toEqual([
      'Armenia supports Kazakhstan',
      'Armenia supports Zhaksy Nurlanov',
    ]);
    expect(relationsIn(['Zhaksy Nurlanov, the Kazakh prime minister, asked for help.', help])).toEqual([
      'Armenia supports Kazakhstan',
      'Armenia supports Zhaksy Nurlanov',
    ]);
  });
  it('gives a bare title the country the story happens in, not the one named most', () => {
    const texts = [
      'Russian troops and Russian planes landed in Kazakhstan.',
      'Moscow sent paratroopers to Kazakhstan after President Zhaksy Nurlanov asked for help.',
      help,
    ];
    expect(relationsIn(texts)).toEqual(['Armenia supports Kazakhstan', 'Armenia supports Zhaksy Nurlanov']);
  });
  it('leaves the leader alone when the story names no place, or the title no state', () => {
    expect(relationsIn(['President Zhaksy Nurlanov asked for help.', help])).toEqual([
      'Armenia supports Zhaksy Nurlanov',
    ]);
    expect(relationsIn(['Kazakhstan is in turmoil. Zhaksy Nurlanov, a businessman, asked for help.', help])).toEqual([
      'Armenia supports Zhaksy Nurlanov',
    ]);
    expect(relationsIn(['Kazakh Vice President Zhaksy Nurlanov asked for help.', help])).toEqual([
      'Armenia supports Zhaksy Nurlanov',
    ]);
  });
});

describe('"help" with an object and a bare infinitive (issue 15)', () => {
  it('backs the object, whose own verb follows, not the object of that verb', () => {
    expect(relationsIn(['Ugandan troops helped the Somali army attack Kenya.'])).toEqual(['Uganda supports Somalia']);
    expect(relationsIn(["Rwandan troops helped Mozambique's army retake Palma from the Ansar Front."])).toEqual([
      'Rwanda supports Mozambique',
    ]);
  });
  it('gives the infinitive the object as its subject', () => {
    expect(relationsIn(["Turkey helped the GNA repel Haftar's offensive."])).toEqual([
      'GNA opposes Haftar',
      'Turkey supports GNA',
    ]);
  });
});

describe('lists of subjects (issue 15)', () => {
  it('reads every demonym of a list before what their states send', () => {
    expect(relationsIn(['Chadian, Nigerien and Cameroonian forces attacked the Lake Front.'])).toEqual(
      ['Chad opposes Lake Front', 'Cameroon opposes Lake Front', 'Niger opposes Lake Front'].sort(),
    );
  });
  it('reads a list after "<those who act> from", and their noun as no verb', () => {
    expect(relationsIn(['Troops from Kenya, Uganda and Burundi helped the Somali army.'])).toEqual([
      'Burundi supports Somalia',
      'Kenya supports Somalia',
      'Uganda supports Somalia',
    ]);
    expect(relationsIn(['Forces from Chad and Niger attacked the Lake Front.'])).toEqual([
      'Chad opposes Lake Front',
      'Niger opposes Lake Front',
    ]);
  });
});

describe('police and other men a state sends (issue 15)', () => {
  it('reads police, peacekeepers and paratroopers sent to a country as support', () => {
    expect(relationsIn(['Kenya will send police to Haiti.'])).toEqual(['Kenya supports Haiti']);
    expect(relationsIn(['Nairobi sent paratroopers and peacekeepers to Somalia.'])).toEqual(['Kenya supports Somalia']);
  });
});

describe('a backer noun after a linking verb (issue 15)', () => {
  it('reads "remains", "has become" and "is seen as" like "is"', () => {
    expect(relationsIn(["Washington remains Kyiv's biggest military backer."])).toEqual([
      'United States supports Ukraine',
    ]);
    expect(relationsIn(['Beijing is widely seen as North Korea’s main backer.'])).toEqual([
      'China supports North Korea',
    ]);
    expect(relationsIn(['Qatar has become a key backer of the Coastal Front.'])).toEqual([
      'Qatar supports Coastal Front',
    ]);
  });
  it('leaves a negated one out', () => {
    expect(relationsIn(["Washington no longer remains Kyiv's biggest backer, and is not Kyiv's ally."])).toEqual([]);
  });
});

describe('"neither ... nor" subjects (issue 15)', () => {
  it('reads the verb as denied for every name', () => {
    expect(relationsIn(['Neither Russia nor the UAE has armed the Coastal Front.'])).toEqual([]);
    expect(relationsIn(['Russia and the UAE have armed the Coastal Front.'])).toEqual([
      'Russia supports Coastal Front',
      'United Arab Emirates supports Coastal Front',
    ]);
  });
});

describe('lists of names inside a relative clause (issue 15)', () => {
  it('finds the subject past a relative clause holding a list', () => {
    expect(
      relationsIn(['The Coastal Front, whose backers include Egypt, the UAE and Russia, attacked Tunisia.']),
    ).toEqual(['Coastal Front opposes Tunisia']);
  });
  it('reads an object relative with a list of subjects, and the main verb after it', () => {
    expect(relationsIn(['The Coastal Front, which Egypt, Russia and the UAE back, attacked Tunisia.'])).toEqual([
      'Coastal Front opposes Tunisia',
      'Egypt supports Coastal Front',
      'Russia supports Coastal Front',
      'United Arab Emirates supports Coastal Front',
    ]);
  });
});

describe('moved by air, shared with a side (issue 15)', () => {
  it('reads "flew" and "airlifted" with something carried as a transfer, and "flew to" alone as none', () => {
    expect(relationsIn(['Spain has flown weapons to the Zarqan Brigades.'])).toEqual([
      'Spain supports Zarqan Brigades',
    ]);
    expect(relationsIn(['Kenya airlifted 400 police officers to Haiti.'])).toEqual(['Kenya supports Haiti']);
    expect(relationsIn(['The Kenyan minister flew to Haiti on Monday.'])).toEqual([]);
  });
  it('reads "shared" material "with" a side, and a shared border or view as nothing', () => {
    expect(relationsIn(['Norway shared intelligence and satellite imagery with the Malian army.'])).toEqual([
      'Norway supports Mali',
    ]);
    expect(relationsIn(['Mali shares a long border with Niger.'])).toEqual([]);
    expect(relationsIn(['Egypt shares concerns with Ethiopia over the dam.'])).toEqual([]);
  });
});

describe('a people adjective on what is moved (issue 15)', () => {
  it('does not make the people the recipient', () => {
    expect(relationsIn(['Ankara sent hundreds of Syrian fighters to Bamako.'])).toEqual(['Turkey supports Mali']);
    expect(relationsIn(['Ankara sent Syrian fighters to Bamako.'])).toEqual(['Turkey supports Mali']);
    expect(relationsIn(['Washington has given Kyiv more than 60 Abrams tanks.'])).toEqual([
      'United States supports Ukraine',
    ]);
  });
  it('ends a list of recipients at a clause whose subject stands before an aside', () => {
    expect(
      relationsIn([
        "Ankara flew Syrian fighters to Bamako, and Qatar, Turkey's closest ally, sent a team of military advisers as well.",
      ]),
    ).toEqual(['Qatar supports Mali', 'Qatar supports Turkey', 'Turkey supports Mali']);
  });
});

describe('a transfer named by a noun (issue 15)', () => {
  it('reads the giver from a possessive, a people adjective or a by-phrase, and the recipient after "to"', () => {
    expect(relationsIn(["Turkey's delivery of drones to Kyiv angered Moscow."])).toEqual(['Turkey supports Ukraine']);
    expect(relationsIn(['The deployment of Kenyan police to Haiti began in June.'])).toEqual(['Kenya supports Haiti']);
    expect(relationsIn(['Shipments of Iranian missiles to Hamas continued.'])).toEqual(['Iran supports Hamas']);
    expect(relationsIn(['The delivery of aid to Gaza by Egypt resumed.'])).toEqual(['Egypt supports Gaza']);
  });
  it('reads the material before the noun and "to" the recipient: "arms sale to", "drone shipments to"', () => {
    expect(relationsIn(["France's arms sales to Egypt have drawn criticism."])).toEqual(['France supports Egypt']);
    expect(relationsIn(['Officials named Russia.', 'Iranian drone shipments to Russia have increased.'])).toEqual([
      'Iran supports Russia',
    ]);
    expect(relationsIn(['Washington approved a $1bn arms sale to Taiwan.'])).toEqual(['United States supports Taiwan']);
    expect(relationsIn(['Washington halted weapons deliveries to Israel.'])).toEqual([]);
  });
  it('reads a halted, denied or negated transfer as none', () => {
    expect(relationsIn(['Washington paused deliveries of artillery shells to Ukraine.'])).toEqual([]);
    expect(relationsIn(['Ankara denied any shipment of Turkish drones to Sudan.'])).toEqual([]);
  });
});

describe('a place of a side is no recipient (issue 15)', () => {
  it('reads "to X\'s border" as a destination, and "to X\'s forces" or "air force" as the side', () => {
    expect(relationsIn(["Russia sent troops to Ukraine's border."])).toEqual([]);
    expect(relationsIn(["The deployment of Russian troops to Ukraine's border alarmed NATO."])).toEqual([]);
    expect(relationsIn(["Russia sent weapons to Haftar's forces."])).toEqual(['Russia supports Haftar']);
    expect(relationsIn(["France sent jets to Egypt's air force."])).toEqual(['France supports Egypt']);
  });
});

describe('stopped acts, proxies and aid packages (issue 15)', () => {
  it('reads blocked, vetoed or lifted sanctions and frozen or paused aid as none', () => {
    expect(relationsIn(['Russia vetoed sanctions against Mali.'])).toEqual([]);
    expect(relationsIn(['Beijing has blocked UN sanctions against the Myanmar junta.'])).toEqual([]);
    expect(relationsIn(['The US lifted sanctions on Syria.'])).toEqual([]);
    expect(relationsIn(['Washington froze military aid to Egypt.'])).toEqual([]);
    expect(relationsIn(['The US imposed sanctions on Syria.'])).toEqual(['United States opposes Syria']);
  });
  it('reads fighting "on behalf of" a side as backing it', () => {
    expect(
      relationsIn(['Mali hired Wagner.', 'Wagner mercenaries have fought on behalf of the Malian junta since 2021.']),
    ).toEqual(['Wagner supports Mali']);
  });
  it('reads an aid package "for" a side, past its amount, as given by the verb\'s subject', () => {
    expect(relationsIn(['Washington announced a new $400 million military aid package for Ukraine.'])).toEqual([
      'United States supports Ukraine',
    ]);
    expect(relationsIn(['The EU approved an aid package for Egypt.'])).toEqual(['EU supports Egypt']);
  });
});

describe('"the US" as a subject (issue 15)', () => {
  it('reads the name, though its key is the pronoun "us"', () => {
    expect(relationsIn(['The US has armed Ukraine.'])).toEqual(['United States supports Ukraine']);
    expect(relationsIn(['Britain and the US have armed Syria.'])).toEqual([
      'United Kingdom supports Syria',
      'United States supports Syria',
    ]);
    expect(relationsIn(['Syria thanked the envoy.', 'It said they armed us.'])).toEqual([]);
  });
});

describe('a list of noun phrases as the subject (issue 15)', () => {
  it('reads every side of "X\'s army and Y fighters were ambushed by Z"', () => {
    const context = 'Officials named Tuareg and Wagner.';
    expect(relationsIn([context, "Mali's army and Wagner fighters were ambushed by Tuareg rebels."])).toEqual([
      'Tuareg opposes Mali',
      'Tuareg opposes Wagner',
    ]);
    expect(relationsIn([context, 'Wagner fighters and the Malian army were ambushed by Tuareg rebels.'])).toEqual([
      'Tuareg opposes Mali',
      'Tuareg opposes Wagner',
    ]);
  });
});

describe('model names, group officers and "US forces" (issue 15)', () => {
  const context = 'Officials from Hamas, Hezbollah and the Islamic State met.';
  it('reads a model name before the material as part of it, never as a recipient', () => {
    expect(relationsIn(['Germany will deliver more Leopard tanks to Ukraine.'])).toEqual(['Germany supports Ukraine']);
    expect(relationsIn(['Britain gave the Ukrainian army Challenger tanks.'])).toEqual([
      'United Kingdom supports Ukraine',
    ]);
    expect(relationsIn(['Turkey sold the Ethiopian government Bayraktar drones.'])).toEqual([
      'Turkey supports Ethiopia',
    ]);
  });
  it('reads "a Hezbollah commander" as the group\'s agent', () => {
    expect(relationsIn([context, 'Israel killed a Hezbollah commander in Beirut.'])).toEqual([
      'Israel opposes Hezbollah',
    ]);
    expect(relationsIn([context, 'Israel killed a Hamas leader, the army said.'])).toEqual(['Israel opposes Hamas']);
  });
  it('reads "US forces killed" with "forces" as the noun, and "Russia forces Ukraine to" with it as the verb', () => {
    expect(relationsIn([context, 'US forces killed an Islamic State leader in a raid in northern Syria.'])).toEqual([
      'United States opposes Islamic State',
    ]);
    expect(relationsIn([context, 'UK forces have struck Hezbollah.'])).toEqual(['United Kingdom opposes Hezbollah']);
    expect(relationsIn(['Russia forces Ukraine to retreat.'])).toEqual([]);
  });
});

describe('a response named by its act (issue 15)', () => {
  const context = 'On Sunday, Hezbollah fired rockets at Israel.';
  it('reads "responded/retaliated/hit back with strikes on Y" as the subject striking Y', () => {
    expect(
      relationsIn([context, "Israel responded with strikes on the group's positions in southern Lebanon."]),
    ).toEqual(['Israel opposes Hezbollah']);
    expect(relationsIn([context, 'Iran retaliated with missile strikes on Israel.'])).toEqual(['Iran opposes Israel']);
    expect(relationsIn([context, 'Iran hit back with missile strikes on Israel.'])).toEqual(['Iran opposes Israel']);
    expect(relationsIn([context, 'Iran did not retaliate with strikes on Israel.'])).toEqual([]);
    expect(relationsIn([context, 'Russia was hit with sanctions on Iran.'])).toEqual([]);
  });
});

describe('"the army" of the country the story happens in (issue 15)', () => {
  it('reads a state noun as the scene country when no country dominates the story', () => {
    const texts = [
      'Russia has sent helicopters to Burkina Faso, Russian officials said.',
      'Moscow also trains special forces in Burkina Faso.',
      'Officials named JNIM.',
      'JNIM ambushed a military convoy near Djibo on Sunday.',
    ];
    expect(relationsIn(texts)).toEqual(['JNIM opposes Burkina Faso']);
  });
});

describe('wire phrasing: state forces, labels, naval craft, branch names (issue 15)', () => {
  const scene = 'Russia has sent helicopters to Burkina Faso, officials in Ouagadougou said.';
  it("reads a gendarmerie post as the state's, and a sentence-initial branch name whole", () => {
    expect(
      relationsIn([
        scene,
        'Islamic State Sahel Province, a rival jihadist group, separately attacked a gendarmerie post near the border.',
      ]),
    ).toEqual(['Islamic State Sahel Province opposes Burkina Faso']);
  });
  it('skips the speaker\'s label in "condemned what it called X\'s actions"', () => {
    expect(
      relationsIn(['Officials met.', "The United States condemned what it called China's reckless actions."]),
    ).toEqual(['United States opposes China']);
  });
  it("reads naval craft as material and a coast guard as the state's force", () => {
    expect(relationsIn(['Japan has delivered ten patrol vessels to the Philippine coast guard.'])).toEqual([
      'Japan supports Philippines',
    ]);
  });
  it('reads a participle after a preposition as an adjective ("extend to armed attacks on")', () => {
    expect(
      relationsIn([
        'The Philippine Coast Guard (PCG) said it.',
        'Commitments under the 1951 Mutual Defense Treaty extend to armed attacks on Philippine coast guard vessels.',
      ]),
    ).toEqual([]);
  });
});

describe('"its own troops" and the speaker a pronoun follows (issue 15)', () => {
  const context = [
    'The capture of Nasir by the White Army, a loosely organised militia of Nuer youths, followed.',
    "Officials named the South Sudan People's Defence Forces (SSPDF).",
  ];
  it('reads "its troops" as the forces of the one "its" stands for', () => {
    expect(
      relationsIn([...context, 'The SSPDF said its troops had launched a ground offensive against the militia.']),
    ).toEqual(["South Sudan People's Defence Forces opposes White Army"]);
  });
  it('reads "carried out air strikes in support of Y" as backing Y', () => {
    expect(relationsIn([...context, 'Uganda carried out air strikes in support of the SSPDF.'])).toEqual([
      "Uganda supports South Sudan People's Defence Forces",
    ]);
  });
  it('gives a pronoun after "X said" to X, not to the sentence\'s first name', () => {
    expect(
      relationsIn([
        ...context,
        'Ugandan officials confirmed the strikes, while the SSPDF said its own troops had launched a ground offensive against the militia.',
      ]),
    ).toEqual(["South Sudan People's Defence Forces opposes White Army"]);
  });
});

describe('"the plan" a side proposed (issue 15)', () => {
  it('reads backing for "the plan" as backing the side whose plan the document named', () => {
    const named = "Britain endorsed Morocco's plan for limited self-rule.";
    expect(relationsIn([named, 'France and Spain have since thrown their weight behind the plan.'])).toEqual([
      'France supports Morocco',
      'Spain supports Morocco',
    ]);
    expect(relationsIn(['Britain endorsed the idea.', 'France has since thrown its weight behind the plan.'])).toEqual(
      [],
    );
  });
});

describe('material a side acts with, given by another (issue 15)', () => {
  const context = 'Officials named ISWAP and Nigeria.';
  it('reads "with X aircraft supplied by Y" as Y backing the clause\'s subject, past a time adverb and a target noun', () => {
    expect(
      relationsIn([
        context,
        "Nigeria's air force later launched air strikes on ISWAP positions around Lake Chad with Super Tucano aircraft supplied by the United States.",
      ]),
    ).toEqual(['Nigeria opposes ISWAP', 'United States supports Nigeria']);
    expect(relationsIn([context, 'Nigeria attacked ISWAP with drones supplied by Turkey.'])).toEqual([
      'Nigeria opposes ISWAP',
      'Turkey supports Nigeria',
    ]);
  });
});

describe('a rupture of relations (issue 15)', () => {
  it('reads "severed diplomatic relations with", "cut ties with", "broke off relations with" as opposition', () => {
    expect(
      relationsIn(['Officials named Morocco.', 'Algiers severed diplomatic relations with Rabat in 2021.']),
    ).toEqual(['Algeria opposes Morocco']);
    expect(relationsIn(['Officials named Qatar.', 'Saudi Arabia cut ties with Qatar in 2017.'])).toEqual([
      'Saudi Arabia opposes Qatar',
    ]);
    expect(relationsIn(['Officials named Russia.', 'Moldova refused to cut ties with Russia.'])).toEqual([]);
  });
});

describe('joint military activity (issue 15)', () => {
  it('reads "conducted joint sails with", "held joint exercises with" as military cooperation', () => {
    expect(
      relationsIn([
        'Officials named the Philippines.',
        'Australia has conducted joint sails with the Philippine navy.',
      ]),
    ).toEqual(['Australia supports Philippines']);
    expect(relationsIn(['Officials named Somalia.', 'Turkey held joint exercises with the Somali army.'])).toEqual([
      'Turkey supports Somalia',
    ]);
    expect(
      relationsIn(['Officials named Somalia.', 'Turkey has not held joint exercises with the Somali army.']),
    ).toEqual([]);
  });
});

describe('"the kingdom" and counts of an actor\'s men (issue 15)', () => {
  it('reads "the kingdom" as the last state named whose official name is a kingdom', () => {
    expect(
      relationsIn(['Officials in Yemen and Saudi Arabia met.', 'The kingdom has bombed Houthi positions.']),
    ).toEqual(['Saudi Arabia opposes Houthi']);
    expect(relationsIn(['Officials named Qatar and Egypt.', 'The kingdom has bombed Houthi positions.'])).toEqual([]);
  });
  it('reads "dozens of the insurgents", "several of the group\'s commanders" as the actor\'s men', () => {
    const context = 'On Sunday, ISWAP overran a base in Borno.';
    expect(relationsIn([context, 'Chad said its troops had killed dozens of the insurgents.'])).toEqual([
      'Chad opposes ISWAP',
    ]);
    expect(
      relationsIn([
        'Officials said Hezbollah had fired rockets.',
        "Israel said it killed several of the group's commanders.",
      ]),
    ).toEqual(['Israel opposes Hezbollah']);
  });
});

describe('an armed group named by its members, and its men and places (issue 15)', () => {
  const opening = 'The army said it killed 27 militants of Wilayat Sinai near Rafah.';
  it('reads "the group" as the one whose militants a sentence named, not the speaker described later', () => {
    expect(
      relationsIn([
        opening,
        'The Union of Sinai Tribes, a militia of Bedouin volunteers, said its men had captured four fighters of the group near Arish.',
      ]),
    ).toContain('Union of Sinai Tribes opposes Wilayat Sinai');
    // The name only modifies the noun after it: "a militia of Nuer youths" does not make "Nuer" the militia.
    expect(
      relationsIn([
        'The White Army, a militia of Nuer youths, seized Nasir.',
        "South Sudan's army launched an offensive against the militia.",
      ]),
    ).toEqual(['South Sudan opposes White Army']);
  });
  it('reads "fighters of the group", "positions of the militants" as the group', () => {
    expect(relationsIn([opening, 'Egypt said its jets struck positions of the militants.'])).toEqual([
      'Egypt opposes Wilayat Sinai',
    ]);
  });
  it('reads a speaker whose name holds an organisation word before "of" as an organisation ("its men" is theirs)', () => {
    expect(
      relationsIn([
        'Egypt named Wilayat Sinai.',
        'The Union of Sinai Tribes said its troops had attacked Wilayat Sinai.',
      ]),
    ).toEqual(['Union of Sinai Tribes opposes Wilayat Sinai']);
  });
  it('reads the antecedent of "that" past a noun the dictionary also knows as a verb ("volunteers")', () => {
    expect(
      relationsIn([
        'The Union of Sinai Tribes, a militia of Bedouin volunteers that has fought alongside the Egyptian army since 2015, met.',
      ]),
    ).toEqual(['Union of Sinai Tribes supports Egypt']);
  });
});

describe('fire at, places held by a side, and the head of an organisation name (issue 15)', () => {
  const context = 'Officials named the Arakan Army, Myanmar, the LTTE and Sri Lanka.';
  it('reads "fired X at Y", "fired on Y" as an attack on Y, and "fired its commander" as none', () => {
    expect(relationsIn([context, 'The LTTE fired artillery at Sri Lankan army positions.'])).toEqual([
      'LTTE opposes Sri Lanka',
    ]);
    expect(relationsIn([context, 'Sri Lankan troops fired on LTTE positions.'])).toEqual(['Sri Lanka opposes LTTE']);
    expect(relationsIn([context, 'Sri Lanka fired its army commander.'])).toEqual([]);
  });
  it('reads "positions held by X", "fighters loyal to X" as X', () => {
    expect(relationsIn([context, 'The Myanmar military bombed villages held by the Arakan Army.'])).toEqual([
      'Myanmar opposes Arakan Army',
    ]);
    expect(
      relationsIn([
        'Officials named Bashagha and the GNU.',
        'GNU forces captured several positions held by fighters loyal to Bashagha.',
      ]),
    ).toEqual(['GNU opposes Bashagha']);
  });
  it('reads "the Tigers" as the "Liberation Tigers of Tamil Eelam" a document named', () => {
    expect(
      relationsIn([
        'The army killed the founder of the Liberation Tigers of Tamil Eelam (LTTE).',
        'The Tigers fired artillery at Sri Lankan army positions.',
      ]),
    ).toEqual(['Liberation Tigers of Tamil Eelam opposes Sri Lanka']);
  });
});

describe('wire2-tune phrasing: acting against, coordinated antecedents, idioms of help and delivery (issue 15)', () => {
  it('reads "campaigned / rebelled against X" as opposition, and "campaigned for" as none', () => {
    const context = 'Officials named Ortega and the Civic Alliance.';
    expect(relationsIn([context, "The Civic Alliance has campaigned against Ortega's rule since 2018."])).toEqual([
      'Civic Alliance opposes Ortega',
    ]);
    expect(relationsIn([context, 'The Civic Alliance campaigned for Ortega.'])).toEqual([]);
  });
  it('keeps "for Justice and Democracy" in an organisation\'s name', () => {
    expect(
      relationsIn([
        'Officials named Ortega.',
        'The Civic Alliance for Justice and Democracy, an exiled coalition, has campaigned against Ortega.',
      ]),
    ).toEqual(['Civic Alliance for Justice and Democracy opposes Ortega']);
  });
  it('gives a relative clause to every coordinated name before it', () => {
    expect(
      relationsIn([
        'Officials named Dodik.',
        'Washington and London, which have sanctioned Dodik, said more would follow.',
      ]),
    ).toEqual(['United Kingdom opposes Dodik', 'United States opposes Dodik']);
  });
  it('reads "came to X\'s defence", "rushed to X\'s aid" as support', () => {
    expect(relationsIn(['Officials named Dodik.', "Moscow came to Dodik's defence."])).toEqual([
      'Russia supports Dodik',
    ]);
    expect(relationsIn(['Officials named Serbia.', "Russia rushed to Belgrade's aid."])).toEqual([
      'Russia supports Serbia',
    ]);
  });
  it('reads "took delivery of X from Y" as Y supplying, and "took weapons from Y" as no support', () => {
    const context = 'Officials named Angola.';
    expect(relationsIn([context, 'Angola took delivery of four patrol boats from the United States.'])).toEqual([
      'United States supports Angola',
    ]);
    expect(relationsIn([context, 'The rebels took weapons from the Angolan army.'])).toEqual([]);
  });
  it('reads the subject of "approved sales of X to Y" as the seller, and not of "welcomed the sale"', () => {
    const context = 'Officials named Cyprus and Greece.';
    expect(relationsIn([context, 'Washington approved sales of military equipment to Cyprus.'])).toEqual([
      'United States supports Cyprus',
    ]);
    expect(relationsIn([context, 'Cyprus welcomed the sale of jets to Greece.'])).toEqual([]);
  });
  it('reads satellite imagery shared with a side as intelligence', () => {
    expect(relationsIn(['Officials named Peru.', 'Brazil agreed to share satellite imagery with Peru.'])).toEqual([
      'Brazil supports Peru',
    ]);
  });
});

describe("a state's ruling organ named in apposition (issue 15)", () => {
  it('puts "<country>\'s military rulers, the <Name>" on the country\'s side', () => {
    const catalog = buildEntityCatalog([
      sentence(
        "ECOWAS threatened sanctions on Guinea-Bissau's military rulers, the High Military Command for the Restoration of Order, on Thursday.",
      ),
    ]);
    expect(catalog.sideOf('High Military Command for the Restoration of Order').map((e) => e.name)).toContain(
      'Guinea-Bissau',
    );
    // A name after any other description stays on its own side.
    const other = buildEntityCatalog([
      sentence("ECOWAS met Guinea-Bissau's largest trade union, the National Workers Union, on Thursday."),
    ]);
    expect(other.sideOf('National Workers Union').map((e) => e.name)).toEqual(['National Workers Union']);
  });
});

describe('paid by, a side\'s acts, and "whose" object relatives (issue 15)', () => {
  const context = 'Officials named the MPCP, the Aybar clan, the FLNKS and the CCAT.';
  it('reads "X is paid (for that protection) by Y" as Y funding X, and a paid fine as nothing', () => {
    expect(relationsIn([context, 'The MPCP is paid for that protection by the Aybar clan.'])).toEqual([
      'Aybar supports MPCP',
    ]);
    expect(relationsIn([context, 'The fine was paid by the Aybar clan.'])).toEqual([]);
  });
  it('reads "the actions of X", "the cause of X" as X when backed or condemned', () => {
    expect(relationsIn([context, 'The FLNKS endorsed the actions of the CCAT.'])).toEqual(['FLNKS supports CCAT']);
    expect(relationsIn([context, 'France condemned the actions of the CCAT.'])).toEqual(['France opposes CCAT']);
  });
  it('reads "a network whose actions the FLNKS endorsed" as the FLNKS backing the network', () => {
    expect(
      relationsIn([
        context,
        'The roadblocks were organised by the Field Action Coordination Cell (CCAT), a grassroots network whose actions the FLNKS formally endorsed in August.',
      ]),
    ).toEqual(['FLNKS supports Field Action Coordination Cell']);
  });
});

describe('a bound on a count (issue 15)', () => {
  it('reads "killed more than 300 fighters of X" as it reads "killed 300 fighters of X"', () => {
    expect(
      relationsIn(['Officials named Chad and FACT.', "Chad's army said it had killed more than 300 fighters of FACT."]),
    ).toEqual(['Chad opposes FACT']);
  });
});

describe('military pacts, a national guard, and "has since approved" (issue 15)', () => {
  const context = 'Officials named Mali, Russia, Cyprus, Turkey and Libya.';
  it('reads "signed a defence pact / security cooperation agreement with Y" as backing both ways', () => {
    expect(relationsIn([context, 'Mali has signed a defence pact with Russia.'])).toEqual([
      'Mali supports Russia',
      'Russia supports Mali',
    ]);
    expect(relationsIn([context, 'France signed a security cooperation agreement with Nicosia.'])).toEqual([
      'Cyprus supports France',
      'France supports Cyprus',
    ]);
  });
  it('reads no backing in a trade deal or a pact not signed', () => {
    expect(relationsIn([context, 'Turkey signed a trade agreement with Libya.'])).toEqual([]);
    expect(relationsIn([context, 'Mali has not signed a defence pact with Russia.'])).toEqual([]);
  });
  it('puts a "<demonym> National Guard" on its state\'s side, and reads "has since approved sales of X to Y"', () => {
    const catalog = buildEntityCatalog([sentence('The Cypriot National Guard said on Monday that Cyprus was calm.')]);
    expect(catalog.sideOf('Cypriot National Guard').map((e) => e.name)).toContain('Cyprus');
    expect(
      relationsIn([
        context,
        'The United States has since approved sales of military equipment to the Cypriot National Guard.',
      ]),
    ).toEqual(['United States supports Cypriot National Guard']);
  });
});
