/**
 * FakeDiscord's members, roles and attachments (served like Discord's CDN), and its HTTP transport:
 * authorization, routing, injected failures, rate-limit headers (fakeDiscord.ts describes the whole).
 */
import http from 'node:http';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';

import type {
  ApiAttachment,
  ApiRole,
  ApiUser,
  FailureInjection,
  JsonObject,
  JsonValue,
  RecordedRequest,
} from './fakeDiscordApi.ts';
import { matchTemplate, sleep, snowflake } from './fakeDiscordApi.ts';
import type { RouteResult } from './fakeFormErrors.ts';
import { apiError } from './fakeFormErrors.ts';
import { uploadLimitError } from './fakeUploadLimits.ts';
import type { Waiter, RouteDef } from './fakeDiscordWorld.ts';
import { FakeDiscordGateway } from './fakeDiscordGateway.ts';

export class FakeDiscordHttp extends FakeDiscordGateway {
  // -------------------------------------------------------------------------
  // Roles and members (who may ask, who may add)
  // -------------------------------------------------------------------------

  /**
   * A new guild role, in GUILD_CREATE from now on (create roles before the bot connects; a
   * connected bot is sent GUILD_ROLE_CREATE, which arrives asynchronously).
   */
  addRole(name: string): ApiRole {
    const role: ApiRole = {
      id: snowflake(),
      name,
      color: 0,
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: this.roles.length,
      permissions: '0',
      managed: false,
      mentionable: false,
      flags: 0,
    };
    this.roles.push(role);
    this.dispatch('GUILD_ROLE_CREATE', { guild_id: this.guild.id, role });
    return role;
  }

  /** A new user who is a member of the guild with `roleIds`. */
  addMember(username: string, roleIds: string[] = []): ApiUser {
    const user: ApiUser = { id: snowflake(), username, discriminator: '0', global_name: username, avatar: null };
    this.members.set(user.id, this.defaultMember(user, [...roleIds]));
    return user;
  }

  /** Replaces a member's roles: interactions, messages and member look-ups carry them from now on. */
  setMemberRoles(user: ApiUser, roleIds: string[]): void {
    const member = this.members.get(user.id);
    if (!member) throw new Error(`FakeDiscord.setMemberRoles: ${user.username} is not a member`);
    member.roles = [...roleIds];
  }

  /** GET /guilds/:guildId/members/:userId (the bot looks up a DM sender's roles). */
  protected getGuildMember(guildId: string, userId: string): RouteResult {
    if (guildId !== this.guild.id) return apiError(404, 10004, 'Unknown Guild');
    const member = this.members.get(userId);
    return member ? { status: 200, body: member } : apiError(404, 10007, 'Unknown Member');
  }

  // -------------------------------------------------------------------------
  // Attachments users send (served like Discord's CDN)
  // -------------------------------------------------------------------------

  /**
   * A file a user attaches (to a slash command's attachment option), served at its `url` on
   * the loopback server as Discord's CDN serves uploads. `size` overrides the size Discord
   * declares (a huge upload need not be held in memory; a lying one).
   */
  uploadAttachment(spec: {
    filename: string;
    bytes: Uint8Array | string;
    contentType?: string;
    size?: number;
  }): ApiAttachment {
    const id = snowflake();
    const bytes = typeof spec.bytes === 'string' ? Buffer.from(spec.bytes) : Buffer.from(spec.bytes);
    const url = `http://127.0.0.1:${this.port}/attachments/${this.channels.general.id}/${id}/${encodeURIComponent(spec.filename)}?ex=${Date.now().toString(16)}`;
    const attachment: ApiAttachment = {
      id,
      filename: spec.filename,
      size: spec.size ?? bytes.length,
      url,
      proxy_url: url,
      ...(spec.contentType !== undefined ? { content_type: spec.contentType } : {}),
    };
    this.uploads.set(id, { bytes, contentType: spec.contentType });
    return attachment;
  }

  /** `data.resolved` for slash-command options that carry these attachments (their value is the attachment id). */
  resolvedAttachments(...attachments: ApiAttachment[]): JsonObject {
    return { attachments: Object.fromEntries(attachments.map((a) => [a.id, { ...a }])) } as unknown as JsonObject;
  }

  /** GET /attachments/:channelId/:attachmentId/:filename: the bytes, or 404 like the CDN. True when the path was the CDN's. */
  protected serveAttachment(
    method: string,
    rawPath: string,
    record: RecordedRequest,
    res: http.ServerResponse,
  ): boolean {
    const match = /^\/attachments\/\d+\/(\d+)\/[^/]+$/.exec(rawPath);
    if (!match || method !== 'GET') return false;
    record.route = 'GET /attachments/:channelId/:attachmentId/:filename';
    const upload = this.uploads.get(match[1] ?? '');
    record.status = upload ? 200 : 404;
    if (upload) {
      res.writeHead(200, {
        'content-type': upload.contentType ?? 'application/octet-stream',
        'content-length': String(upload.bytes.length),
      });
      res.end(upload.bytes);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not Found');
    }
    this.notifyRequest(record);
    return true;
  }

  // -------------------------------------------------------------------------
  // Internals: HTTP
  // -------------------------------------------------------------------------

  protected addWaiter<T>(
    set: Set<Waiter<T>>,
    predicate: (item: T) => boolean,
    timeoutMs: number,
    what: string,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          set.delete(waiter);
          reject(new Error(`FakeDiscord: timed out after ${timeoutMs} ms waiting for a matching ${what}`));
        }, timeoutMs),
      };
      set.add(waiter);
    });
  }

  protected notifyRequest(req: RecordedRequest): void {
    for (const w of [...this.requestWaiters]) {
      if (w.predicate(req)) {
        clearTimeout(w.timer);
        this.requestWaiters.delete(w);
        w.resolve(req);
      }
    }
  }

  protected takeInjection(method: string, path: string): FailureInjection | undefined {
    const idx = this.injections.findIndex((inj) => {
      if (inj.remaining <= 0) return false;
      if (inj.method && inj.method.toUpperCase() !== method) return false;
      if (inj.pathPattern === undefined) return true;
      return typeof inj.pathPattern === 'string' ? matchTemplate(inj.pathPattern, path) : inj.pathPattern.test(path);
    });
    if (idx < 0) return undefined;
    const inj = this.injections[idx];
    if (!inj) return undefined;
    inj.remaining -= 1;
    if (inj.remaining <= 0) this.injections.splice(idx, 1);
    return inj;
  }

  /** Plausible per-route rate-limit headers (never exhausted unless a 429 is injected). */
  protected rateLimitHeaders(route: string, remaining = 4, resetAfter = 1): Record<string, string> {
    return {
      'X-RateLimit-Limit': '5',
      'X-RateLimit-Remaining': String(remaining),
      'X-RateLimit-Reset': ((Date.now() + resetAfter * 1000) / 1000).toFixed(3),
      'X-RateLimit-Reset-After': resetAfter.toFixed(3),
      'X-RateLimit-Bucket': createHash('md5').update(route).digest('hex'),
    };
  }

  /** Writes the answer; returns the headers sent. */
  protected send(
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string>,
  ): Record<string, string> {
    if (status === 204 || body === undefined) {
      if (!res.destroyed) {
        res.writeHead(status, headers);
        res.end();
      }
      return headers;
    }
    const json = JSON.stringify(body);
    // discord.js only parses bodies whose Content-Type starts with application/json.
    const all = { ...headers, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(json)) };
    if (!res.destroyed) {
      res.writeHead(status, all);
      res.end(json);
    }
    return all;
  }

  protected async handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const at = performance.now();
    const receivedAt = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const rawPath = url.pathname;
    const prefix = '/api/v10';
    const apiPath = rawPath.startsWith(`${prefix}/`) ? rawPath.slice(prefix.length) : undefined;
    const path = (apiPath ?? rawPath)
      .split('/')
      .map((seg) => {
        try {
          return decodeURIComponent(seg);
        } catch {
          return seg;
        }
      })
      .join('/');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (typeof v === 'string') headers[k.toLowerCase()] = v;
      else if (Array.isArray(v)) headers[k.toLowerCase()] = v.join(', ');
    }
    const record: RecordedRequest = {
      seq: this.requests.length + 1,
      method,
      path,
      rawPath,
      route: '?',
      query: Object.fromEntries(url.searchParams.entries()),
      headers,
      body: undefined,
      files: [],
      receivedAt,
      at,
    };
    this.requests.push(record);
    if (apiPath === undefined && this.serveAttachment(method, rawPath, record, res)) return;

    // Body: JSON, or multipart/form-data (discord.js uses it only when files are attached) with payload_json.
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    let bodyError: RouteResult | undefined;
    const contentType = headers['content-type'] ?? '';
    if (raw.length > 0) {
      if (contentType.startsWith('multipart/form-data')) {
        try {
          const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
          for (const [field, value] of form.entries()) {
            if (typeof value === 'string') {
              if (field === 'payload_json') record.body = JSON.parse(value) as JsonValue;
            } else {
              record.files.push({ field, filename: value.name, contentType: value.type, size: value.size });
            }
          }
        } catch {
          bodyError = apiError(400, 50109, 'The request body contains invalid JSON.');
        }
      } else {
        try {
          record.body = JSON.parse(raw.toString('utf8')) as JsonValue;
        } catch {
          bodyError = apiError(400, 50109, 'The request body contains invalid JSON.');
        }
      }
    }

    bodyError ??= uploadLimitError(record.files);

    // Route lookup (also needed to attribute injected failures to an interaction).
    const match = apiPath !== undefined ? this.matchRoute(method, path) : undefined;
    if (match) {
      record.route = `${match.def.method} ${match.def.template}`;
      record.interactionId = this.interactionIdFor(match.params);
    }

    const injection = this.takeInjection(method, path);
    if (injection?.delayMs) {
      record.injected = 'delay';
      await sleep(injection.delayMs);
    }
    if (injection?.hang) {
      record.injected = 'hang';
      this.hangingResponses.add(res);
      res.on('close', () => this.hangingResponses.delete(res));
      this.notifyRequest(record);
      return;
    }

    let result: RouteResult;
    let extraHeaders: Record<string, string> = {};
    if (injection?.status !== undefined) {
      record.injected = 'status';
      ({ result, headers: extraHeaders } = this.injectedFailure(injection, record.route));
    } else if (bodyError) {
      result = bodyError;
    } else if (apiPath === undefined || !match) {
      const anyMethod = apiPath !== undefined && this.routesTable.some((r) => matchTemplate(r.template, path));
      result = anyMethod ? apiError(405, 0, '405: Method Not Allowed') : apiError(404, 0, '404: Not Found');
    } else if (match.def.auth && !this.authorized(headers.authorization)) {
      result = apiError(401, 0, '401: Unauthorized');
    } else {
      result = await match.def.handler(record, match.params);
    }

    if (injection?.loseResponse) {
      // The work is done (recorded as the status the client never sees); the answer is never sent.
      record.injected = 'lost';
      record.status = result.status;
      record.response = result.body;
      this.hangingResponses.add(res);
      res.on('close', () => this.hangingResponses.delete(res));
      this.notifyRequest(record);
      result.after?.();
      return;
    }

    const rl = extraHeaders['Retry-After'] !== undefined ? {} : this.rateLimitHeaders(`${method} ${record.route}`);
    record.responseHeaders = this.send(res, result.status, result.body, { ...rl, ...extraHeaders });
    record.status = result.status;
    record.response = result.body;
    this.notifyRequest(record);
    result.after?.();
  }

  protected injectedFailure(
    inj: FailureInjection,
    route: string,
  ): { result: RouteResult; headers: Record<string, string> } {
    const status = inj.status ?? 500;
    if (status !== 429) {
      return {
        result: {
          status,
          body: inj.body ?? { message: `${status}: ${http.STATUS_CODES[status] ?? 'Error'}`, code: 0 },
        },
        headers: {},
      };
    }
    const retryAfter = inj.retryAfter ?? 1;
    // Discord's Retry-After header is in seconds; the body's retry_after is a float. The header
    // carries the exact value here so a test can use sub-second waits (discord.js reads the header).
    const headers: Record<string, string> = { 'Retry-After': String(retryAfter) };
    if (inj.global) {
      headers['X-RateLimit-Global'] = 'true';
      headers['X-RateLimit-Scope'] = 'global';
    } else {
      Object.assign(headers, this.rateLimitHeaders(route, 0, retryAfter));
      headers['X-RateLimit-Scope'] = inj.scope ?? 'user';
    }
    return {
      result: {
        status: 429,
        body: inj.body ?? {
          message: 'You are being rate limited.',
          retry_after: retryAfter,
          global: inj.global === true,
        },
      },
      headers,
    };
  }

  protected authorized(header: string | undefined): boolean {
    if (!header?.startsWith('Bot ')) return false;
    return this.tokenAccepted(header.slice(4));
  }

  protected matchRoute(method: string, path: string): { def: RouteDef; params: Map<string, string> } | undefined {
    const segs = path.split('/').filter(Boolean);
    for (const def of this.routesTable) {
      if (def.method !== method) continue;
      const tpl = def.template.split('/').filter(Boolean);
      if (tpl.length !== segs.length) continue;
      const params = new Map<string, string>();
      let ok = true;
      for (let i = 0; i < tpl.length; i++) {
        const t = tpl[i] ?? '';
        const s = segs[i] ?? '';
        if (t.startsWith(':')) params.set(t.slice(1), s);
        else if (t !== s) {
          ok = false;
          break;
        }
      }
      if (ok) return { def, params };
    }
    return undefined;
  }

  protected interactionIdFor(params: Map<string, string>): string | undefined {
    const id = params.get('interactionId');
    if (id !== undefined) return this.interactions.has(id) ? id : undefined;
    const token = params.get('token');
    return token !== undefined ? this.interactionsByToken.get(token)?.id : undefined;
  }
}
