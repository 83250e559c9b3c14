import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/corpus/passage.ts';
import { buildEntityCatalog } from '../../src/brief/entityCatalog.ts';
import {
  type SupportRelation,
  extractSupportRelations,
  relationsBacking,
} from '../../src/brief/extractSupportRelations.ts';

function sentence(text: string, lineStart = 1): Sentence {
  return { file: 'made-up.txt', paragraph: 1, lineStart, lineEnd: lineStart, text };
}

/** Background sentences from which the catalog learns the made-up cast. */
const catalog = buildEntityCatalog(
  [
    'Libyan National Army (LNA) commander Khalifa Haftar visited Cairo on Monday.',
    'The GNA, Libya’s internationally recognized government, rejected the offer.',
    'GNA leader Fayez al-Sarraj travelled to Ankara.',
    'Libya’s Interior Minister Fathi Bashagha met GNA deputy defence minister Salah Namrush.',
    'Presidential spokesperson İbrahim Kalın spoke to reporters.',
    'The Wagner Group is a private military company.',
  ].map((text) => sentence(text)),
);

function extract(text: string, previous: string[] = []): SupportRelation[] {
  return extractSupportRelations(sentence(text), catalog, { previousSentences: previous.map((p) => sentence(p)) });
}

/** "backer -> backed [support]" lines, sorted, for readable assertions. */
function pairs(text: string, previous: string[] = []): string[] {
  return extract(text, previous)
    .map((r) => `${r.backer} -> ${r.backed} [${r.support}]`)
    .sort();
}

describe('active and passive verbs', () => {
  it('reads "X backs Y"', () => {
    expect(pairs('Egypt supports Haftar.')).toEqual(['Egypt -> Khalifa Haftar [backing]']);
    expect(pairs('Turkey backs the GNA.')).toEqual(['Turkey -> GNA [backing]']);
  });

  it('splits coordinated subjects', () => {
    expect(pairs('Egypt and the UAE back Haftar.')).toEqual([
      'Egypt -> Khalifa Haftar [backing]',
      'United Arab Emirates -> Khalifa Haftar [backing]',
    ]);
  });

  it('splits the "by" list of a passive, with or without the Oxford comma', () => {
    const expected = [
      'Egypt -> Khalifa Haftar [backing]',
      'Russia -> Khalifa Haftar [backing]',
      'United Arab Emirates -> Khalifa Haftar [backing]',
    ];
    expect(pairs('Haftar is backed by Egypt, Russia, and the United Arab Emirates.')).toEqual(expected);
    expect(pairs('Haftar is supported by Egypt, Russia and the UAE.')).toEqual(expected);
  });

  it('finds the subject through titles and appositions', () => {
    expect(
      pairs('Meanwhile, Commander of the National Army, Field Marshal KhalifaHaftar, is backed by Egypt.'),
    ).toEqual(['Egypt -> Khalifa Haftar [backing]']);
    expect(pairs('Haftar, the leader of illegal armed forces in eastern Libya, is backed by Russia.')).toEqual([
      'Russia -> Khalifa Haftar [backing]',
    ]);
  });

  it('reads a reduced relative "Y, backed by X" and relative clauses', () => {
    expect(pairs('The LNA, backed by Russia, attacked Tripoli.')).toEqual(['Russia -> Libyan National Army [backing]']);
    expect(pairs('Haftar, who is backed by Russia, attacked Tripoli.')).toEqual(['Russia -> Khalifa Haftar [backing]']);
    expect(pairs('Russia, which backs Haftar, denied the report.')).toEqual(['Russia -> Khalifa Haftar [backing]']);
  });

  it('reads continuing support and dated clauses', () => {
    expect(pairs('Russia continues to support Haftar.')).toEqual(['Russia -> Khalifa Haftar [backing]']);
    expect(pairs('Ankara said it would keep supporting the GNA.')).toEqual(['Turkey -> GNA [backing]']);
    expect(pairs('In 2019 Russia backed Haftar.')).toEqual(['Russia -> Khalifa Haftar [backing]']);
  });

  it('reads funding, arming and training verbs', () => {
    expect(pairs('Qatar funded the GNA.')).toEqual(['Qatar -> GNA [funding]']);
    expect(pairs('The UAE armed Haftar’s forces.')).toEqual(['United Arab Emirates -> Khalifa Haftar [weapons]']);
    expect(pairs('Turkey trained GNA fighters.')).toEqual(['Turkey -> GNA [training]']);
  });
});

describe('compounds and noun forms', () => {
  it('reads "X-backed Y", capitalised or not, resolving descriptive names', () => {
    expect(pairs('Russian-backed Haftar advanced on the capital.')).toEqual(['Russia -> Khalifa Haftar [backing]']);
    expect(pairs('‘Foreign Air Force’ Bombs Turkey-Backed Libya Government Airbase')).toEqual([
      'Turkey -> GNA [backing]',
    ]);
    expect(pairs('The UAE-funded LNA took the town.')).toEqual([
      'United Arab Emirates -> Libyan National Army [funding]',
    ]);
  });

  it('reads possessive and demonym noun forms, with brackets', () => {
    expect(pairs('Russia’s military support for Haftar is growing.')).toEqual([
      'Russia -> Khalifa Haftar [military support]',
    ]);
    expect(pairs('Turkish support for (the GNA) continues.')).toEqual(['Turkey -> GNA [backing]']);
    expect(pairs('Support for Haftar from the UAE has increased.')).toEqual([
      'United Arab Emirates -> Khalifa Haftar [backing]',
    ]);
  });

  it('reads backer nouns', () => {
    expect(pairs('Haftar’s main backers include Egypt and Russia.')).toEqual([
      'Egypt -> Khalifa Haftar [backing]',
      'Russia -> Khalifa Haftar [backing]',
    ]);
    expect(pairs('Qatar, a key backer of the GNA, stayed silent.')).toEqual(['Qatar -> GNA [backing]']);
    expect(pairs('Turkey is the GNA’s main backer.')).toEqual(['Turkey -> GNA [backing]']);
    expect(pairs('Egypt and the UAE, Haftar’s main backers, met in Cairo.')).toEqual([
      'Egypt -> Khalifa Haftar [backing]',
      'United Arab Emirates -> Khalifa Haftar [backing]',
    ]);
  });

  it('reads "the support of X"', () => {
    expect(pairs('Haftar enjoys the support of Egypt and the UAE.')).toEqual([
      'Egypt -> Khalifa Haftar [backing]',
      'United Arab Emirates -> Khalifa Haftar [backing]',
    ]);
    expect(pairs('With the backing of Russia, Haftar launched an offensive.')).toEqual([
      'Russia -> Khalifa Haftar [backing]',
    ]);
  });
});

describe('material support', () => {
  it('reads "X sent/delivered material to Y"', () => {
    expect(pairs('Russia sent at least eight warplanes to renegade commander Haftar.')).toEqual([
      'Russia -> Khalifa Haftar [warplanes]',
    ]);
    expect(pairs('Russia delivered six Soviet-made MiG-29 jets from its base in Syria’s Khmeimim to Haftar.')).toEqual([
      'Russia -> Khalifa Haftar [warplanes]',
    ]);
    expect(pairs('Turkey has sent troops and drones to the GNA.')).toEqual(['Turkey -> GNA [troops]']);
  });

  it('reads "providing air support to" with a role noun referring back', () => {
    expect(
      pairs('Turkey threatened Haftar amid reports that Russia is providing air support to the Libyan commander.'),
    ).toEqual(['Russia -> Khalifa Haftar [air support]']);
  });

  it('reads "supplied Y with" and "Y receives ... from X"', () => {
    expect(pairs('The UAE supplied Haftar with drones.')).toEqual(['United Arab Emirates -> Khalifa Haftar [drones]']);
    expect(pairs('Haftar receives air support from Russia.')).toEqual(['Russia -> Khalifa Haftar [air support]']);
    expect(pairs('Turkey warns it will target Libya’s Haftar as commander receives air support from Russia')).toEqual([
      'Russia -> Khalifa Haftar [air support]',
    ]);
  });

  it('requires something material to be sent', () => {
    expect(pairs('Turkey has sent its defence minister and its chief of staff to Libya to speak with Sarraj.')).toEqual(
      [],
    );
  });

  it('reads a purpose clause, carrying the subject over "and" and resolving "it"', () => {
    const relations = pairs(
      'Turkey backs the GNA, Libya’s internationally recognized government, and has signed a military cooperation agreement to help it repel Haftar’s offensive.',
    );
    expect(relations).toEqual(['Turkey -> GNA [backing]', 'Turkey -> GNA [military cooperation]']);
  });
});

describe('reported claims', () => {
  it('keeps a trailing speaker', () => {
    const [relation] = extract(
      'Russia sent at least eight warplanes to renegade commander Haftar, Libya’s Interior Minister Fathi Bashagha has said.',
    );
    expect(relation?.reportedBy).toBe('Fathi Bashagha');
    const [told] = extract('Russia delivered two warplanes to Haftar, Bashagha told Bloomberg.');
    expect(told?.reportedBy).toBe('Fathi Bashagha');
  });

  it('keeps a speaker after a quotation', () => {
    const [relation] = extract(
      '"Turkish support for (the GNA) continues in the areas of military and security cooperation", said GNA deputy defence minister Salah Namrush.',
    );
    expect(relation).toMatchObject({ backer: 'Turkey', backed: 'GNA', reportedBy: 'Salah Namrush' });
  });

  it('keeps leading speakers, "according to" and unattributed reports', () => {
    expect(extract('Kalın said that Turkey supports the GNA.')[0]?.reportedBy).toBe('İbrahim Kalın');
    expect(extract('According to Bloomberg, Egypt backs Haftar.')[0]?.reportedBy).toBe('Bloomberg');
    expect(extract('Egypt backs Haftar, according to diplomats.')[0]?.reportedBy).toBe('diplomats');
    expect(
      extract('Turkey said it won’t bow to threats amid reports that Russia is providing air support to Haftar.')[0]
        ?.reportedBy,
    ).toBe('reports');
    expect(extract('Russia reportedly sent mercenaries to Haftar.')[0]).toMatchObject({
      support: 'mercenaries',
      reportedBy: 'reports',
    });
  });

  it('treats an accusation as the accuser’s claim', () => {
    expect(extract('Turkey accused the UAE of arming Haftar.')).toEqual([
      expect.objectContaining({
        backer: 'United Arab Emirates',
        backed: 'Khalifa Haftar',
        support: 'weapons',
        reportedBy: 'Turkey',
      }),
    ]);
  });

  it('reads coordinated gerunds and gerunds that are also nouns as the accused’s acts', () => {
    const claims = (text: string) => [
      ...new Set(extract(text).map((r) => `${r.backer} -> ${r.backed} (${r.reportedBy ?? 'fact'})`)),
    ];
    expect(claims('Turkey accused the UAE of funding Haftar.')).toEqual([
      'United Arab Emirates -> Khalifa Haftar (Turkey)',
    ]);
    // The accuser is never the backer of the second gerund's object.
    expect(claims('Turkey accused the UAE of financing and training Haftar’s forces.')).toEqual([
      'United Arab Emirates -> Khalifa Haftar (Turkey)',
    ]);
    expect(claims('Turkey accused the UAE of arming, funding and training Haftar.')).toEqual([
      'United Arab Emirates -> Khalifa Haftar (Turkey)',
    ]);
    expect(claims('Egypt criticised the funding of Haftar.')).toEqual([]);
  });

  it('lowers confidence for reported and hedged claims', () => {
    const [fact] = extract('Russia backs Haftar.');
    const [reported] = extract('Russia backs Haftar, Bashagha said.');
    const [hedged] = extract('Russia could back Haftar.');
    expect(fact?.confidence).toBeGreaterThan(reported?.confidence ?? 1);
    expect(fact?.confidence).toBeGreaterThan(hedged?.confidence ?? 1);
  });
});

describe('what is not support', () => {
  it.each([
    'Turkey warned that it will target Haftar.',
    'Turkey threatened Haftar.',
    'Egyptian air forces carried out the raid.',
    'Ankara has repeatedly urged world powers to stop supporting Haftar’s forces, which it deems as “putschists.”',
    'Turkey urged Russia to back the GNA.',
    'Egypt does not support Haftar.',
    'Egypt doesn’t back Haftar.',
    'Russia denied backing Haftar.',
    'Russia denied that it supports Haftar.',
    'Russia stopped supporting Haftar.',
    'Italy ended its support for Haftar.',
    'Turkey called for an end to Russian support for Haftar.',
    'Turkey condemned the attack by Haftar’s forces on the GNA.',
    'The putschist Haftar and his supporters intend to escalate the conflict.',
    'The threats come in the wake of deployment of new warplanes in eastern Libya by foreign support.',
    'We will always support our allies.',
    'Turkey sent warplanes to bomb Haftar’s forces.',
    'Russia gave Haftar an ultimatum.',
    'Egypt is not Haftar’s backer.',
    'Moscow denies sending mercenaries to Libya.',
  ])('%s', (text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('never records "world powers" as a backer', () => {
    expect(extract('World powers support the GNA.').map((r) => r.backer)).not.toContain('world powers');
  });
});

describe('output', () => {
  it('returns several relations from one sentence, strongest first, citing the sentence', () => {
    const text = 'Turkey backs the GNA, while Russia reportedly sent warplanes to Haftar.';
    const relations = extract(text);
    expect(relations.map((r) => r.backer)).toEqual(['Turkey', 'Russia']);
    expect(relations[0]?.confidence).toBeGreaterThanOrEqual(relations[1]?.confidence ?? 1);
    expect(relations.every((r) => r.sentence.text === text && r.confidence > 0 && r.confidence <= 1)).toBe(true);
  });

  it('resolves "it" across sentences only as a subject', () => {
    expect(pairs('It has also sent drones to the GNA.', ['Turkey is the GNA’s closest ally.'])).toEqual([
      'Turkey -> GNA [drones]',
    ]);
  });

  it('collects backers of a whole side', () => {
    const relations = [
      ...extract('Russia backs the LNA.'),
      ...extract('Egypt backs Haftar.'),
      ...extract('Turkey backs the GNA.'),
    ];
    expect(
      relationsBacking(relations, 'Haftar', catalog)
        .map((r) => r.backer)
        .sort(),
    ).toEqual(['Egypt', 'Russia']);
  });
});

describe('idioms, patronage frames and dependence', () => {
  it('reads idioms and light-verb phrases of support, with their object after the phrase', () => {
    expect(pairs('Egypt has sided with Haftar.')).toEqual(['Egypt -> Khalifa Haftar [political support]']);
    expect(pairs('Turkey threw its weight behind the GNA.')).toEqual(['Turkey -> GNA [political support]']);
    expect(pairs('Russia came to the aid of Haftar last year.')).toEqual(['Russia -> Khalifa Haftar [assistance]']);
    expect(pairs('Egypt and Russia stood with Haftar.')).toEqual([
      'Egypt -> Khalifa Haftar [political support]',
      'Russia -> Khalifa Haftar [political support]',
    ]);
  });

  it('does not read an idiom that is negated, refused, or has no actor as its object', () => {
    expect(pairs('Egypt refused to side with Haftar.')).toEqual([]);
    expect(pairs('Egypt did not stand with Haftar.')).toEqual([]);
    expect(pairs('Turkey stood by its decision.')).toEqual([]);
    expect(pairs('Turkey threw a party for Haftar.')).toEqual([]);
  });

  it('reads patronage framed by a preposition inside a clause', () => {
    expect(pairs('The GNA operated from Tripoli with the protection of Turkey.')).toEqual([
      'Turkey -> GNA [protection]',
    ]);
    expect(pairs('The Wagner Group, which is on the payroll of Russia, fought near Tripoli.')).toEqual([
      'Russia -> Wagner Group [funding]',
    ]);
    expect(pairs('The GNA did not operate with the protection of Turkey.')).toEqual([]);
  });

  it('reads dependence on help from a giver, and survival on it', () => {
    expect(pairs('The GNA is heavily dependent on budget support from Turkey.')).toEqual(['Turkey -> GNA [funding]']);
    expect(pairs('The GNA has survived since 2019 on loans from Turkey.')).toEqual(['Turkey -> GNA [funding]']);
    expect(pairs('Haftar lived on the border with Egypt.')).toEqual([]);
  });

  it('reads the buyer of arms and the supplier as a backer noun', () => {
    expect(pairs('The GNA bought drones from Turkey.')).toEqual(['Turkey -> GNA [drones]']);
    expect(pairs('Russia, Haftar’s main arms supplier, called for calm.')).toEqual([
      'Russia -> Khalifa Haftar [backing]',
    ]);
  });

  it("reads paying a side's running costs as funding it, and no other payment", () => {
    expect(pairs('Turkey pays the salaries of the GNA’s fighters.')).toEqual(['Turkey -> GNA [funding]']);
    expect(pairs('Russia helped pay more than half of Haftar’s wages.')).toEqual([
      'Russia -> Khalifa Haftar [funding]',
    ]);
    expect(pairs('Egypt paid a visit to Haftar.')).toEqual([]);
    expect(pairs('Haftar paid Egypt for the jets.')).toEqual([]);
    expect(pairs('Egypt has stopped paying the salaries of Haftar’s fighters.')).toEqual([]);
  });

  it('keeps an accused payer as the claim it is, and a negated frame out', () => {
    const [accused] = extract('The GNA accused Egypt of paying the salaries of Haftar’s fighters.');
    expect(accused && [accused.backer, accused.backed, accused.reportedBy]).toEqual(['Egypt', 'Khalifa Haftar', 'GNA']);
    expect(pairs('The Wagner Group is not on the payroll of Russia.')).toEqual([]);
  });

  it('reads a reduced relative on the thing moved, and counting on a supplier', () => {
    expect(pairs('Drones supplied to the GNA by Turkey arrived in May.')).toEqual(['Turkey -> GNA [drones]']);
    expect(pairs('The GNA counts on Turkey for drones.')).toEqual(['Turkey -> GNA [drones]']);
  });

  it('keeps a purpose clause as hypothetical as the verb it depends on', () => {
    expect(pairs('Egypt would send troops to help Haftar only if the GNA advanced.')).toEqual([]);
  });
});
