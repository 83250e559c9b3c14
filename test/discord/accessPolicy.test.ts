import { describe, expect, it } from 'vitest';
import { type AccessRules, isAllowed, refusalText } from '../../src/discord/accessPolicy.ts';

const ANALYST = '100000000000000001';
const EDITOR = '100000000000000002';
const rules = (overrides: Partial<AccessRules> = {}): AccessRules => ({
  allowedRoleIds: [],
  allowDms: false,
  editorRoleIds: [],
  ...overrides,
});
const inGuild = (...roles: string[]) => ({ inGuild: true, roleIds: new Set(roles) });
const inDm = (...roles: string[]) => ({ inGuild: false, roleIds: new Set(roles) });

describe('isAllowed', () => {
  it.each([
    ['defaults: everyone in the server may ask', rules(), inGuild(), 'ask', true],
    ['defaults: no DMs', rules(), inDm(), 'ask', false],
    ['defaults: nobody may edit', rules(), inGuild(EDITOR), 'edit', false],
    ['allowed roles: a member with one asks', rules({ allowedRoleIds: [ANALYST] }), inGuild(ANALYST), 'ask', true],
    ['allowed roles: a member without one does not', rules({ allowedRoleIds: [ANALYST] }), inGuild(), 'ask', false],
    [
      'allowed roles: editors ask too',
      rules({ allowedRoleIds: [ANALYST], editorRoleIds: [EDITOR] }),
      inGuild(EDITOR),
      'ask',
      true,
    ],
    [
      'DMs allowed: the roles held in the server count',
      rules({ allowedRoleIds: [ANALYST], allowDms: true }),
      inDm(ANALYST),
      'ask',
      true,
    ],
    ['DMs allowed: without the role, no', rules({ allowedRoleIds: [ANALYST], allowDms: true }), inDm(), 'ask', false],
    ['DMs allowed, no roles needed: anyone', rules({ allowDms: true }), inDm(), 'ask', true],
    ['editor roles: an editor edits in the server', rules({ editorRoleIds: [EDITOR] }), inGuild(EDITOR), 'edit', true],
    ['editor roles: never in a DM', rules({ editorRoleIds: [EDITOR], allowDms: true }), inDm(EDITOR), 'edit', false],
    [
      'editor roles: an asker does not edit',
      rules({ allowedRoleIds: [ANALYST], editorRoleIds: [EDITOR] }),
      inGuild(ANALYST),
      'edit',
      false,
    ],
  ] as const)('%s', (_case, accessRules, requester, level, expected) => {
    expect(isAllowed(accessRules, requester, level)).toBe(expected);
  });

  it('refusals name no document and say what applies', () => {
    expect(refusalText(rules(), inDm(), 'ask')).toBe('This bot answers in the server only, not in direct messages.');
    expect(refusalText(rules({ allowedRoleIds: [ANALYST] }), inGuild(), 'ask')).toBe(
      'You do not have access to this bot’s briefings here.',
    );
    expect(refusalText(rules(), inGuild(), 'edit')).toBe(
      'Adding and removing documents from Discord is turned off on this bot.',
    );
    expect(refusalText(rules({ editorRoleIds: [EDITOR] }), inGuild(), 'edit')).toBe(
      'Only editors can add or remove documents.',
    );
  });
});
