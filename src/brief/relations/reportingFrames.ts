/**
 * Reported speech: who makes the claim a sentence states. Trailing "..., said Z", leading
 * "Z said (that) ...", "according to Z", "Z told Bloomberg", "amid reports that ..." (speaker
 * "reports"); "Z denied that ..." marks the claim denied.
 */
import { AUXILIARIES, DETERMINERS, PRONOUNS, REPORTING_VERBS } from '../lexicon/functionWords.ts';
import { DENIAL_VERBS } from '../lexicon/framingVerbs.ts';
import { isSupportCue } from '../lexicon/supportLexicon.ts';
import { tokenize } from '../lexicon/tokenize.ts';
import { type ReportingFrame, SentenceReader } from './sentenceReader.ts';
import { isSentenceStart } from './wordClasses.ts';

/** Reporting frames of the sentence: trailing "..., said Z", leading "Z said (that) ...", "according to Z", "reports that". */
export function reportingFrames(r: SentenceReader): ReportingFrame[] {
  if (r.frames) return r.frames;
  const frames: ReportingFrame[] = [];
  const trailing = trailingFrame(r);
  const leadingLimit = trailing ? trailing.to : r.tokens.length;
  if (trailing) frames.push(trailing);
  for (let v = 0; v < leadingLimit; v++) {
    const token = r.tokens[v];
    if (token?.kind !== 'word') continue;
    // "According to Z, <claim>" covers what follows; "<claim>, according to Z" what precedes.
    if (token.key === 'according' && r.tokens[v + 1]?.key === 'to') {
      const end = r.phraseEnd(v + 2);
      const speaker = speakerOf(r, v + 2, end);
      frames.push(
        isSentenceStart(r.tokens, v)
          ? { speaker, from: end, to: leadingLimit, denial: false }
          : { speaker, from: 0, to: v, denial: false },
      );
      continue;
    }
    // "amid reports that ...", "media reports say ..."
    if ((token.key === 'reports' || token.key === 'report') && r.isNounUse(v) && r.tokens[v + 1]?.key === 'that') {
      frames.push({ speaker: 'reports', from: v + 2, to: leadingLimit, denial: false });
      continue;
    }
    const reporting = REPORTING_VERBS.has(token.key);
    const denial = DENIAL_VERBS.has(token.key);
    if ((!reporting && !denial) || !r.isVerbLike(v)) continue;
    // "denied backing Y" is handled as negation of the verb; here only clausal complements.
    if (denial && !(r.tokens[v + 1]?.key === 'that' || r.tokens[v + 1]?.key === 'reports')) continue;
    const group = r.verbGroup(v);
    const subject = subjectSpan(r, group.start);
    // "Cuba, which hosted the talks, denied that it had armed the rebels": a denial holds whoever the
    // speaker is, even past a relative clause the speaker's span does not reach.
    if (!subject && (denial || group.negated)) {
      const speaker = r.subjectOf(group.start)[0]?.entity.name ?? 'denial';
      frames.push({ speaker, from: v + 1, to: leadingLimit, denial: true });
      continue;
    }
    if (!subject) continue;
    frames.push({
      speaker: speakerOf(r, subject.from, subject.to),
      from: v + 1,
      to: leadingLimit,
      denial: denial || group.negated,
    });
  }
  r.frames = frames;
  return frames;
}

/** "..., Libya’s Interior Minister Fathi Bashagha has said." / "“...,” said the statement." / "..., Bashagha told Bloomberg." */
export function trailingFrame(r: SentenceReader): ReportingFrame | undefined {
  let last = r.tokens.length;
  while (last > 0 && r.tokens[last - 1]?.kind === 'punct') last--;
  for (let c = last - 1; c > 0 && last - c <= 16; c--) {
    const token = r.tokens[c];
    if (!token || !(token.text === ',' || token.text === '”' || token.text === '"')) continue;
    let from = c + 1;
    while (r.tokens[from]?.kind === 'punct') from++;
    if (from >= last) continue;
    const tail = r.tokens.slice(from, last);
    if (tail.some((t) => isSupportCue(t))) return undefined;
    if (r.tokens[from]?.key === 'according' && r.tokens[from + 1]?.key === 'to') {
      return { speaker: speakerOf(r, from + 2, last), from: 0, to: c, denial: false };
    }
    // The last reporting verb: "a UN report said" is said, not reported.
    let verbAt = -1;
    tail.forEach((t, k) => {
      if (REPORTING_VERBS.has(t.key) && !t.capitalised && r.isVerbLike(from + k)) verbAt = from + k;
    });
    if (verbAt < from) continue;
    if (verbAt === from || (verbAt === from + 1 && ['has', 'had'].includes(r.tokens[from]?.key ?? ''))) {
      // "said GNA deputy defence minister Salah Namrush"
      return { speaker: speakerOf(r, verbAt + 1, r.phraseEnd(verbAt + 1)), from: 0, to: c, denial: false };
    }
    let speakerEnd = verbAt;
    while (speakerEnd > from && AUXILIARIES.has(r.tokens[speakerEnd - 1]?.key ?? '')) speakerEnd--;
    return { speaker: speakerOf(r, from, speakerEnd), from: 0, to: c, denial: false };
  }
  return undefined;
}

/** The subject span of a reporting verb, without resolving it to an entity. */
export function subjectSpan(r: SentenceReader, groupStart: number): { from: number; to: number } | undefined {
  let j = groupStart - 1;
  while (j >= 0 && !r.isSubjectBoundary(j)) j--;
  // The speaker is the last comma-separated part: "In a separate statement, Turkey's ... Hami Aksoy said".
  let from = j + 1;
  for (let k = groupStart - 1; k > from; k--) {
    if (r.tokens[k]?.text === ',') {
      from = k + 1;
      break;
    }
  }
  return from < groupStart ? { from, to: groupStart } : undefined;
}

/** A speaker's name: the person named in the span ("Libya’s Interior Minister Fathi Bashagha"), else its head name, else the words as written. */
export function speakerOf(r: SentenceReader, from: number, to: number): string {
  const inSpan = r.mentions.filter((m) => m.start >= from && m.end <= to);
  const person = [...inSpan].reverse().find((m) => m.entity.kind === 'person');
  if (person) return person.entity.name;
  const last = inSpan[inSpan.length - 1];
  // "Interfax news agency", "the U.S. news outlet": the name modifies the real head; keep the words.
  if (last && last.end === to && last.source !== 'demonym') return last.entity.name;
  const words = r.tokens.slice(from, to).filter((t) => t.kind !== 'punct' || t.text === '-');
  const first = words[0];
  if (words.length === 1 && first && PRONOUNS.has(first.key)) return previousSpeaker(r, first.key) ?? first.text;
  while (words.length > 1 && DETERMINERS.has(words[0]?.key ?? '') && words[0]?.key !== 'the') words.shift();
  const lastWord = words[words.length - 1];
  return first && lastWord ? r.sentence.text.slice(words[0]?.start ?? first.start, lastWord.end) : 'unnamed source';
}

/** "“...,” he stated." → the speaker of the nearest earlier sentence that names one. */
export function previousSpeaker(r: SentenceReader, pronoun: string): string | undefined {
  if (!['he', 'she', 'they'].includes(pronoun)) return undefined;
  const previous = [...(r.context.previousSentences ?? [])].reverse().slice(0, 3);
  for (const sentence of previous) {
    const reader = new SentenceReader(sentence, tokenize(sentence.text), r.catalog, {});
    const named = reportingFrames(reader).find((f) => !PRONOUNS.has(f.speaker.toLowerCase()));
    if (named) return named.speaker;
  }
  return undefined;
}

/** The innermost frame covering token `at`: the closest leading one before it, else the trailing one. */
export function frameFor(r: SentenceReader, at: number): ReportingFrame | undefined {
  let best: ReportingFrame | undefined;
  for (const frame of reportingFrames(r)) {
    if (at < frame.from || at >= frame.to) continue;
    if (!best || frame.from > best.from) best = frame;
  }
  return best;
}
