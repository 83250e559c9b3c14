import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { processLifetime } from '../src/processLifetime.ts';
import { recordingLogger } from './support/silentLogger.ts';

function lifetime() {
  const signals = new EventEmitter();
  const exits: number[] = [];
  const { logger, lines } = recordingLogger();
  const life = processLifetime(logger, { deadlineMs: 4500, exit: (code) => void exits.push(code), signals });
  return { life, signals, exits, messages: () => lines().map((line) => line.msg) };
}

describe('processLifetime', () => {
  afterEach(() => vi.useRealTimers());

  it('a signal runs the stop steps newest first, then exits 0', async () => {
    const { life, signals, exits, messages } = lifetime();
    const order: string[] = [];
    life.onStop('index', () => void order.push('index'));
    life.onStop('bot', async () => void order.push('bot'));
    signals.emit('SIGTERM', 'SIGTERM');
    expect(life.ending).toBe(true);
    await expect(life.stopRequested).resolves.toBe('SIGTERM');
    await vi.waitFor(() => expect(exits).toEqual([0]));
    expect(order).toEqual(['bot', 'index']);
    expect(messages()).toEqual(['shutting down', 'stopped: bot', 'stopped: index']);
  });

  it('a step that fails is logged and the others still run', async () => {
    const { life, exits, messages } = lifetime();
    const order: string[] = [];
    life.onStop('index', () => void order.push('index'));
    life.onStop('watch', () => {
      throw new Error('EBUSY');
    });
    void life.end(1);
    await vi.waitFor(() => expect(exits).toEqual([1]));
    expect(order).toEqual(['index']);
    expect(messages()).toContain('stopping failed: watch');
  });

  it('a step that never finishes is abandoned at the deadline: exit 1, said in the log', async () => {
    vi.useFakeTimers();
    const { life, signals, exits, messages } = lifetime();
    life.onStop('index', () => {});
    life.onStop('gateway', () => new Promise(() => {}));
    signals.emit('SIGINT', 'SIGINT');
    await vi.advanceTimersByTimeAsync(4499);
    expect(exits).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(exits).toEqual([1]);
    expect(messages()).toContain('shutdown did not finish in time: exiting without waiting any longer');
  });

  it('the same stop delivered twice at once is one stop; a second one later exits at once', async () => {
    vi.useFakeTimers();
    const { life, signals, exits } = lifetime();
    life.onStop('gateway', () => new Promise(() => {}));
    signals.emit('SIGINT', 'SIGINT');
    signals.emit('SIGINT', 'SIGINT'); // Ctrl-C reaches npm, tsx and the bot; the wrappers relay it
    await vi.advanceTimersByTimeAsync(500);
    expect(exits).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    signals.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([130]);
  });
});
