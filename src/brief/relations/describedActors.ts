/**
 * What a document calls its actors: "Mali's military junta", "the Malian army", "Houthi rebels",
 * "the Southern Transitional Council" tell later sentences who "the junta", "the army", "the
 * rebels" and "the council" are. Read sentence by sentence in document order, the latest
 * description winning, so a reference resolves to the actor the passage is about.
 */
import type { Entity, EntityCatalog } from '../entityCatalog.ts';
import type { Token } from '../lexicon/tokenize.ts';
import { genericActorKey } from './sentenceReader.ts';
import { ARMED_FORCES_NAMES, STATE_ACTOR_NOUNS } from '../knownAliases.ts';
import { DETERMINERS } from '../lexicon/functionWords.ts';

const STATE_NOUNS: ReadonlySet<string> = new Set(STATE_ACTOR_NOUNS);

/** Records in `actors` each generic noun the sentence attaches to a named entity. */
export function noteDescribedActors(
  tokens: readonly Token[],
  catalog: EntityCatalog,
  actors: Map<string, Entity>,
): void {
  const mentions = catalog.findMentions(tokens);
  // "the Sudanese Armed Forces (SAF)": a state's armed forces are "the army" and "the military".
  for (const mention of mentions) {
    const name = tokens
      .slice(Math.max(mention.start, mention.end - 2), mention.end)
      .map((t) => t.key)
      .join(' ');
    if (mention.end - mention.start > 2 && ARMED_FORCES_NAMES.includes(name))
      for (const noun of ['army', 'military']) actors.set(noun, mention.entity);
  }
  if (!tokens.some((t) => t.kind === 'word' && genericActorKey(t.key) !== undefined)) return;
  for (const mention of mentions) {
    // "the Southern Transitional Council" → "council", "the Nigeria Police Force" → "police" and "force";
    // a state noun is never learned from a name ("Arakan Army" is not "the army").
    if (mention.end - mention.start > 1)
      for (let k = mention.start + 1; k < mention.end; k++) {
        const own = genericActorKey(tokens[k]?.key ?? '');
        // The first name with the noun keeps it: "the force" stays the task force the article opened with
        // when "the Nigeria Police Force said" comes later. A description ("a rebel group") still replaces it.
        if (own && !STATE_NOUNS.has(own) && !actors.has(own)) actors.set(own, mention.entity);
      }
    // "The National Salvation Front (NAS), a rebel group led by ...": the apposition describes the name.
    let a = mention.end;
    if (tokens[a]?.text === '(' && tokens[a + 2]?.text === ')') a += 3;
    if (tokens[a]?.text === ',' && ['a', 'an', 'the'].includes(tokens[a + 1]?.key ?? ''))
      for (let k = a + 2; k < a + 6; k++) {
        const token = tokens[k];
        if (token?.kind !== 'word' || token.capitalised || DETERMINERS.has(token.key)) break;
        const noun = genericActorKey(token.key);
        if (!noun) continue;
        if (!STATE_NOUNS.has(noun) && mention.entity.kind !== 'country' && mention.entity.kind !== 'person')
          actors.set(noun, mention.entity);
        break;
      }
    // "Mali's military junta", "the Malian army", "Houthi rebels", "the Viv Ansanm gang coalition"
    let j = mention.end;
    const possessive = tokens[j]?.kind === 'possessive';
    if (possessive) j++;
    for (let k = j; k < j + 3; k++) {
      const token = tokens[k];
      if (token?.kind !== 'word' || token.capitalised) break;
      const noun = genericActorKey(token.key);
      if (!noun) continue;
      const isState = STATE_NOUNS.has(noun);
      if (isState && (mention.entity.kind === 'country' || possessive)) actors.set(noun, mention.entity);
      else if (!isState && mention.entity.kind !== 'country' && mention.entity.kind !== 'person')
        actors.set(noun, mention.entity);
    }
  }
}
