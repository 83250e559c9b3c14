/**
 * The general mechanisms behind who-backs on unseen news: every country from the data package,
 * aliases the text states, generic nouns resolved to the document's actor, allies, proxies,
 * reliance, fighting alongside, and what is not support (a name holding a support word, past
 * backing). Each sentence is made up here; none is from the development set.
 */
import { describe, expect, it } from 'vitest';
import { madeUpSentence, relationsOfLastText } from '../support/relationsOfLastText.ts';
import { buildEntityCatalog } from '../../src/brief/entityCatalog.ts';
import { extractRelations, extractSupportRelations } from '../../src/brief/extractSupportRelations.ts';

const sentence = madeUpSentence;

/** Support relations of the last text, the earlier ones read first as the same document. */
function pairsIn(texts: string[]): string[] {
  const supports = relationsOfLastText(texts).filter((r) => r.stance === 'supports');
  return [...new Set(supports.map((r) => `${r.backer} -> ${r.backed}`))].sort();
}

describe('countries from world-countries, with the curated overrides', () => {
  const catalog = buildEntityCatalog([]);
  it('knows capitals and demonyms beyond the curated list', () => {
    expect(catalog.resolve('Baku')?.name).toBe('Azerbaijan');
    expect(catalog.resolve('Malian')?.name).toBe('Mali');
    expect(catalog.resolve('Kigali')?.name).toBe('Rwanda');
    expect(catalog.resolve('DRC')?.name).toBe('DR Congo');
  });
  it('keeps "Turkey" as the name shown and leaves Tripoli unmapped', () => {
    expect(catalog.resolve('Türkiye')?.name).toBe('Turkey');
    expect(catalog.resolve('Tripoli')).toBeNull();
  });
  it('turns a capital in a list into its country: "the juntas in Bamako, Ouagadougou and Niamey"', () => {
    expect(pairsIn(['Moscow pledged support for the juntas in Bamako, Ouagadougou and Niamey.'])).toEqual([
      'Russia -> Burkina Faso',
      'Russia -> Mali',
      'Russia -> Niger',
    ]);
  });
});

describe('actors', () => {
  it('merges a name the text says is also known as another', () => {
    const catalog = buildEntityCatalog([
      sentence('The Zarqan Brigades, also known as the Blue Hand, seized the port.'),
    ]);
    expect(catalog.resolve('Blue Hand')?.name).toBe(catalog.resolve('Zarqan Brigades')?.name);
  });
  it('merges singular and plural forms of a name', () => {
    const catalog = buildEntityCatalog([
      sentence('The Kavari rebels took the town.'),
      sentence('Kavaris fired rockets on Tuesday.'),
    ]);
    expect(catalog.resolve('Kavaris')?.name).toBe(catalog.resolve('Kavari')?.name);
  });
  it('resolves "the junta" to the country the document described with it', () => {
    expect(
      pairsIn(["Mali's military junta expelled the envoy.", 'Russian instructors have trained the junta since May.']),
    ).toEqual(['Russia -> Mali']);
  });
  it('resolves "the group" to the organisation named just before', () => {
    expect(
      pairsIn(['The Sahel Liberation Front (SLF) attacked a convoy.', 'Algeria has funded the group since 2019.']),
    ).toEqual(['Algeria -> Sahel Liberation Front']);
  });
});

describe('constructions', () => {
  it('reads an appositive ally and a proxy', () => {
    expect(pairsIn(['Belarus, Moscow’s closest ally, opened its airspace.'])).toEqual(['Belarus -> Russia']);
    expect(pairsIn(['The Kavari movement is widely seen as a proxy of Iran.'])).toEqual(['Iran -> Kavari']);
  });
  it('reads reliance with several suppliers', () => {
    expect(pairsIn(['Myanmar relies on Russia and China for jets and on India for artillery.'])).toEqual([
      'China -> Myanmar',
      'India -> Myanmar',
      'Russia -> Myanmar',
    ]);
  });
  it('reads reliance qualified by an adverb', () => {
    expect(pairsIn(['Myanmar relies heavily on Russia for jets.'])).toEqual(['Russia -> Myanmar']);
  });
  it('reads a passive raised by a verb of saying or believing, as hearsay', () => {
    const raised = relationsOfLastText(['The Kavari Front is widely believed to be armed by Uganda.']);
    expect(raised.map((r) => `${r.backer} -> ${r.backed} (${r.reportedBy})`)).toEqual([
      'Uganda -> Kavari Front (reports)',
    ]);
    expect(pairsIn(['The Kavari Front is not believed to be armed by Uganda.'])).toEqual([]);
  });
  it('reads support owned by a possessor or a demonym: "has Uganda’s backing", "With Russian help,"', () => {
    expect(pairsIn(['The Kavari Front has Uganda’s backing.'])).toEqual(['Uganda -> Kavari Front']);
    expect(pairsIn(['The Kavari Front enjoys Ugandan support.'])).toEqual(['Uganda -> Kavari Front']);
    expect(pairsIn(['With Russian help, Syria retook Aleppo.'])).toEqual(['Russia -> Syria']);
    expect(pairsIn(['The Kavari Front does not have Uganda’s backing.'])).toEqual([]);
    expect(pairsIn(['The Kavari Front lost Ugandan support.'])).toEqual([]);
  });
  it('reads forces sent "in support of" a side, not a resolution or a march', () => {
    expect(pairsIn(['Uganda has deployed soldiers in support of the Kavari Front.'])).toEqual([
      'Uganda -> Kavari Front',
    ]);
    expect(pairsIn(['Russia vetoed a resolution in support of the Kavari Front.'])).toEqual([]);
    expect(pairsIn(['Uganda has not sent troops in support of the Kavari Front.'])).toEqual([]);
  });
  it('reads the recipient as the direct object of "supply", alone or accused', () => {
    expect(pairsIn(['Uganda supplies the Kavari Front.'])).toEqual(['Uganda -> Kavari Front']);
    expect(pairsIn(['Uganda has been accused by UN experts of supplying the Kavari Front.'])).toEqual([
      'Uganda -> Kavari Front',
    ]);
    expect(pairsIn(['Uganda stopped supplying the Kavari Front.'])).toEqual([]);
    expect(pairsIn(['Uganda supplied the Kavari Front’s rivals.'])).toEqual([]);
  });
  it('reads a patron named by a demonym in a frame, and patronage as a support noun', () => {
    expect(pairsIn(['The Kavari Front took the town with Ugandan backing.'])).toEqual(['Uganda -> Kavari Front']);
    expect(pairsIn(['The Kavari Front has long enjoyed Ugandan patronage.'])).toEqual(['Uganda -> Kavari Front']);
    expect(pairsIn(['The Kavari Front took the town without Ugandan backing.'])).toEqual([]);
  });
  it('resolves "the separatist region" to the region the article named, not a bare "the region"', () => {
    expect(
      pairsIn(['Transnistria declared an emergency.', 'The separatist region has relied on Moscow for gas.']),
    ).toEqual(['Russia -> Transnistria']);
    expect(pairsIn(['Transnistria declared an emergency.', 'The region has relied on Moscow for gas.'])).toEqual([]);
  });
  it('reads fighting alongside', () => {
    expect(pairsIn(['Eritrean troops fought alongside Ethiopian federal forces.'])).toEqual(['Eritrea -> Ethiopia']);
  });
  it('reads the subject across a relative clause', () => {
    expect(
      pairsIn(['Saudi Arabia, which led a coalition against the rebels for years, backs the Aden government.']),
    ).toContain('Saudi Arabia -> Aden');
  });
  it('does not read a support word inside a name, nor past backing', () => {
    expect(pairsIn(["Sudan's Rapid Support Forces seized the town."])).toEqual([]);
    expect(pairsIn(['France, which once backed the government in Bamako, left in 2022.'])).toEqual([]);
  });
});

describe('passives, lists and state forces', () => {
  it('reads a passive in a relative clause with an adverbial before "by", and after a dash', () => {
    expect(pairsIn(['The Chadian army, which has been supported for decades by France, moved south.'])).toEqual([
      'France -> Chad',
    ]);
    expect(pairsIn(['Soldiers of the Chadian army — which is funded by Qatar and Turkey — moved south.'])).toEqual([
      'Qatar -> Chad',
      'Turkey -> Chad',
    ]);
  });
  it('reads a list of agents named by what their states send, and a count of troops', () => {
    expect(pairsIn(['The Zembla Front is supported by Ugandan troops and Egyptian money.'])).toEqual([
      'Egypt -> Zembla Front',
      'Uganda -> Zembla Front',
    ]);
    expect(pairsIn(['The Zembla Front, backed by thousands of Rwandan troops, seized the town.'])).toEqual([
      'Rwanda -> Zembla Front',
    ]);
  });
  it('reads a relative clause on a description in apposition, and a suspicion as a claim', () => {
    expect(pairsIn(['The Zembla Front, a rebel militia that fights alongside the Chadian army, attacked.'])).toEqual([
      'Zembla Front -> Chad',
    ]);
    const suspected = relationsOfLastText(['The Kavari Front is suspected of supplying drones to the Zembla Front.']);
    expect(suspected.map((r) => `${r.backer} -> ${r.backed} (${r.reportedBy})`)).toEqual([
      'Kavari Front -> Zembla Front (accusations)',
    ]);
  });
  it('reads a recipient named by a generic noun before the material, and a possessor as the one supported', () => {
    expect(
      pairsIn([
        'The Zembla Joint Task Force patrols the lake.',
        'Cameroon has given the force armoured personnel carriers.',
      ]),
    ).toEqual(['Cameroon -> Zembla Joint Task Force']);
    expect(pairsIn(["Morocco's autonomy plan has the support of France and Spain."])).toEqual([
      'France -> Morocco',
      'Spain -> Morocco',
    ]);
    expect(pairsIn(['Chad is trained by Rwandan and Portuguese instructors, the European Union said.'])).toEqual([
      'Portugal -> Chad',
      'Rwanda -> Chad',
    ]);
  });
  it('reads backing of an operation as backing of who conducts it, and keeping a side in power', () => {
    expect(pairsIn(["The Zembla Front's forces pressed an offensive backed by Moscow and Tehran."])).toEqual([
      'Iran -> Zembla Front',
      'Russia -> Zembla Front',
    ]);
    expect(pairsIn(['Iran has kept the Zembla Front in power with credit lines and oil.'])).toEqual([
      'Iran -> Zembla Front',
    ]);
    expect(pairsIn(['Russia propped up the Zembla Front for a decade.'])).toEqual(['Russia -> Zembla Front']);
    expect(pairsIn(['Iran has not kept the Zembla Front in power.'])).toEqual([]);
  });
  it('reads long wire sentences: a time phrase or a reporting clause in a relative, an amount before the material', () => {
    expect(pairsIn(['Britain, which last year pledged 3 billion pounds a year to Chad, urged restraint.'])).toEqual([
      'United Kingdom -> Chad',
    ]);
    expect(
      pairsIn(['The Zembla Front, which the United Nations says is backed by some 4,000 Rwandan troops, denies it.']),
    ).toEqual(['Rwanda -> Zembla Front']);
    expect(
      pairsIn([
        'The United States, which has given Chad more than $6 billion in military assistance since 2022, spoke.',
      ]),
    ).toEqual(['United States -> Chad']);
  });
  it('reads lists closed by a description or "as well as", a fronted participle, "with help from" and "and of"', () => {
    expect(
      pairsIn(['Chad is backed by an African Union force of 12,000 troops, US drones and Turkish-trained units.']),
    ).toEqual(['African Union -> Chad', 'United States -> Chad']);
    expect(pairsIn(['Chad is backed by African Union peacekeepers as well as American drones.'])).toEqual([
      'African Union -> Chad',
      'United States -> Chad',
    ]);
    expect(pairsIn(["Backed by Rwandan troops, Chad's army retook the port."])).toEqual(['Rwanda -> Chad']);
    expect(pairsIn(['With help from Rwandan instructors, Chadian forces retook the port.'])).toEqual([
      'Rwanda -> Chad',
    ]);
    expect(pairsIn(["Chad's plan has the support of France, which helped draft it, and of Spain."])).toEqual([
      'France -> Chad',
      'Spain -> Chad',
    ]);
    expect(pairsIn(['The Zembla Front, the Iran-backed group, fired rockets.'])).toEqual(['Iran -> Zembla Front']);
  });
  it('reads a reduced relative or "whose" before the verb, troops "from neighbouring X", ranges and amounts', () => {
    expect(pairsIn(['Rwandan troops deployed in 2021 helped Chad retake the port.'])).toEqual(['Rwanda -> Chad']);
    expect(pairsIn(['Rwanda, whose troops helped Chad retake the port, said so.'])).toEqual(['Rwanda -> Chad']);
    expect(pairsIn(['The Zembla Front is backed by fighters from neighbouring Nigeria.'])).toEqual([
      'Nigeria -> Zembla Front',
    ]);
    expect(pairsIn(['The Zembla Front is supported by an estimated 3,000 to 4,000 Rwandan troops.'])).toEqual([
      'Rwanda -> Zembla Front',
    ]);
    expect(pairsIn(['France, which has pledged €20m in security assistance for Chad, urged dialogue.'])).toEqual([
      'France -> Chad',
    ]);
    expect(pairsIn(['Rwandan troops were credited with helping Chad retake the port.'])).toEqual(['Rwanda -> Chad']);
  });
  it('reads verbs in a list sharing one object, an -ing reduced relative, and air strikes among the means', () => {
    expect(pairsIn(['Belgium funds, trains and equips the Zembla Front, officials say.'])).toEqual([
      'Belgium -> Zembla Front',
    ]);
    expect(
      pairsIn([
        'The Kavari Front said the Zembla Front, a rival faction fighting alongside the Kavari Front, had split.',
      ]),
    ).toEqual(['Zembla Front -> Kavari Front']);
    expect(pairsIn(['Chad is backed by African Union troops and US air strikes.'])).toEqual([
      'African Union -> Chad',
      'United States -> Chad',
    ]);
  });
  it('reads a backing verb the word vectors proposed, and none of them is an opposing verb', async () => {
    expect(pairsIn(['Qatar underwrote the Zembla Front for years.'])).toEqual(['Qatar -> Zembla Front']);
    const { GENERALISED_BACKING_CUES } = await import('../../src/brief/lexicon/supportLexicon.ts');
    const { OPPOSING_VERBS } = await import('../../src/brief/lexicon/oppositionLexicon.ts');
    expect(GENERALISED_BACKING_CUES.flatMap((cue) => cue.forms).filter((form) => OPPOSING_VERBS.has(form))).toEqual([]);
  });
  it('leaves out a hypothetical reported with "would ... if" and a transfer of nothing', () => {
    expect(pairsIn(['Iran said it would help Chad only if asked.'])).toEqual([]);
    expect(pairsIn(['The Zembla Front receives no help from Ankara, officials insist.'])).toEqual([]);
    expect(pairsIn(['Turkey said it would keep supporting Chad.'])).toEqual(['Turkey -> Chad']);
  });
  it('does not carry a list on past an item that does not end with its name', () => {
    expect(
      pairsIn(['Rwandan troops helped the Chadian army push the rebels out of Zembla City and Kavari Town.']),
    ).toEqual(['Rwanda -> Chad']);
  });
  it("reads a name with a possessive inside it as one name: the Zembla People's Defence Forces", () => {
    expect(
      pairsIn([
        "The Zembla People's Defence Forces (ZPDF) said so.",
        "The Zembla People's Defence Forces are supported by Ugandan troops.",
      ]),
    ).toEqual(["Uganda -> Zembla People's Defence Forces"]);
  });
  it("puts a state's armed forces on the country's side, but not a movement named after it", async () => {
    const { buildSupportGraph, answerWhoBacks } = await import('../../src/brief/whoBacks.ts');
    const texts = [
      'The Lebanese Armed Forces, which are funded by Qatar, deployed.',
      'Iran backs the Lebanese Liberation Army, a militia.',
    ];
    const passages = texts.map((text, i) => ({
      id: i + 1,
      file: 'made-up.txt',
      title: '',
      published: null,
      page: null,
      paragraph: i + 1,
      lineStart: i + 1,
      lineEnd: i + 1,
      text,
      role: 'body' as const,
      heading: null,
      sentences: [madeUpSentence(text, i + 1)],
    }));
    const graph = await buildSupportGraph(passages);
    expect(answerWhoBacks(graph, 'Lebanon', 'backers', new Map()).backers.map((b) => b.name)).toEqual(['Qatar']);
  });
});

describe('opposition, kept apart from support', () => {
  function opposing(text: string): string[] {
    const catalog = buildEntityCatalog([sentence(text)]);
    return extractRelations(sentence(text), catalog)
      .filter((r) => r.stance === 'opposes')
      .map((r) => `${r.backer} -> ${r.backed} [${r.support}]`)
      .sort();
  }
  it('reads strikes, sanctions, threats and condemnations', () => {
    expect(opposing('Russian warplanes bombed positions of the Kavari Front on Tuesday.')).toEqual([
      'Russia -> Kavari Front [strikes]',
    ]);
    expect(opposing('The United States and Japan imposed sanctions on North Korea.')).toEqual([
      'Japan -> North Korea [sanctions]',
      'United States -> North Korea [sanctions]',
    ]);
    expect(opposing('Iran warned Azerbaijan against any attack.')).toEqual(['Iran -> Azerbaijan [warnings]']);
  });
  it('reads projectiles fired at a side and strikes that hit its positions', () => {
    expect(opposing('The Kavari Front fired rockets at Ugandan peacekeepers near the border.')).toEqual([
      'Kavari Front -> Uganda [attacks]',
    ]);
    expect(opposing('Turkish drone strikes hit Kavari Front positions overnight.')).toEqual([
      'Turkey -> Kavari Front [strikes]',
    ]);
  });
  it('reads a participle that describes what was hit: "struck suspected hideouts of"', () => {
    expect(opposing('Turkish drones struck suspected hideouts of the Kavari Front on Tuesday.')).toEqual([
      'Turkey -> Kavari Front [strikes]',
    ]);
    expect(opposing('Turkish drones struck suspected Kavari Front hideouts on Tuesday.')).toEqual([
      'Turkey -> Kavari Front [strikes]',
    ]);
  });
  it('reads a call for sanctions as opposition, but not a refusal to call for them', () => {
    expect(opposing('Belgium pushed for sanctions on Rwanda.')).toEqual(['Belgium -> Rwanda [sanctions]']);
    expect(opposing('Hungary refused to push for sanctions on Russia.')).toEqual([]);
  });
  it('resolves the police and the army of a target to the force the document named', () => {
    const opposers = relationsOfLastText([
      'The Zembla National Police Force said it was on alert.',
      'Kavari Front fighters attacked two police stations in the north.',
    ]).filter((r) => r.stance === 'opposes');
    expect(opposers.map((r) => `${r.backer} -> ${r.backed}`)).toEqual(['Kavari Front -> Zembla National Police Force']);
  });
  it('leaves out denials, refusals and requests to stop', () => {
    expect(opposing('Israel has not attacked Russian forces in Syria.')).toEqual([]);
    expect(opposing('Kazakhstan said it would not join sanctions against Russia.')).toEqual([]);
    expect(opposing('France urged Israel to stop bombing Lebanon.')).toEqual([]);
  });
  it('never reports an attack as support', () => {
    const text = 'Turkey threatened to strike the Kavari Front.';
    expect(extractSupportRelations(sentence(text), buildEntityCatalog([sentence(text)]))).toEqual([]);
  });
});
