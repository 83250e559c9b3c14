/**
 * Who supports whom, read off single sentences without a language model.
 *
 * The sentence is tokenised, the catalog marks entity mentions, and a handful of linguistically
 * motivated patterns are tried around support words (verb lemmas, noun forms, "-backed"
 * compounds):
 *
 *  - active verbs      "X backs/supports/funds/arms/trains Y"
 *  - passive verbs     "Y is backed by A, B, and C" (lists split), "Y, backed by X, ..."
 *  - material transfer "X sent/delivered/supplied warplanes ... to Y", "X is providing air support
 *                      to Y", "X supplied Y with weapons", "Y receives air support from X"
 *  - purpose clauses   "X signed a military cooperation agreement to help it" (subject carried
 *                      over a coordinated verb, "it" resolved to the earlier object)
 *  - noun forms        "X's support for Y", "Turkish support for (the GNA)", "support for Y from X"
 *  - backer nouns      "Y's backers include A and B", "X, a key backer of Y"
 *  - compounds         "X-backed Y", "Turkey-Backed Libya Government"
 *  - accusations       "Z accused X of arming Y" (a claim by Z)
 *
 * What is NOT support: attacks, threats, warnings (never triggers); negation ("does not support",
 * "denied backing", "stopped supporting", "an end to X's support"); requests ("urged world
 * powers to stop supporting Y": neither the urger nor the urged is recorded); vague backers
 * ("foreign support", "his supporters", "world powers") because they resolve to no entity.
 *
 * Reported claims keep who made them: "..., said Z", "Z said (that) ...", "according to Z",
 * "Z told Bloomberg", "amid reports that ..." (reportedBy "reports").
 *
 * Cost: a sentence without a support word is rejected after tokenising; the rest is a few linear
 * scans over the tokens. No tagger runs (compromise's lexicon is used as a dictionary only).
 */
import type { Sentence } from '../corpus/passage.ts';
import type { EntityCatalog } from './entityCatalog.ts';
import {
  BACKER_NOUNS,
  BACKING_VERBS,
  CLIENT_NOUNS,
  AGREEMENT_NOUNS,
  compoundSuffix,
  RELIANCE_VERBS,
  isSupportCue,
  KEEPING_VERBS,
  PATRONAGE_FRAMES,
  PAYING_VERBS,
  PHRASAL_BACKING_VERBS,
  RECEIVING_VERBS,
  SUPPORT_NOUNS,
  materialKind,
  TRANSFER_NOUNS,
  TRANSFER_VERBS,
} from './lexicon/supportLexicon.ts';
import { tokenize } from './lexicon/tokenize.ts';
import { frameFor } from './relations/reportingFrames.ts';
import { type Finding, SentenceReader, type SupportContext } from './relations/sentenceReader.ts';
import {
  HITTING_VERBS,
  isOppositionCue,
  OPPOSING_VERBS,
  OPPOSITION_NOUNS,
  opensTarget,
} from './lexicon/oppositionLexicon.ts';
import { alongside } from './relations/patterns/alongside.ts';
import { cooperationAgreement } from './relations/patterns/cooperationAgreement.ts';
import { opposingVerb } from './relations/patterns/opposingVerb.ts';
import { hostileActHits, oppositionNoun } from './relations/patterns/oppositionNoun.ts';
import { backerNoun } from './relations/patterns/backerNoun.ts';
import { keptInPower } from './relations/patterns/keptInPower.ts';
import { relianceVerb } from './relations/patterns/relianceVerb.ts';
import { backingVerb } from './relations/patterns/backingVerb.ts';
import { compound } from './relations/patterns/compound.ts';
import { receivingVerb } from './relations/patterns/receivingVerb.ts';
import { patronageFrame } from './relations/patterns/patronageFrame.ts';
import { payingVerb } from './relations/patterns/payingVerb.ts';
import { phrasalVerb } from './relations/patterns/phrasalVerb.ts';
import { supportNoun } from './relations/patterns/supportNoun.ts';
import { transferNoun } from './relations/patterns/transferNoun.ts';
import { transferVerb } from './relations/patterns/transferVerb.ts';

export type { SupportContext } from './relations/sentenceReader.ts';

export interface SupportRelation {
  /** Canonical name of the supporter. */
  backer: string;
  /** Canonical name of the supported entity, as the sentence names it (see relationsBacking for sides). */
  backed: string;
  /** Kind of support: "backing", "air support", "warplanes", "military cooperation", "funding", "weapons", "troops", ... */
  support: string;
  /** Who made the claim when the sentence reports it ("Fathi Bashagha", "reports"); null when stated as fact. */
  reportedBy: string | null;
  /** 0..1; lower for reported, hedged, coreference-resolved or ambiguous readings. */
  confidence: number;
  sentence: Sentence;
  /** The pattern that produced it ("transfer-verb/to", "compound"): a wrong relation points to its rule. */
  pattern: string;
  /** The word that triggered the pattern, as written ("backed", "Turkey-Backed"). */
  cue: string;
  /**
   * 'supports', or 'opposes' for attacks, strikes, threats, sanctions and condemnations: then
   * `backer` is the opponent, `backed` the one opposed and `support` the kind ("strikes").
   */
  stance: 'supports' | 'opposes';
}

/** Support relations stated in one sentence, strongest first (opposition left out: see extractRelations). */
export function extractSupportRelations(
  sentence: Sentence,
  catalog: EntityCatalog,
  context: SupportContext = {},
): SupportRelation[] {
  return extractRelations(sentence, catalog, context).filter((relation) => relation.stance === 'supports');
}

/** Support and opposition relations stated in one sentence, strongest first; `stance` tells them apart. */
export function extractRelations(
  sentence: Sentence,
  catalog: EntityCatalog,
  context: SupportContext = {},
): SupportRelation[] {
  const tokens = tokenize(sentence.text);
  context.describedActors?.note(tokens, catalog);
  if (!tokens.some((token) => isSupportCue(token) || isOppositionCue(token))) return [];
  return toRelations(new SentenceReader(sentence, tokens, catalog, context));
}

/**
 * Relations where `name`'s side is the one backed: the entity itself plus the organisations it
 * leads or is led with (catalog.sideOf), e.g. who-backs Haftar includes backers of the LNA.
 * Strongest first.
 */
export function relationsBacking(
  relations: readonly SupportRelation[],
  name: string,
  catalog: EntityCatalog,
): SupportRelation[] {
  const side = new Set(catalog.sideOf(name).map((e) => e.name));
  return relations.filter((r) => side.has(r.backed) && !side.has(r.backer)).sort((a, b) => b.confidence - a.confidence);
}

/** Every pattern tried at every token, in a fixed order. */
function findingsOf(r: SentenceReader): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < r.tokens.length; i++) {
    const token = r.tokens[i];
    if (token?.kind !== 'word') continue;
    const hyphenated = compoundSuffix(token);
    if (hyphenated) findings.push(...compound(r, i, hyphenated.prefix, hyphenated.support));
    // "Sudan's Rapid Support Forces": a support word inside a name is part of the name.
    const mention = r.mentionAt[i];
    if (mention && mention.end - mention.start > 1) continue;
    // "imposed sanctions on Y", "launched strikes against Y": a hostile act named by a noun, whatever precedes it.
    if (OPPOSITION_NOUNS.has(token.key) && opensTarget(token.key, r.tokens[i + 1]?.key ?? '')) {
      findings.push(...oppositionNoun(r, i));
      continue;
    }
    if (OPPOSITION_NOUNS.has(token.key) && HITTING_VERBS.has(r.tokens[i + 1]?.key ?? '')) {
      findings.push(...hostileActHits(r, i));
      continue;
    }
    // "sided with Y", "came to the aid of Y": a phrase whose tail matches is a verb use whatever precedes it.
    const phrasal = PHRASAL_BACKING_VERBS.get(token.key);
    if (phrasal) findings.push(...phrasalVerb(r, i, phrasal));
    // "signed a defence cooperation agreement with Y": a military pact binds both parties.
    if (r.tokens[i + 1]?.key === 'with' && AGREEMENT_NOUNS.has(token.key)) findings.push(...cooperationAgreement(r, i));
    // "on the payroll of X", "with the protection of X": patronage framed by a preposition.
    if (PATRONAGE_FRAMES.has(token.key)) findings.push(...patronageFrame(r, i));
    // "Shipments of Iranian missiles to", "the supply of arms to": followed by "of", these are nouns, even first in a sentence.
    const transferSense = TRANSFER_NOUNS.get(token.key);
    if (transferSense && r.tokens[i + 1]?.key === 'of') {
      findings.push(...transferNoun(r, i, transferSense));
      continue;
    }
    // "a $1bn arms sale to Taiwan", "Iranian drone shipments to Russia": the material before the noun,
    // read as support nouns are (giver from the possessor, the people adjective or the verb's subject).
    if (transferSense && r.tokens[i + 1]?.key === 'to' && materialKind(r.tokens, r.modifiersStart(i), i)) {
      findings.push(...supportNoun(r, i));
      continue;
    }
    if (r.isNounUse(i)) {
      if (SUPPORT_NOUNS.has(token.key)) findings.push(...supportNoun(r, i));
      if (BACKER_NOUNS.has(token.key) || CLIENT_NOUNS.has(token.key)) findings.push(...backerNoun(r, i));
      continue;
    }
    if (token.key === 'alongside') findings.push(...alongside(r, i));
    const opposing = OPPOSING_VERBS.get(token.key);
    if (opposing) findings.push(...opposingVerb(r, i, opposing));
    const keeping = KEEPING_VERBS.get(token.key);
    if (keeping) findings.push(...keptInPower(r, i, keeping));
    const reliance = RELIANCE_VERBS.get(token.key);
    if (reliance) findings.push(...relianceVerb(r, i, reliance));
    const backing = BACKING_VERBS.get(token.key);
    if (backing) findings.push(...backingVerb(r, i, backing));
    const transfer = TRANSFER_VERBS.get(token.key);
    if (transfer) findings.push(...transferVerb(r, i, transfer));
    const paying = PAYING_VERBS.get(token.key);
    if (paying) findings.push(...payingVerb(r, i, paying));
    const receiving = RECEIVING_VERBS.get(token.key);
    if (receiving) findings.push(...receivingVerb(r, i, receiving));
    // "one of several Tehran proxies": a client noun after a name is no verb either.
    if (BACKER_NOUNS.has(token.key) || CLIENT_NOUNS.has(token.key)) findings.push(...backerNoun(r, i));
  }
  return findings;
}

/** Findings → relations: reporting frames applied, denied claims dropped, one relation per backer, backed and kind. */
function toRelations(r: SentenceReader): SupportRelation[] {
  const byKey = new Map<string, SupportRelation>();
  for (const finding of findingsOf(r)) {
    const frame = finding.reportedBy === undefined ? frameFor(r, finding.at) : undefined;
    if (frame?.denial) continue;
    // "said it would help Baghdad only if asked", "would send troops if the rebels crossed": a hypothetical.
    if (finding.conditional && r.tokens.slice(finding.at + 1).some((t) => t.key === 'if' || t.key === 'unless'))
      continue;
    const reportedBy = finding.reportedBy ?? frame?.speaker ?? (finding.hearsay ? 'reports' : null);
    const reportFactor =
      (reportedBy === null ? 1 : reportedBy === 'reports' ? 0.8 : 0.9) * (finding.conditional && !frame ? 0.7 : 1);
    for (const backer of finding.backers) {
      for (const backed of finding.backed) {
        if (backer.entity === backed.entity) continue;
        const confidence = round(clamp(finding.confidence * backer.certainty * backed.certainty * reportFactor));
        const relation: SupportRelation = {
          backer: backer.entity.name,
          backed: backed.entity.name,
          support: finding.support,
          reportedBy,
          confidence,
          sentence: r.sentence,
          pattern: finding.pattern,
          cue: r.tokens[finding.at]?.text ?? '',
          stance: finding.stance ?? 'supports',
        };
        const key = `${relation.stance}\u0000${relation.backer}\u0000${relation.backed}\u0000${relation.support}`;
        const existing = byKey.get(key);
        if (!existing || existing.confidence < confidence) byKey.set(key, relation);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => b.confidence - a.confidence);
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
