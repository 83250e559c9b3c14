/**
 * What a document calls its actors: "Mali's military junta", "the Malian army", "Houthi rebels",
 * "the Southern Transitional Council" tell later sentences who "the junta", "the army", "the
 * rebels" and "the council" are. Read sentence by sentence in document order, the latest
 * description winning, so a reference resolves to the actor the passage is about.
 */
import type { Entity, EntityCatalog } from '../entityCatalog.ts';
import type { Token } from '../lexicon/tokenize.ts';
import { genericActorKey } from './sentenceReader.ts';
import { STATE_ACTOR_NOUNS } from '../knownAliases.ts';

const STATE_NOUNS: ReadonlySet<string> = new Set(STATE_ACTOR_NOUNS);

/** Records in `actors` each generic noun the sentence attaches to a named entity. */
export function noteDescribedActors(
  tokens: readonly Token[],
  catalog: EntityCatalog,
  actors: Map<string, Entity>,
): void {
  if (!tokens.some((t) => t.kind === 'word' && genericActorKey(t.key) !== undefined)) return;
  for (const mention of catalog.findMentions(tokens)) {
    const last = tokens[mention.end - 1];
    // "the Southern Transitional Council" → "council"; a state noun is never learned from a name ("Arakan Army" is not "the army").
    const own = last && mention.end - mention.start > 1 ? genericActorKey(last.key) : undefined;
    if (own && !STATE_NOUNS.has(own)) actors.set(own, mention.entity);
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
