/** FakeDiscord's REST routes: commands, interaction callbacks, webhooks, channel messages (fakeDiscord.ts describes the whole). */

import type {
  ApiApplicationCommand,
  ApiAttachment,
  ApiComponent,
  ApiEmbed,
  ApiMessage,
  CommandOptionDefinition,
  FakeDiscordOptions,
  JsonObject,
  RecordedFile,
  RecordedRequest,
} from './fakeDiscordApi.ts';
import { MessageFlag, isObject, snowflake } from './fakeDiscordApi.ts';
import type { RouteResult } from './fakeFormErrors.ts';
import {
  FormErrors,
  apiError,
  hasVisibleContent,
  invalidForm,
  validateCommand,
  validateMessageBody,
} from './fakeFormErrors.ts';
import { type InteractionState, type RouteDef, param } from './fakeDiscordWorld.ts';
import { FakeDiscordHttp } from './fakeDiscordHttp.ts';

export class FakeDiscordRest extends FakeDiscordHttp {
  constructor(options: FakeDiscordOptions = {}) {
    super(options);
    this.routesTable = this.buildRoutes();
  }

  protected buildRoutes(): RouteDef[] {
    const r = (method: string, template: string, auth: boolean, handler: RouteDef['handler']): RouteDef => ({
      method,
      template,
      auth,
      handler,
    });
    return [
      r('GET', '/gateway', false, () => ({ status: 200, body: { url: this.gatewayUrl } })),
      r('GET', '/gateway/bot', true, () => ({
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        },
      })),
      r('GET', '/users/@me', true, () => ({
        status: 200,
        body: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
      })),
      r('GET', '/applications/@me', true, () => ({ status: 200, body: this.applicationObject() })),
      r('GET', '/oauth2/applications/@me', true, () => ({ status: 200, body: this.applicationObject() })),
      r('GET', '/applications/:appId/commands', true, (_req, p) => this.getCommands(param(p, 'appId'), undefined)),
      r('PUT', '/applications/:appId/commands', true, (req, p) => this.putCommands(req, param(p, 'appId'), undefined)),
      r('GET', '/applications/:appId/guilds/:guildId/commands', true, (_req, p) =>
        this.getCommands(param(p, 'appId'), param(p, 'guildId')),
      ),
      r('PUT', '/applications/:appId/guilds/:guildId/commands', true, (req, p) =>
        this.putCommands(req, param(p, 'appId'), param(p, 'guildId')),
      ),
      r('POST', '/interactions/:interactionId/:token/callback', false, (req, p) =>
        this.interactionCallback(req, param(p, 'interactionId'), param(p, 'token')),
      ),
      r('POST', '/webhooks/:appId/:token', false, (req, p) =>
        this.webhookExecute(req, param(p, 'appId'), param(p, 'token')),
      ),
      r('GET', '/webhooks/:appId/:token/messages/:messageId', false, (req, p) => this.webhookMessage(req, p)),
      r('PATCH', '/webhooks/:appId/:token/messages/:messageId', false, (req, p) => this.webhookMessage(req, p)),
      r('DELETE', '/webhooks/:appId/:token/messages/:messageId', false, (req, p) => this.webhookMessage(req, p)),
      r('GET', '/guilds/:guildId/members/:userId', true, (_req, p) =>
        this.getGuildMember(param(p, 'guildId'), param(p, 'userId')),
      ),
      r('GET', '/channels/:channelId', true, (_req, p) => {
        const ch = this.findChannel(param(p, 'channelId'));
        return ch ? { status: 200, body: ch } : apiError(404, 10003, 'Unknown Channel');
      }),
      r('GET', '/channels/:channelId/messages', true, (req, p) => this.listMessages(req, param(p, 'channelId'))),
      r('POST', '/channels/:channelId/messages', true, (req, p) =>
        this.createChannelMessage(req, param(p, 'channelId')),
      ),
      r('GET', '/channels/:channelId/messages/:messageId', true, (_req, p) => {
        const m = this.messages.get(param(p, 'messageId'));
        if (!this.findChannel(param(p, 'channelId'))) return apiError(404, 10003, 'Unknown Channel');
        return m && m.channel_id === param(p, 'channelId') && (m.flags & MessageFlag.Ephemeral) === 0
          ? { status: 200, body: m }
          : apiError(404, 10008, 'Unknown Message');
      }),
      r('PATCH', '/channels/:channelId/messages/:messageId', true, (req, p) =>
        this.editChannelMessage(req, param(p, 'channelId'), param(p, 'messageId')),
      ),
      r('DELETE', '/channels/:channelId/messages/:messageId', true, (_req, p) =>
        this.deleteChannelMessage(param(p, 'channelId'), param(p, 'messageId')),
      ),
      r('POST', '/channels/:channelId/typing', true, (_req, p) =>
        this.findChannel(param(p, 'channelId')) ? { status: 204 } : apiError(404, 10003, 'Unknown Channel'),
      ),
    ];
  }

  // --- REST: commands -------------------------------------------------------

  protected getCommands(appId: string, guildId: string | undefined): RouteResult {
    if (appId !== this.applicationId) return apiError(403, 50001, 'Missing Access');
    if (guildId !== undefined && guildId !== this.guild.id) return apiError(403, 50001, 'Missing Access');
    return { status: 200, body: this.registeredCommands(guildId) };
  }

  protected putCommands(req: RecordedRequest, appId: string, guildId: string | undefined): RouteResult {
    if (appId !== this.applicationId) return apiError(403, 50001, 'Missing Access');
    if (guildId !== undefined && guildId !== this.guild.id) return apiError(403, 50001, 'Missing Access');
    const body = req.body;
    if (!Array.isArray(body)) {
      const errors = new FormErrors();
      errors.add([], 'LIST_TYPE_CONVERT', 'Only iterables may be used in a ListType');
      return invalidForm(errors);
    }
    const errors = new FormErrors();
    if (body.length > 100) errors.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    body.forEach((cmd, i) => validateCommand(cmd, errors, i));
    if (errors.count) return invalidForm(errors);
    const scope = guildId ?? 'global';
    const stored: ApiApplicationCommand[] = body.filter(isObject).map((cmd) => {
      const type = typeof cmd.type === 'number' ? cmd.type : 1;
      const name = String(cmd.name);
      return {
        id: this.commandIdFor(scope, `${type}:${name}`),
        application_id: this.applicationId,
        ...(guildId ? { guild_id: guildId } : {}),
        version: snowflake(),
        type,
        name,
        description: typeof cmd.description === 'string' ? cmd.description : '',
        options: Array.isArray(cmd.options) ? (cmd.options as unknown as CommandOptionDefinition[]) : [],
        default_member_permissions:
          typeof cmd.default_member_permissions === 'string' ? cmd.default_member_permissions : null,
        nsfw: cmd.nsfw === true,
        contexts: Array.isArray(cmd.contexts) ? cmd.contexts.filter((c): c is number => typeof c === 'number') : null,
        integration_types: Array.isArray(cmd.integration_types)
          ? cmd.integration_types.filter((c): c is number => typeof c === 'number')
          : [0],
      };
    });
    this.commands.set(scope, stored);
    return { status: 200, body: stored };
  }

  // --- REST: interactions ---------------------------------------------------

  protected interactionCallback(req: RecordedRequest, interactionId: string, token: string): RouteResult {
    const state = this.interactions.get(interactionId);
    if (!state || state.token !== token) return apiError(404, 10062, 'Unknown interaction');
    if (state.acknowledged) return apiError(400, 40060, 'Interaction has already been acknowledged.');
    // Discord drops interactions not answered within 3 s of creation.
    if (req.at - state.dispatchedPerf > this.options.interactionDeadlineMs)
      return apiError(404, 10062, 'Unknown interaction');

    const body = req.body;
    const errors = new FormErrors();
    if (!isObject(body)) {
      errors.add(['type'], 'BASE_TYPE_REQUIRED', 'This field is required');
      return invalidForm(errors);
    }
    const type = body.type;
    // Which callback types each interaction type accepts.
    const allowed: Record<number, number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8], 5: [4, 5, 6, 7] };
    if (typeof type !== 'number' || !(allowed[state.type] ?? []).includes(type)) {
      errors.add(
        ['type'],
        'INTERACTION_RESPONSE_TYPE_INVALID',
        'Interaction response type is invalid for this interaction',
      );
      return invalidForm(errors);
    }
    const data = isObject(body.data) ? body.data : undefined;
    if (type === 4 || type === 7) {
      if (!data) {
        errors.add(['data'], 'BASE_TYPE_REQUIRED', 'This field is required');
        return invalidForm(errors);
      }
      validateMessageBody(data, errors, ['data']);
      if (errors.count) return invalidForm(errors);
      if (type === 4 && !hasVisibleContent({ ...data, attachments: req.files.length ? req.files : data.attachments })) {
        return apiError(400, 50006, 'Cannot send an empty message');
      }
    } else if (type === 8) {
      const choices = data?.choices;
      if (!Array.isArray(choices)) {
        errors.add(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
      } else {
        if (choices.length > 25)
          errors.add(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
        choices.forEach((c, i) => {
          if (!isObject(c)) return;
          if (errors.required(['data', 'choices', i, 'name'], c.name))
            errors.lengthBetween(['data', 'choices', i, 'name'], c.name, 1, 100);
          if (errors.required(['data', 'choices', i, 'value'], c.value))
            errors.maxLength(['data', 'choices', i, 'value'], c.value, 100);
        });
      }
      if (errors.count) return invalidForm(errors);
    } else if (type === 9) {
      if (!data) errors.add(['data'], 'BASE_TYPE_REQUIRED', 'This field is required');
      else {
        if (errors.required(['data', 'custom_id'], data.custom_id))
          errors.lengthBetween(['data', 'custom_id'], data.custom_id, 1, 100);
        if (errors.required(['data', 'title'], data.title)) errors.lengthBetween(['data', 'title'], data.title, 1, 45);
        if (errors.required(['data', 'components'], data.components))
          errors.lengthBetween(['data', 'components'], data.components, 1, 5);
      }
      if (errors.count) return invalidForm(errors);
    }

    state.acknowledged = true;
    state.callbackType = type;
    let message: ApiMessage | undefined;
    let after: (() => void) | undefined;
    if (type === 4 || type === 5) {
      const flags = typeof data?.flags === 'number' ? data.flags : 0;
      message = this.newBotMessage({
        channelId: state.channelId,
        guildId: state.guildId,
        type: state.type === 2 ? 20 : 0,
        body: type === 4 && data ? data : {},
        files: type === 4 ? req.files : [],
        // A deferred reply is a visible "is thinking..." message (flag LOADING) until edited.
        flags:
          (flags &
            (MessageFlag.Ephemeral |
              MessageFlag.SuppressEmbeds |
              MessageFlag.SuppressNotifications |
              MessageFlag.IsComponentsV2)) |
          (type === 5 ? MessageFlag.Loading : 0),
        interaction: state,
      });
      state.originalMessageId = message.id;
      state.originalLoading = type === 5;
      const created = message;
      after = () => this.echoMessage('MESSAGE_CREATE', created);
    } else if (type === 6 || type === 7) {
      // Component interactions: @original is the message the component is on.
      state.originalMessageId = state.sourceMessageId;
      const source = state.sourceMessageId ? this.messages.get(state.sourceMessageId) : undefined;
      if (type === 7 && source && data) {
        message = this.applyEdit(source, data, req.files);
        const edited = message;
        after = () => this.echoMessage('MESSAGE_UPDATE', edited);
      } else {
        message = source;
      }
    }

    if (req.query.with_response !== 'true') return { status: 204, ...(after ? { after } : {}) };
    return {
      status: 200,
      body: {
        interaction: {
          id: state.id,
          type: state.type,
          activity_instance_id: null,
          response_message_id: message?.id ?? null,
          response_message_loading: type === 5,
          response_message_ephemeral: message ? (message.flags & MessageFlag.Ephemeral) !== 0 : false,
        },
        resource: { type, ...(message ? { message } : {}) },
      },
      ...(after ? { after } : {}),
    };
  }

  /** Resolves the interaction behind a webhook token, enforcing Discord's rules. */
  protected interactionForWebhook(appId: string, token: string, now: number): InteractionState | RouteResult {
    const state = this.interactionsByToken.get(token);
    if (appId !== this.applicationId || !state) return apiError(404, 10015, 'Unknown Webhook');
    // The interaction webhook only exists once the interaction was acknowledged.
    if (!state.acknowledged) return apiError(404, 10015, 'Unknown Webhook');
    if (now - state.dispatchedPerf > this.options.followupWindowMs)
      return apiError(401, 50027, 'Invalid Webhook Token');
    return state;
  }

  protected webhookExecute(req: RecordedRequest, appId: string, token: string): RouteResult {
    const found = this.interactionForWebhook(appId, token, req.at);
    if (!('token' in found)) return found;
    const state = found;
    const body = isObject(req.body) ? req.body : {};
    const errors = new FormErrors();
    validateMessageBody(body, errors, []);
    if (errors.count) return invalidForm(errors);
    if (!hasVisibleContent({ ...body, attachments: req.files.length ? req.files : body.attachments })) {
      return apiError(400, 50006, 'Cannot send an empty message');
    }
    const flags = typeof body.flags === 'number' ? body.flags : 0;
    let message: ApiMessage;
    let after: () => void;
    const original = state.originalMessageId ? this.messages.get(state.originalMessageId) : undefined;
    if (state.originalLoading && original) {
      // Discord: the first follow-up after a deferred reply replaces the "is thinking..." message
      // (keeping the deferral's ephemeral flag).
      message = this.applyEdit(original, body, req.files);
      message.flags &= ~MessageFlag.Loading;
      message.edited_timestamp = null;
      state.originalLoading = false;
      const m = message;
      after = () => this.echoMessage('MESSAGE_UPDATE', m);
    } else {
      message = this.newBotMessage({
        channelId: state.channelId,
        guildId: state.guildId,
        type: 0,
        body,
        files: req.files,
        flags:
          flags &
          (MessageFlag.Ephemeral |
            MessageFlag.SuppressEmbeds |
            MessageFlag.SuppressNotifications |
            MessageFlag.IsComponentsV2),
        interaction: state,
      });
      const m = message;
      after = () => this.echoMessage('MESSAGE_CREATE', m);
    }
    state.followupIds.add(message.id);
    // discord.js always sends ?wait=true; without it Discord answers 204.
    return req.query.wait === 'true' ? { status: 200, body: message, after } : { status: 204, after };
  }

  protected webhookMessage(req: RecordedRequest, params: Map<string, string>): RouteResult {
    const found = this.interactionForWebhook(param(params, 'appId'), param(params, 'token'), req.at);
    if (!('token' in found)) return found;
    const state = found;
    const messageIdParam = param(params, 'messageId');
    const messageId = messageIdParam === '@original' ? state.originalMessageId : messageIdParam;
    const isOwn =
      messageId !== undefined && (messageId === state.originalMessageId || state.followupIds.has(messageId));
    const message = messageId !== undefined && isOwn ? this.messages.get(messageId) : undefined;
    if (!message) return apiError(404, 10008, 'Unknown Message');
    if (req.method === 'GET') return { status: 200, body: message };
    if (req.method === 'DELETE') {
      this.messages.delete(message.id);
      return { status: 204, after: () => this.echoMessage('MESSAGE_DELETE', message) };
    }
    const body = isObject(req.body) ? req.body : {};
    const errors = new FormErrors();
    validateMessageBody(body, errors, []);
    if (errors.count) return invalidForm(errors);
    const wasLoading = (message.flags & MessageFlag.Loading) !== 0;
    const candidate = { ...message, ...body };
    if (!hasVisibleContent({ ...candidate, attachments: req.files.length ? req.files : candidate.attachments })) {
      return apiError(400, 50006, 'Cannot send an empty message');
    }
    const edited = this.applyEdit(message, body, req.files);
    if (wasLoading) {
      // Editing the deferred placeholder turns it into the real answer (not shown as "edited").
      edited.flags &= ~MessageFlag.Loading;
      edited.edited_timestamp = null;
      if (message.id === state.originalMessageId) state.originalLoading = false;
    }
    return { status: 200, body: edited, after: () => this.echoMessage('MESSAGE_UPDATE', edited) };
  }

  // --- REST: channel messages ---------------------------------------------

  protected listMessages(req: RecordedRequest, channelId: string): RouteResult {
    if (!this.findChannel(channelId)) return apiError(404, 10003, 'Unknown Channel');
    const limit = Math.min(100, Math.max(1, Number(req.query.limit ?? 50) || 50));
    const list = this.channelMessages(channelId)
      .filter((m) => (m.flags & MessageFlag.Ephemeral) === 0)
      .reverse()
      .slice(0, limit);
    return { status: 200, body: list };
  }

  protected createChannelMessage(req: RecordedRequest, channelId: string): RouteResult {
    const channel = this.findChannel(channelId);
    if (!channel) return apiError(404, 10003, 'Unknown Channel');
    const body = isObject(req.body) ? req.body : {};
    const errors = new FormErrors();
    validateMessageBody(body, errors, []);
    let replied: ApiMessage | undefined;
    const ref = body.message_reference;
    if (isObject(ref) && typeof ref.message_id === 'string') {
      replied = this.messages.get(ref.message_id);
      if (!replied && ref.fail_if_not_exists !== false) {
        errors.add(['message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
      }
    }
    if (errors.count) return invalidForm(errors);
    if (!hasVisibleContent({ ...body, attachments: req.files.length ? req.files : body.attachments })) {
      return apiError(400, 50006, 'Cannot send an empty message');
    }
    const flags = typeof body.flags === 'number' ? body.flags : 0;
    const message = this.newBotMessage({
      channelId,
      guildId: channel.guild_id ?? null,
      type: replied ? 19 : 0,
      body,
      files: req.files,
      flags: flags & (MessageFlag.SuppressEmbeds | MessageFlag.SuppressNotifications | MessageFlag.IsComponentsV2),
    });
    if (replied) {
      message.message_reference = {
        type: 0,
        message_id: replied.id,
        channel_id: replied.channel_id,
        ...(replied.guild_id ? { guild_id: replied.guild_id } : {}),
      };
      message.referenced_message = replied;
    }
    return { status: 200, body: message, after: () => this.echoMessage('MESSAGE_CREATE', message) };
  }

  protected editChannelMessage(req: RecordedRequest, channelId: string, messageId: string): RouteResult {
    if (!this.findChannel(channelId)) return apiError(404, 10003, 'Unknown Channel');
    const message = this.messages.get(messageId);
    if (!message || message.channel_id !== channelId) return apiError(404, 10008, 'Unknown Message');
    if (message.author.id !== this.botUser.id)
      return apiError(403, 50005, 'Cannot edit a message authored by another user');
    const body = isObject(req.body) ? req.body : {};
    const errors = new FormErrors();
    validateMessageBody(body, errors, []);
    if (errors.count) return invalidForm(errors);
    const edited = this.applyEdit(message, body, req.files);
    return { status: 200, body: edited, after: () => this.echoMessage('MESSAGE_UPDATE', edited) };
  }

  protected deleteChannelMessage(channelId: string, messageId: string): RouteResult {
    if (!this.findChannel(channelId)) return apiError(404, 10003, 'Unknown Channel');
    const message = this.messages.get(messageId);
    if (!message || message.channel_id !== channelId) return apiError(404, 10008, 'Unknown Message');
    this.messages.delete(messageId);
    return { status: 204, after: () => this.echoMessage('MESSAGE_DELETE', message) };
  }

  // --- message construction ------------------------------------------------

  protected attachmentsFrom(files: RecordedFile[], channelId: string): ApiAttachment[] {
    return files.map((f) => {
      const id = snowflake();
      const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(f.filename)}`;
      return {
        id,
        filename: f.filename,
        size: f.size,
        url,
        proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
        content_type: f.contentType,
      };
    });
  }

  protected newBotMessage(args: {
    channelId: string;
    guildId: string | null;
    type: number;
    body: JsonObject;
    files: RecordedFile[];
    flags: number;
    interaction?: InteractionState;
  }): ApiMessage {
    const { body, interaction } = args;
    const member = args.guildId ? this.members.get(this.botUser.id) : undefined;
    const message: ApiMessage = {
      id: snowflake(),
      type: args.type,
      channel_id: args.channelId,
      ...(args.guildId ? { guild_id: args.guildId } : {}),
      author: this.botUser,
      ...(member && !interaction ? { member: this.memberWithoutUser(member) } : {}),
      content: typeof body.content === 'string' ? body.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: this.attachmentsFrom(args.files, args.channelId),
      embeds: Array.isArray(body.embeds)
        ? body.embeds.filter(isObject).map((e) => ({ type: 'rich', ...e }) as ApiEmbed)
        : [],
      components: Array.isArray(body.components) ? (body.components.filter(isObject) as unknown as ApiComponent[]) : [],
      pinned: false,
      flags: args.flags,
      ...(args.guildId ? {} : { channel_type: 1 }),
      ...(interaction
        ? {
            // Interaction messages are sent through the application's webhook.
            webhook_id: this.applicationId,
            application_id: this.applicationId,
            interaction_metadata: {
              id: interaction.id,
              type: interaction.type,
              ...(interaction.commandName ? { name: interaction.commandName } : {}),
              user: interaction.user,
              authorizing_integration_owners: interaction.guildId
                ? { '0': interaction.guildId }
                : { '1': interaction.user.id },
              ...(interaction.originalMessageId ? { original_response_message_id: interaction.originalMessageId } : {}),
              ...(interaction.sourceMessageId ? { interacted_message_id: interaction.sourceMessageId } : {}),
            },
          }
        : {}),
    };
    const content = message.content;
    for (const m of content.matchAll(/<@!?(\d{17,20})>/g)) {
      const u = m[1] ? this.userById(m[1]) : undefined;
      if (u && !message.mentions.some((x) => x.id === u.id)) message.mentions.push(u);
    }
    this.storeMessage(message);
    return message;
  }

  /** Applies an edit body (PATCH semantics: only fields present change). */
  protected applyEdit(message: ApiMessage, body: JsonObject, files: RecordedFile[]): ApiMessage {
    if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body)
      message.embeds = Array.isArray(body.embeds)
        ? body.embeds.filter(isObject).map((e) => ({ type: 'rich', ...e }) as ApiEmbed)
        : [];
    if ('components' in body)
      message.components = Array.isArray(body.components)
        ? (body.components.filter(isObject) as unknown as ApiComponent[])
        : [];
    if ('attachments' in body && Array.isArray(body.attachments)) {
      const keep = new Set(body.attachments.filter(isObject).map((a) => String(a.id)));
      message.attachments = message.attachments.filter((a) => keep.has(a.id));
    }
    if (files.length)
      message.attachments = [...message.attachments, ...this.attachmentsFrom(files, message.channel_id)];
    if (typeof body.flags === 'number') {
      // Only SUPPRESS_EMBEDS can be toggled by an edit; other flags are kept.
      message.flags = (message.flags & ~MessageFlag.SuppressEmbeds) | (body.flags & MessageFlag.SuppressEmbeds);
    }
    message.edited_timestamp = new Date().toISOString();
    return message;
  }
}
