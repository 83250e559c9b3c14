/**
 * Discord faults: the real bot (real discord.js client, real core over a temp copy of the
 * default corpus, keyword search) against FakeDiscord, with REST and gateway failures injected.
 *
 * What must hold after every fault: the interaction is acknowledged within Discord's 3 s (or the
 * failure is in the log), the user gets an answer or a logged failure, nothing rejects unhandled,
 * and the next question is answered. The only timings asserted are Discord's deadlines.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { INTERACTION_CALLBACK_TIMEOUT_MS } from '../../src/discord/createDiscordBot.ts';
import { GENERIC_FAILURE } from '../../src/discord/reportFailure.ts';
import { type BotFixture, bodyOf, type CoreFixture, replyTo, startBot, startCore } from './discordBotHarness.ts';
import type { FakeInteraction, InteractionResponseRecord } from './fakeDiscord.ts';

/** Discord drops an interaction whose first response has not arrived 3 s after it was created. */
const ACK_DEADLINE_MS = 3000;
const EPHEMERAL = 1 << 6;
const CALLBACK = '/interactions/:id/:token/callback';
const EDIT_ORIGINAL = '/webhooks/:appId/:token/messages/@original';
const CHANNEL_MESSAGES = '/channels/:channelId/messages';
const CITED = '000_bd4eabd2b5bc6d71.txt ¶7 L15';

/** Every rejection nobody handled, for the whole file: a fault must never turn into one. */
const unhandled: unknown[] = [];
const recordUnhandled = (reason: unknown): void => void unhandled.push(reason);

let core: CoreFixture;
let running: BotFixture;

beforeAll(async () => {
  process.on('unhandledRejection', recordUnhandled);
  core = await startCore();
  running = await startBot(core);
});

afterAll(async () => {
  process.off('unhandledRejection', recordUnhandled);
  await running?.stop();
  core?.cleanup();
});

afterEach(() => {
  expect(unhandled).toEqual([]);
  expect(running.discordBot.client.isReady()).toBe(true);
});

function ask(question = 'who is Haftar backed by?'): FakeInteraction {
  return running.fake.sendSlashCommand({ name: 'ask', options: { question } });
}

/** The one initial response that Discord accepted, and the proof it came within the deadline. */
function acceptedAcknowledgement(handle: FakeInteraction): InteractionResponseRecord {
  const accepted = handle.responses().filter((r) => r.kind === 'callback' && r.ok);
  expect(accepted).toHaveLength(1);
  expect(accepted[0]!.ms).toBeLessThan(ACK_DEADLINE_MS);
  return accepted[0]!;
}

/** Waits for the final answer of an /ask about Haftar's backers and checks it is the right one. */
async function expectAnswered(handle: FakeInteraction, timeoutMs = 8000): Promise<void> {
  const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok, timeoutMs);
  expect(edit.payload?.embeds?.[1]?.author?.name).toBe(`[1] ${CITED}`);
  expect(acceptedAcknowledgement(handle).callbackType).toBe(5);
}

/** The next question after a fault is answered normally. */
async function expectStillAnswering(): Promise<void> {
  await expectAnswered(ask());
}

function statuses(handle: FakeInteraction, kind: InteractionResponseRecord['kind']): (number | string | undefined)[] {
  return handle
    .responses()
    .filter((r) => r.kind === kind)
    .map((r) => (r.request.injected === 'hang' || r.request.injected === 'lost' ? r.request.injected : r.status));
}

function logged(msg: string, match: (line: Record<string, unknown>) => boolean = () => true): boolean {
  return running.logs().some((line) => line.msg === msg && match(line));
}

describe('REST 429s: waited out and retried, acknowledgements still inside 3 s', () => {
  it('per-route 429 on the interaction callback (X-RateLimit-Scope: user, Retry-After 0.5 s)', async () => {
    running.fake.failNext({ method: 'POST', pathPattern: CALLBACK, status: 429, retryAfter: 0.5 });
    const handle = ask();
    await expectAnswered(handle);
    expect(statuses(handle, 'callback')).toEqual([429, 204]);
    const [limited] = handle.responses();
    expect(limited?.request.responseHeaders).toMatchObject({
      'Retry-After': '0.5',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Scope': 'user',
    });
    // Retried at once would be refused again: the bot waited for Retry-After.
    expect(acceptedAcknowledgement(handle).ms - limited!.ms).toBeGreaterThanOrEqual(500);
    expect(
      logged('Discord answered 429: retrying after the wait it asked for', (line) => line.route === CALLBACK),
    ).toBe(true);
  });

  it('global 429 on the interaction callback (X-RateLimit-Global: true)', async () => {
    running.fake.failNext({ method: 'POST', pathPattern: CALLBACK, status: 429, retryAfter: 0.4, global: true });
    const handle = ask();
    await expectAnswered(handle);
    expect(statuses(handle, 'callback')).toEqual([429, 204]);
    expect(handle.responses()[0]?.request.responseHeaders).toMatchObject({
      'X-RateLimit-Global': 'true',
      'X-RateLimit-Scope': 'global',
    });
    expect(logged('Discord answered 429: retrying after the wait it asked for', (line) => line.global === true)).toBe(
      true,
    );
  });

  it('per-route and global 429s on the @original edit: the answer arrives after the wait, which is logged', async () => {
    running.fake.failNext({
      method: 'PATCH',
      pathPattern: EDIT_ORIGINAL,
      status: 429,
      retryAfter: 0.3,
      scope: 'shared',
    });
    const perRoute = ask();
    await expectAnswered(perRoute);
    expect(statuses(perRoute, 'editOriginal')).toEqual([429, 200]);

    running.fake.failNext({ method: 'PATCH', pathPattern: EDIT_ORIGINAL, status: 429, retryAfter: 0.3, global: true });
    const global = ask();
    await expectAnswered(global);
    expect(statuses(global, 'editOriginal')).toEqual([429, 200]);
    // discord.js holds every request back while a global limit lasts, and says so (logged).
    expect(logged('Discord rate limit: waiting before the next request', (line) => line.global === true)).toBe(true);
  });

  it('per-route and global 429s on a channel message (the reply to a plain question)', async () => {
    const { fake } = running;
    for (const global of [false, true]) {
      fake.failNext({ method: 'POST', pathPattern: CHANNEL_MESSAGES, status: 429, retryAfter: 0.3, global });
      const question = fake.sendMessage({ content: 'who is Haftar backed by?', channelId: fake.channels.briefings.id });
      const reply = await replyTo(fake, question.id, 8000);
      expect(bodyOf(reply).embeds?.[1]?.author?.name).toBe(`[1] ${CITED}`);
      const posts = fake.requests.filter(
        (r) => r.route === `POST ${CHANNEL_MESSAGES}` && bodyOf(r).message_reference?.message_id === question.id,
      );
      expect(posts.map((r) => r.status)).toEqual([429, 200]);
    }
  });

  it('a 429 whose Retry-After outlasts the deadline: the late callback meets 10062, which is logged; no crash', async () => {
    const { fake } = running;
    fake.options.interactionDeadlineMs = 400;
    try {
      fake.failNext({ method: 'POST', pathPattern: CALLBACK, status: 429, retryAfter: 0.6 });
      const handle = ask();
      await handle.waitForResponse((r) => r.kind === 'callback' && r.status === 404, 5000);
      expect(handle.responses().map((r) => r.errorCode ?? r.status)).toEqual([429, 10062]);
      await expect
        .poll(() =>
          logged(
            'interaction expired or already acknowledged',
            (line) => line.interactionId === handle.id && line.code === 10062,
          ),
        )
        .toBe(true);
    } finally {
      fake.options.interactionDeadlineMs = ACK_DEADLINE_MS;
    }
    await expectStillAnswering();
  });
});

describe('REST 5xx and hanging responses', () => {
  it('a 500 on the callback is retried at once; two 502s on the edit are retried', async () => {
    running.fake.failNext({ method: 'POST', pathPattern: CALLBACK, status: 500 });
    running.fake.failNext({ method: 'PATCH', pathPattern: EDIT_ORIGINAL, status: 502, times: 2 });
    const handle = ask();
    await expectAnswered(handle);
    expect(statuses(handle, 'callback')).toEqual([500, 204]);
    expect(statuses(handle, 'editOriginal')).toEqual([502, 502, 200]);
  });

  it('an edit failing with 500 on every attempt: the user gets the ephemeral failure message, the log the details', async () => {
    running.fake.failNext({ method: 'PATCH', pathPattern: EDIT_ORIGINAL, status: 500, times: 4 });
    const handle = ask();
    const followUp = await handle.waitForResponse((r) => r.kind === 'followup' && r.ok, 8000);
    expect(statuses(handle, 'editOriginal')).toEqual([500, 500, 500, 500]);
    expect(followUp.payload).toMatchObject({
      content: `${GENERIC_FAILURE} (Reference: ${handle.id})`,
      flags: EPHEMERAL,
    });
    expect(handle.originalMessage()).toBeUndefined();
    expect(
      logged(
        'interaction failed',
        (line) => line.interactionId === handle.id && (line.err as { status?: number }).status === 500,
      ),
    ).toBe(true);
    await expectStillAnswering();
  });

  it('a plain question whose reply fails with 500 on every attempt: a short failure reply instead, the details in the log', async () => {
    const { fake } = running;
    fake.failNext({ method: 'POST', pathPattern: CHANNEL_MESSAGES, status: 500, times: 4 });
    const question = fake.sendMessage({ content: 'who is Haftar backed by?', channelId: fake.channels.briefings.id });
    const reply = await replyTo(fake, question.id, 8000);
    expect(bodyOf(reply).content).toBe(GENERIC_FAILURE);
    const posts = fake.requests.filter(
      (r) => r.route === `POST ${CHANNEL_MESSAGES}` && bodyOf(r).message_reference?.message_id === question.id,
    );
    expect(posts.map((r) => r.status)).toEqual([500, 500, 500, 500, 200]);
    expect(
      logged(
        'plain question failed',
        (line) => line.messageId === question.id && (line.err as { status?: number }).status === 500,
      ),
    ).toBe(true);
  });

  it(`a hanging callback is abandoned after ${INTERACTION_CALLBACK_TIMEOUT_MS} ms and retried, still inside 3 s`, async () => {
    running.fake.failNext({ method: 'POST', pathPattern: CALLBACK, hang: true });
    const handle = ask();
    await expectAnswered(handle);
    expect(statuses(handle, 'callback')).toEqual(['hang', 204]);
  });

  it('a callback whose response is lost after Discord took it: the retry meets 40060, and the answer still comes', async () => {
    running.fake.failNext({ method: 'POST', pathPattern: CALLBACK, loseResponse: true });
    const handle = ask();
    const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok, 8000);
    expect(edit.payload?.embeds?.[1]?.author?.name).toBe(`[1] ${CITED}`);
    // The first attempt acknowledged the interaction (inside 3 s); its retry was refused as a duplicate.
    expect(
      handle
        .responses()
        .filter((r) => r.kind === 'callback')
        .map((r) => r.errorCode ?? r.request.injected),
    ).toEqual(['lost', 40060]);
    expect(handle.responses()[0]!.ms).toBeLessThan(ACK_DEADLINE_MS);
    expect(
      logged(
        'an earlier attempt of the first response had reached Discord',
        (line) => line.interactionId === handle.id,
      ),
    ).toBe(true);
    expect(logged('interaction expired or already acknowledged', (line) => line.interactionId === handle.id)).toBe(
      false,
    );
  });

  it('a callback whose response is lost, and whose retry meets 10062 (its deadline passed meanwhile): the answer still comes', async () => {
    running.fake.failNext({ method: 'POST', pathPattern: CALLBACK, loseResponse: true });
    running.fake.failNext({
      method: 'POST',
      pathPattern: CALLBACK,
      status: 404,
      body: { message: 'Unknown interaction', code: 10062 },
    });
    const handle = ask();
    const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok, 8000);
    expect(edit.payload?.embeds?.[1]?.author?.name).toBe(`[1] ${CITED}`);
    expect(
      handle
        .responses()
        .filter((r) => r.kind === 'callback')
        .map((r) => r.errorCode ?? r.request.injected),
    ).toEqual(['lost', 10062]);
    expect(
      logged(
        'an earlier attempt of the first response had reached Discord',
        (line) => line.interactionId === handle.id && line.code === 10062,
      ),
    ).toBe(true);
  });

  it('a hanging @original edit is abandoned after the REST timeout and retried: the answer arrives', async () => {
    // discord.js's REST timeout (15 s) is kept for everything but callbacks; a short one here keeps the test quick.
    const quick = await startBot(core, { restTimeouts: { requestMs: 500 } });
    try {
      quick.fake.failNext({ method: 'PATCH', pathPattern: EDIT_ORIGINAL, hang: true });
      const handle = quick.fake.sendSlashCommand({ name: 'ask', options: { question: 'who is Haftar backed by?' } });
      const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok, 8000);
      expect(edit.payload?.embeds?.[1]?.author?.name).toBe(`[1] ${CITED}`);
      expect(
        handle
          .responses()
          .filter((r) => r.kind === 'editOriginal')
          .map((r) => r.request.injected ?? r.status),
      ).toEqual(['hang', 200]);
    } finally {
      await quick.stop();
    }
  });

  it('a defer that hangs on every attempt: given up, logged, no crash; the next question is answered', async () => {
    // Four attempts of 1.5 s would take 6 s; a shorter callback timeout shows the same in 1.2 s.
    const quick = await startBot(core, { restTimeouts: { callbackMs: 300 } });
    try {
      const { fake } = quick;
      fake.options.interactionDeadlineMs = 1000;
      fake.failNext({ method: 'POST', pathPattern: CALLBACK, hang: true, times: 4 });
      const handle = fake.sendSlashCommand({ name: 'ask', options: { question: 'who is Haftar backed by?' } });
      const failed = (line: Record<string, unknown>): boolean =>
        line.msg === 'interaction failed' && line.interactionId === handle.id;
      await expect.poll(() => quick.logs().some(failed), { timeout: 5000 }).toBe(true);
      // All four attempts (discord.js retries 3 times) hung, then the AbortError reached the bot.
      expect(statuses(handle, 'callback').slice(0, 4)).toEqual(['hang', 'hang', 'hang', 'hang']);
      expect(quick.logs().find(failed)?.err).toMatchObject({ name: 'AbortError' });
      // Its failure message is too late too (10062): logged, nothing more to do.
      await expect
        .poll(() =>
          quick
            .logs()
            .some(
              (line) => line.msg === 'could not report a failure: interaction gone' && line.interactionId === handle.id,
            ),
        )
        .toBe(true);
      fake.options.interactionDeadlineMs = ACK_DEADLINE_MS;
      const next = fake.sendSlashCommand({ name: 'ask', options: { question: 'who is Haftar backed by?' } });
      expect(
        (await next.waitForResponse((r) => r.kind === 'editOriginal' && r.ok)).payload?.embeds?.[1]?.author?.name,
      ).toBe(`[1] ${CITED}`);
      expect(quick.discordBot.client.isReady()).toBe(true);
    } finally {
      await quick.stop();
    }
  });
});

describe('gateway: after every kind of drop the bot comes back and answers', () => {
  const identifies = (): number => running.fake.identifyCount;
  const resumes = (): number => running.fake.resumeCount;

  async function expectBack(
    kind: 'resume' | 'identify',
    before: { identifies: number; resumes: number },
  ): Promise<void> {
    if (kind === 'resume') await expect.poll(resumes, { timeout: 5000 }).toBe(before.resumes + 1);
    else await expect.poll(identifies, { timeout: 5000 }).toBe(before.identifies + 1);
    await running.fake.waitForConnected();
    await expectStillAnswering();
    // Came back the expected way only.
    expect(identifies()).toBe(before.identifies + (kind === 'identify' ? 1 : 0));
  }

  const snapshot = (): { identifies: number; resumes: number } => ({ identifies: identifies(), resumes: resumes() });

  it('close 4000 (unknown error, resumable): RESUME', async () => {
    const before = snapshot();
    await running.fake.closeGateway(4000);
    await expectBack('resume', before);
  });

  it('an abrupt drop without a close frame (1006): RESUME, and what was missed is replayed', async () => {
    const before = snapshot();
    running.fake.terminateGateway();
    await running.fake.waitForGateway((g) => g.direction === 'close' && g.code === 1006 && g.byServer === false);
    // Sent while the bot is away: Discord keeps it for the resumed session.
    const missed = running.fake.sendMessage({
      content: 'who is Haftar backed by?',
      channelId: running.fake.channels.briefings.id,
    });
    await expectBack('resume', before);
    await replyTo(running.fake, missed.id);
    expect(running.fake.resumes.at(-1)?.replayed).toBeGreaterThanOrEqual(1);
  });

  it.each([
    [4007, 'invalid seq'],
    [4009, 'session timed out'],
  ])('close %i (%s, not resumable): a fresh IDENTIFY', async (code) => {
    const before = snapshot();
    await running.fake.closeGateway(code);
    await expectBack('identify', before);
  });

  it('op 9 INVALID_SESSION, not resumable: a fresh IDENTIFY', async () => {
    const before = snapshot();
    running.fake.sendInvalidSession(false);
    await expectBack('identify', before);
  });

  it('op 9 INVALID_SESSION, resumable: RESUME', async () => {
    const before = snapshot();
    running.fake.sendInvalidSession(true);
    await expectBack('resume', before);
  });

  it('op 7 RECONNECT: RESUME on the resume URL', async () => {
    const before = snapshot();
    running.fake.sendReconnect();
    await expectBack('resume', before);
    const reopened = running.fake.gatewayLog.filter((g) => g.direction === 'open').at(-1);
    expect(reopened?.path).toBe('/resume-gateway');
  });
});

describe('interactions Discord no longer accepts', () => {
  it('a token past its deadline (10062): logged, nothing else sent, the next one answered', async () => {
    const { fake } = running;
    fake.options.interactionDeadlineMs = 0;
    let late: FakeInteraction;
    try {
      late = ask();
      const refused = await late.waitForResponse((r) => r.kind === 'callback');
      expect(refused.errorCode).toBe(10062);
    } finally {
      fake.options.interactionDeadlineMs = ACK_DEADLINE_MS;
    }
    await expect
      .poll(() =>
        logged(
          'interaction expired or already acknowledged',
          (line) => line.interactionId === late.id && line.code === 10062,
        ),
      )
      .toBe(true);
    // No failure message tried on a dead interaction, and no "interaction failed" error either.
    expect(late.responses()).toHaveLength(1);
    expect(logged('interaction failed', (line) => line.interactionId === late.id)).toBe(false);
    await expectStillAnswering();
  });

  it('an interaction already acknowledged elsewhere (40060): logged, left alone, the next one answered', async () => {
    const { fake } = running;
    fake.failNext({
      method: 'POST',
      pathPattern: CALLBACK,
      status: 400,
      body: { message: 'Interaction has already been acknowledged.', code: 40060 },
    });
    const taken = ask();
    await expect
      .poll(() =>
        logged(
          'interaction expired or already acknowledged',
          (line) => line.interactionId === taken.id && line.code === 40060,
        ),
      )
      .toBe(true);
    // Not ours to answer: no edit of someone else's response.
    expect(taken.responses().map((r) => r.kind)).toEqual(['callback']);
    await expectStillAnswering();
  });
});
