/** FakeDiscord's gateway (fakeDiscord.ts describes the whole): WebSocket sessions, IDENTIFY and RESUME, dispatches. */
import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { WebSocket, type RawData } from 'ws';

import type { ApiMessage, GatewayRecord, IdentifyRecord, JsonObject, ResumeRecord } from './fakeDiscordApi.ts';
import { ALL_KNOWN_INTENTS, Intent, MessageFlag, PRIVILEGED_INTENTS, isObject } from './fakeDiscordApi.ts';
import {
  FakeDiscordWorld,
  type GatewayConnection,
  type GatewayDispatchEvent,
  type GatewaySession,
} from './fakeDiscordWorld.ts';

export class FakeDiscordGateway extends FakeDiscordWorld {
  // -------------------------------------------------------------------------
  // Gateway control
  // -------------------------------------------------------------------------

  /**
   * Closes every gateway connection with `code` (default 4000 "Unknown error", which discord.js
   * answers with RESUME). Codes after which Discord does not let a session resume (4007, 4009,
   * and the fatal 4004, 4010-4014) also invalidate the session, so a RESUME gets op 9.
   * Resolves once the sockets are closed.
   */
  async closeGateway(
    code = 4000,
    reason = 'FakeDiscord closed the connection',
    options: { invalidateSession?: boolean } = {},
  ): Promise<void> {
    const nonResumable = [4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014].includes(code);
    const invalidate = options.invalidateSession ?? nonResumable;
    const closing: Array<Promise<void>> = [];
    for (const conn of this.connections) {
      if (conn.session && invalidate) conn.session.state = 'invalid';
      closing.push(this.closeConnection(conn, code, reason));
    }
    await Promise.all(closing);
  }

  /**
   * Drops every gateway connection without a closing handshake (a network failure: the client
   * sees 1006). The session stays resumable, as on Discord.
   */
  terminateGateway(): void {
    for (const conn of this.connections) conn.ws.terminate();
  }

  /** Sends op 7 RECONNECT (discord.js closes with 4200 and RESUMEs on the resume URL). */
  sendReconnect(): void {
    for (const conn of this.connections) this.sendPayload(conn, { op: 7, d: null, s: null, t: null });
  }

  /**
   * Sends op 9 INVALID_SESSION. With `resumable: true` the session waits for a RESUME (events
   * meanwhile are kept and replayed). With `resumable: false` the session is invalidated and
   * discord.js re-IDENTIFIEs (after its identify throttle: ~5 s since the last IDENTIFY,
   * unless the client has a custom `ws.buildIdentifyThrottler`).
   */
  sendInvalidSession(resumable = false): void {
    for (const conn of this.connections) {
      const session = conn.session;
      if (session) {
        // The connection is no longer authenticated: discord.js answers a resumable op 9 with a
        // RESUME on the same socket, which must not be refused as "already authenticated".
        conn.session = null;
        if (session.conn === conn) session.conn = null;
        session.state = resumable ? 'disconnected' : 'invalid';
      }
      this.sendPayload(conn, { op: 9, d: resumable, s: null, t: null });
    }
  }

  /** Sends op 1: Discord asking the client for an immediate heartbeat. */
  requestHeartbeat(): void {
    for (const conn of this.connections) this.sendPayload(conn, { op: 1, d: null, s: null, t: null });
  }

  /** Dispatches an arbitrary event to every live session (for events the helpers below do not cover). */
  dispatch(t: string, d: unknown): void {
    for (const session of this.liveSessions()) this.dispatchTo(session, t, d);
  }

  // -------------------------------------------------------------------------
  // Internals: gateway
  // -------------------------------------------------------------------------

  protected liveSessions(): GatewaySession[] {
    return this.sessions.filter((s) => s.state !== 'invalid');
  }

  protected recordGateway(rec: GatewayRecord): void {
    this.gatewayLog.push(rec);
    for (const w of [...this.gatewayWaiters]) {
      if (w.predicate(rec)) {
        clearTimeout(w.timer);
        this.gatewayWaiters.delete(w);
        w.resolve(rec);
      }
    }
  }

  protected onGatewayConnection(ws: WebSocket, url: URL): void {
    const conn: GatewayConnection = {
      id: this.nextConnectionId++,
      ws,
      path: url.pathname,
      session: null,
      identifyCompress: false,
      zlibStream: null,
      zlibQueue: Promise.resolve(),
      closedByServer: false,
    };
    this.connections.add(conn);
    this.recordGateway({ at: Date.now(), connectionId: conn.id, direction: 'open', path: url.pathname });

    ws.on('close', (code: number) => {
      this.connections.delete(conn);
      conn.zlibStream?.close();
      this.recordGateway({
        at: Date.now(),
        connectionId: conn.id,
        direction: 'close',
        code: conn.serverCloseCode ?? code,
        byServer: conn.closedByServer,
      });
      const session = conn.session;
      if (session && session.conn === conn) {
        session.conn = null;
        // Discord invalidates the session when the CLIENT closes with 1000/1001; other closes can be resumed.
        if (!conn.closedByServer && (code === 1000 || code === 1001)) session.state = 'invalid';
        else if (session.state === 'active') session.state = 'disconnected';
      }
    });
    ws.on('error', () => {
      /* socket errors end in 'close' */
    });

    // Query as @discordjs/ws sends it: ?v=10&encoding=json[&compress=zlib-stream]
    const version = url.searchParams.get('v');
    const encoding = url.searchParams.get('encoding') ?? 'json';
    if (version !== null && version !== '10') {
      void this.closeConnection(conn, 4012, 'Invalid API version');
      return;
    }
    if (encoding !== 'json') {
      // ETF is not implemented by the fake.
      void this.closeConnection(conn, 4002, 'Error while decoding payload.');
      return;
    }
    if (url.searchParams.get('compress') === 'zlib-stream') {
      const deflate = zlib.createDeflate();
      conn.zlibStream = deflate;
    }

    ws.on('message', (raw: RawData, isBinary: boolean) => this.onGatewayMessage(conn, raw, isBinary));
    this.sendPayload(conn, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null });
  }

  protected closeConnection(conn: GatewayConnection, code: number, reason: string): Promise<void> {
    return new Promise((resolve) => {
      if (conn.ws.readyState === WebSocket.CLOSED) {
        resolve();
        return;
      }
      conn.closedByServer = true;
      conn.serverCloseCode = code;
      conn.ws.once('close', () => resolve());
      conn.ws.close(code, reason);
      // Do not wait forever for the client's half of the closing handshake.
      setTimeout(() => {
        if (conn.ws.readyState !== WebSocket.CLOSED) conn.ws.terminate();
      }, 1000).unref();
    });
  }

  protected sendPayload(
    conn: GatewayConnection,
    payload: { op: number; d: unknown; s: number | null; t: string | null },
  ): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    this.recordGateway({
      at: Date.now(),
      connectionId: conn.id,
      direction: 'out',
      op: payload.op,
      t: payload.t,
      s: payload.s,
    });
    const json = JSON.stringify(payload);
    if (conn.zlibStream) {
      // zlib-stream: one deflate context per connection; each payload ends with a Z_SYNC_FLUSH
      // (the 00 00 FF FF suffix the client looks for). Payloads are deflated strictly one after
      // another so each frame holds exactly one payload.
      const stream = conn.zlibStream;
      conn.zlibQueue = conn.zlibQueue.then(
        () =>
          new Promise<void>((resolve) => {
            const chunks: Buffer[] = [];
            const onData = (chunk: Buffer): void => {
              chunks.push(chunk);
            };
            stream.on('data', onData);
            stream.write(json);
            stream.flush(zlib.constants.Z_SYNC_FLUSH, () => {
              stream.off('data', onData);
              if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(Buffer.concat(chunks));
              resolve();
            });
          }),
      );
    } else if (conn.identifyCompress) {
      conn.ws.send(zlib.deflateSync(json));
    } else {
      conn.ws.send(json);
    }
  }

  protected onGatewayMessage(conn: GatewayConnection, raw: RawData, isBinary: boolean): void {
    let payload: unknown;
    try {
      const text = isBinary ? zlib.inflateSync(Buffer.from(raw as Buffer)).toString() : raw.toString();
      payload = JSON.parse(text);
    } catch {
      void this.closeConnection(conn, 4002, 'Error while decoding payload.');
      return;
    }
    if (!isObject(payload) || typeof payload.op !== 'number') {
      void this.closeConnection(conn, 4002, 'Error while decoding payload.');
      return;
    }
    const op = payload.op;
    const d = payload.d;
    this.recordGateway({ at: Date.now(), connectionId: conn.id, direction: 'in', op });

    switch (op) {
      case 1: // HEARTBEAT -> HEARTBEAT_ACK
        if (this.options.ackHeartbeats) this.sendPayload(conn, { op: 11, d: null, s: null, t: null });
        return;
      case 2:
        this.onIdentify(conn, isObject(d) ? d : {});
        return;
      case 6:
        this.onResume(conn, isObject(d) ? d : {});
        return;
      case 3: // PRESENCE_UPDATE
      case 4: // VOICE_STATE_UPDATE
        if (!conn.session) void this.closeConnection(conn, 4003, 'Not authenticated.');
        return;
      case 8: // REQUEST_GUILD_MEMBERS -> one GUILD_MEMBERS_CHUNK
        if (!conn.session) {
          void this.closeConnection(conn, 4003, 'Not authenticated.');
          return;
        }
        this.dispatchTo(conn.session, 'GUILD_MEMBERS_CHUNK', {
          guild_id: isObject(d) && typeof d.guild_id === 'string' ? d.guild_id : this.guild.id,
          members: [...this.members.values()],
          chunk_index: 0,
          chunk_count: 1,
          not_found: [],
          ...(isObject(d) && typeof d.nonce === 'string' ? { nonce: d.nonce } : {}),
        });
        return;
      default:
        void this.closeConnection(conn, 4001, 'Unknown opcode.');
    }
  }

  protected tokenAccepted(token: unknown): token is string {
    if (typeof token !== 'string' || token.length === 0) return false;
    return this.options.token === undefined || token === this.options.token;
  }

  protected onIdentify(conn: GatewayConnection, d: JsonObject): void {
    const intents = typeof d.intents === 'number' ? d.intents : NaN;
    const record: IdentifyRecord = {
      at: Date.now(),
      token: typeof d.token === 'string' ? d.token : '',
      intents,
      properties: d.properties,
      compress: d.compress === true,
      shard: d.shard,
      accepted: false,
    };
    this.identifies.push(record);
    if (conn.session) {
      void this.closeConnection(conn, 4005, 'Already authenticated.');
      return;
    }
    if (!this.tokenAccepted(d.token)) {
      void this.closeConnection(conn, 4004, 'Authentication failed.');
      return;
    }
    if (!Number.isInteger(intents) || intents < 0 || (intents & ~ALL_KNOWN_INTENTS) !== 0) {
      void this.closeConnection(conn, 4013, 'Invalid intent(s).');
      return;
    }
    if (!this.options.privilegedIntentsAllowed && (intents & PRIVILEGED_INTENTS) !== 0) {
      void this.closeConnection(conn, 4014, 'Disallowed intent(s).');
      return;
    }
    if (Array.isArray(d.shard)) {
      const [shardId, shardCount] = d.shard;
      if (typeof shardId !== 'number' || typeof shardCount !== 'number' || shardId >= shardCount) {
        void this.closeConnection(conn, 4010, 'Invalid shard.');
        return;
      }
      if (shardCount !== 1) {
        // The fake has a single guild; discord.js only shards when told to.
        void this.closeConnection(conn, 4010, 'Invalid shard.');
        return;
      }
    }
    record.accepted = true;
    conn.identifyCompress = d.compress === true && conn.zlibStream === null;
    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      token: d.token as string,
      intents,
      seq: 0,
      events: [],
      conn,
      state: 'active',
    };
    this.sessions.push(session);
    conn.session = session;

    this.dispatchTo(session, 'READY', {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0, email: null },
      user_settings: {},
      // Guilds start unavailable; GUILD_CREATE follows for each (discord.js waits for them).
      guilds: [{ id: this.guild.id, unavailable: true }],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.resumeGatewayUrl,
      shard: [0, 1],
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['local'],
      _trace: ['["fake-discord",{"micros":0}]'],
    });
    // GUILD_CREATE needs the Guilds intent.
    if (intents & Intent.Guilds) this.dispatchTo(session, 'GUILD_CREATE', this.guildCreatePayload());
  }

  protected onResume(conn: GatewayConnection, d: JsonObject): void {
    const sessionId = typeof d.session_id === 'string' ? d.session_id : '';
    const seq = typeof d.seq === 'number' ? d.seq : -1;
    const record: ResumeRecord = { at: Date.now(), sessionId, seq, accepted: false, replayed: 0 };
    this.resumes.push(record);
    if (conn.session) {
      void this.closeConnection(conn, 4005, 'Already authenticated.');
      return;
    }
    const session = this.sessions.find((s) => s.id === sessionId);
    if (
      !session ||
      session.state === 'invalid' ||
      !this.tokenAccepted(d.token) ||
      d.token !== session.token ||
      seq > session.seq ||
      seq < 0
    ) {
      // Not resumable: the client must IDENTIFY again.
      this.sendPayload(conn, { op: 9, d: false, s: null, t: null });
      return;
    }
    if (session.conn && session.conn !== conn) {
      // A newer connection takes the session over.
      void this.closeConnection(session.conn, 4000, 'Session resumed elsewhere');
    }
    record.accepted = true;
    session.conn = conn;
    session.state = 'active';
    conn.session = session;
    // Replay everything the client missed, in order, then RESUMED.
    const missed = session.events.filter((e) => e.s > seq);
    record.replayed = missed.length;
    for (const e of missed) this.sendPayload(conn, e);
    this.dispatchTo(session, 'RESUMED', null);
  }

  /** Sequences an event in a session and sends it if the session is connected (else it waits for RESUME). */
  protected dispatchTo(session: GatewaySession, t: string, d: unknown): void {
    session.seq += 1;
    const event: GatewayDispatchEvent = { op: 0, t, s: session.seq, d };
    session.events.push(event);
    if (session.conn && session.state === 'active') this.sendPayload(session.conn, event);
  }

  /** MESSAGE_* events honour GUILD_MESSAGES / DIRECT_MESSAGES and the Message Content intent per session. */
  protected dispatchMessageEvent(t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', message: ApiMessage): void {
    const dm = message.guild_id === undefined;
    for (const session of this.liveSessions()) {
      if (!(session.intents & (dm ? Intent.DirectMessages : Intent.GuildMessages))) continue;
      const exempt =
        dm || message.author.id === this.botUser.id || message.mentions.some((u) => u.id === this.botUser.id);
      if (!(session.intents & Intent.MessageContent) && !exempt) {
        // What Discord sends to apps without the Message Content intent.
        this.dispatchTo(session, t, { ...message, content: '', embeds: [], attachments: [], components: [] });
      } else {
        this.dispatchTo(session, t, message);
      }
    }
  }

  protected echoMessage(t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE' | 'MESSAGE_DELETE', message: ApiMessage): void {
    if (!this.options.echoBotMessages || (message.flags & MessageFlag.Ephemeral) !== 0) return;
    if (t === 'MESSAGE_DELETE') {
      const dm = message.guild_id === undefined;
      for (const session of this.liveSessions()) {
        if (!(session.intents & (dm ? Intent.DirectMessages : Intent.GuildMessages))) continue;
        this.dispatchTo(session, t, {
          id: message.id,
          channel_id: message.channel_id,
          ...(message.guild_id ? { guild_id: message.guild_id } : {}),
        });
      }
      return;
    }
    this.dispatchMessageEvent(t, message);
  }
}
