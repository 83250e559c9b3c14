/**
 * Discord's "Invalid Form Body" (50035) for FakeDiscord's REST side: the nested `errors`
 * tree, and the checks of message bodies and command definitions that produce it.
 */
import type { JsonObject, JsonValue } from './fakeDiscordApi.ts';
import { MessageFlag, isObject, textLength } from './fakeDiscordApi.ts';

// --- Discord "Invalid Form Body" errors -------------------------------------

export interface FieldError {
  code: string;
  message: string;
}
export type ErrorTree = { [key: string]: ErrorTree | FieldError[] };

/** Collects errors in Discord's nested shape: `{ embeds: { "0": { title: { _errors: [...] } } } }`. */
export class FormErrors {
  readonly tree: ErrorTree = {};
  count = 0;

  add(path: Array<string | number>, code: string, message: string): void {
    let node: ErrorTree = this.tree;
    for (const seg of path) {
      const key = String(seg);
      let next = node[key];
      if (next === undefined || Array.isArray(next)) {
        next = {};
        node[key] = next;
      }
      node = next;
    }
    const list = node._errors;
    if (Array.isArray(list)) list.push({ code, message });
    else node._errors = [{ code, message }];
    this.count++;
  }

  maxLength(path: Array<string | number>, value: unknown, max: number): void {
    if (typeof value === 'string' && textLength(value) > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  lengthBetween(path: Array<string | number>, value: unknown, min: number, max: number): void {
    const len = typeof value === 'string' ? textLength(value) : Array.isArray(value) ? value.length : undefined;
    if (len !== undefined && (len < min || len > max)) {
      this.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
    }
  }

  required(path: Array<string | number>, value: unknown): boolean {
    if (value === undefined || value === null) {
      this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
      return false;
    }
    return true;
  }
}

export interface RouteResult {
  status: number;
  body?: unknown;
  /** Runs after the HTTP answer was sent (gateway echoes). */
  after?: () => void;
}

export function apiError(status: number, code: number, message: string, errors?: ErrorTree): RouteResult {
  return { status, body: errors ? { message, code, errors } : { message, code } };
}

export function invalidForm(errors: FormErrors): RouteResult {
  return apiError(400, 50035, 'Invalid Form Body', errors.tree);
}

/** Validates a message body (create or edit, channel/webhook/interaction). `prefix` nests the error paths. */
export function validateMessageBody(body: JsonObject, errors: FormErrors, prefix: Array<string | number>): void {
  const at = (...p: Array<string | number>): Array<string | number> => [...prefix, ...p];
  if (body.content !== undefined && body.content !== null) {
    if (typeof body.content !== 'string')
      errors.add(at('content'), 'STRING_TYPE_CONVERT', 'Could not interpret value as string.');
    else errors.maxLength(at('content'), body.content, 2000);
  }

  const embeds = body.embeds;
  if (embeds !== undefined && embeds !== null) {
    if (!Array.isArray(embeds)) {
      errors.add(at('embeds'), 'LIST_TYPE_CONVERT', 'Only iterables may be used in a ListType');
    } else {
      if (embeds.length > 10) errors.add(at('embeds'), 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
      let total = 0;
      const count = (v: unknown): void => {
        if (typeof v === 'string') total += textLength(v);
      };
      embeds.forEach((embed, i) => {
        if (!isObject(embed)) {
          errors.add(at('embeds', i), 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
          return;
        }
        errors.maxLength(at('embeds', i, 'title'), embed.title, 256);
        errors.maxLength(at('embeds', i, 'description'), embed.description, 4096);
        count(embed.title);
        count(embed.description);
        const fields = embed.fields;
        if (Array.isArray(fields)) {
          if (fields.length > 25)
            errors.add(at('embeds', i, 'fields'), 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
          fields.forEach((field, j) => {
            if (!isObject(field)) return;
            if (errors.required(at('embeds', i, 'fields', j, 'name'), field.name)) {
              errors.maxLength(at('embeds', i, 'fields', j, 'name'), field.name, 256);
            }
            if (errors.required(at('embeds', i, 'fields', j, 'value'), field.value)) {
              errors.maxLength(at('embeds', i, 'fields', j, 'value'), field.value, 1024);
            }
            count(field.name);
            count(field.value);
          });
        }
        if (isObject(embed.footer)) {
          errors.maxLength(at('embeds', i, 'footer', 'text'), embed.footer.text, 2048);
          count(embed.footer.text);
        }
        if (isObject(embed.author)) {
          errors.maxLength(at('embeds', i, 'author', 'name'), embed.author.name, 256);
          count(embed.author.name);
        }
      });
      // Discord counts title + description + field names/values + footer text + author name over ALL embeds.
      if (total > 6000) errors.add(at('embeds'), 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
    }
  }

  const flags = typeof body.flags === 'number' ? body.flags : 0;
  const components = body.components;
  if (Array.isArray(components) && (flags & MessageFlag.IsComponentsV2) === 0) {
    // Classic components: up to 5 action rows of up to 5 buttons (or 1 select menu).
    if (components.length > 5)
      errors.add(at('components'), 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
    const seenIds = new Set<string>();
    components.forEach((row, i) => {
      if (!isObject(row)) return;
      if (row.type !== 1) {
        errors.add(at('components', i, 'type'), 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).');
        return;
      }
      const children = row.components;
      if (!Array.isArray(children) || children.length < 1 || children.length > 5) {
        errors.add(at('components', i, 'components'), 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
      }
      if (!Array.isArray(children)) return;
      children.forEach((child, j) => {
        if (!isObject(child)) return;
        const p = (k: string): Array<string | number> => at('components', i, 'components', j, k);
        errors.maxLength(p('label'), child.label, 80);
        errors.maxLength(p('custom_id'), child.custom_id, 100);
        if (child.type === 2 && child.style !== 5 && child.style !== 6)
          errors.required(p('custom_id'), child.custom_id);
        if (child.type === 2 && child.style === 5) errors.required(p('url'), child.url);
        if (typeof child.custom_id === 'string') {
          if (seenIds.has(child.custom_id)) {
            errors.add(p('custom_id'), 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
          }
          seenIds.add(child.custom_id);
        }
        if (Array.isArray(child.options) && child.options.length > 25) {
          errors.add(p('options'), 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 25 in length.');
        }
      });
    });
  }
}

export function hasVisibleContent(m: {
  content?: unknown;
  embeds?: unknown;
  components?: unknown;
  attachments?: unknown;
  sticker_ids?: unknown;
  poll?: unknown;
}): boolean {
  const nonEmpty = (v: unknown): boolean => Array.isArray(v) && v.length > 0;
  return (
    (typeof m.content === 'string' && m.content.length > 0) ||
    nonEmpty(m.embeds) ||
    nonEmpty(m.components) ||
    nonEmpty(m.attachments) ||
    nonEmpty(m.sticker_ids) ||
    isObject(m.poll)
  );
}

/** Validates one application command definition (PUT .../commands). */
export function validateCommand(cmd: JsonValue, errors: FormErrors, index: number): void {
  if (!isObject(cmd)) {
    errors.add([index], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return;
  }
  const type = typeof cmd.type === 'number' ? cmd.type : 1;
  const nameOk = (name: unknown): boolean =>
    typeof name === 'string' &&
    /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u.test(name) &&
    name === name.toLowerCase();
  if (errors.required([index, 'name'], cmd.name)) {
    if (type === 1 && !nameOk(cmd.name)) {
      errors.add([index, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    errors.lengthBetween([index, 'name'], cmd.name, 1, 32);
  }
  if (type === 1) {
    if (errors.required([index, 'description'], cmd.description))
      errors.lengthBetween([index, 'description'], cmd.description, 1, 100);
  }
  const checkOptions = (options: JsonValue | undefined, path: Array<string | number>): void => {
    if (!Array.isArray(options)) return;
    if (options.length > 25) errors.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    let sawOptional = false;
    options.forEach((opt, i) => {
      if (!isObject(opt)) return;
      if (!nameOk(opt.name))
        errors.add([...path, i, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
      if (errors.required([...path, i, 'description'], opt.description)) {
        errors.lengthBetween([...path, i, 'description'], opt.description, 1, 100);
      }
      if (opt.required === true && sawOptional) {
        errors.add(
          [...path, i, 'required'],
          'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          'Required options must be placed before non-required options',
        );
      }
      if (opt.required !== true && opt.type !== 1 && opt.type !== 2) sawOptional = true;
      if (Array.isArray(opt.choices)) {
        if (opt.choices.length > 25)
          errors.add([...path, i, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
        if (opt.autocomplete === true && opt.choices.length > 0) {
          errors.add(
            [...path, i, 'autocomplete'],
            'APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE',
            'Autocomplete cannot be set with choices',
          );
        }
      }
      checkOptions(opt.options, [...path, i, 'options']);
    });
  };
  checkOptions(cmd.options, [index, 'options']);
}
