/**
 * InteractionCallbackTimeouts: interaction callbacks get a short timeout (Discord drops the
 * interaction 3 s after creating it), other requests are left to discord.js, and a timeout that
 * fires late because the event loop was busy does not throw away an answer that has arrived.
 * Against a real HTTP server on 127.0.0.1, through discord.js's own request function.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionCallbackTimeouts } from '../../src/discord/restTimeouts.ts';

const INTERACTION_ID = '1234567890123456789';
let server: http.Server;
let base = '';
/** Requests whose answer is held back, by path. */
const held = new Set<http.ServerResponse>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url?.includes('hang')) {
      held.add(res);
      return;
    }
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v10`;
});

afterAll(async () => {
  for (const res of held) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Holds the thread, as a long synchronous computation in the bot would. */
function busyFor(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spin
  }
}

describe('InteractionCallbackTimeouts', () => {
  it('abandons a callback that gets no answer within its timeout, and remembers the interaction', async () => {
    const timeouts = new InteractionCallbackTimeouts(100);
    const error = await timeouts
      .makeRequest(`${base}/interactions/${INTERACTION_ID}/tok/callback?hang=1`, { method: 'POST' })
      .catch((e: unknown) => e);
    // discord.js retries an AbortError at once.
    expect((error as Error).name).toBe('AbortError');
    expect(timeouts.abandonedCallback(INTERACTION_ID)).toBe(true);
    expect(timeouts.abandonedCallback('9999999999999999999')).toBe(false);
  });

  it('leaves every other request to discord.js’s own timeout', async () => {
    const timeouts = new InteractionCallbackTimeouts(50);
    const request = timeouts.makeRequest(`${base}/webhooks/${INTERACTION_ID}/tok/messages/@original?hang=1`, {
      method: 'PATCH',
    });
    const outcome = await Promise.race([
      request.then(
        () => 'answered',
        () => 'aborted',
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 300)),
    ]);
    expect(outcome).toBe('still waiting');
    expect(timeouts.abandonedCallback(INTERACTION_ID)).toBe(false);
  });

  it('keeps an answer that arrived while the event loop was busy past the timeout', async () => {
    const timeouts = new InteractionCallbackTimeouts(100);
    const request = timeouts.makeRequest(`${base}/interactions/${INTERACTION_ID}1/tok/callback`, { method: 'POST' });
    // The request is on its way; the thread is then held well past the timeout.
    await new Promise((resolve) => setImmediate(resolve));
    busyFor(400);
    const response = await request;
    expect(response.status).toBe(204);
    expect(timeouts.abandonedCallback(`${INTERACTION_ID}1`)).toBe(false);
  });

  it('still gives up on a callback whose answer never comes, busy loop or not', async () => {
    const timeouts = new InteractionCallbackTimeouts(100);
    const request = timeouts
      .makeRequest(`${base}/interactions/${INTERACTION_ID}2/tok/callback?hang=1`, { method: 'POST' })
      .catch((e: unknown) => e);
    await new Promise((resolve) => setImmediate(resolve));
    busyFor(400);
    expect(((await request) as Error).name).toBe('AbortError');
    expect(timeouts.abandonedCallback(`${INTERACTION_ID}2`)).toBe(true);
  });
});
