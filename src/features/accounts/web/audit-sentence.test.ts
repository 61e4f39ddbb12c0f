import { describe, expect, it } from 'vitest';
import { type AuditEvent, describeAuditEvent, groupAuditTrail } from './audit-sentence.ts';

const event = (overrides: Partial<AuditEvent>): AuditEvent => ({
  at: '2026-11-25T09:14:00.000Z',
  action: 'read',
  actorName: 'Lene Sørensen',
  actorRole: 'staff',
  self: false,
  purpose: 'GET /api/programmes/:programmeId/people',
  ...overrides,
});

describe('describeAuditEvent', () => {
  it('names who looked, with the role they looked as', () => {
    expect(describeAuditEvent(event({}))).toEqual({
      sentence: 'read',
      actor: { kind: 'named', name: 'Lene Sørensen', role: 'staff' },
    });
    // Someone who is both: the larger role is named.
    expect(describeAuditEvent(event({ actorRole: 'staff,admin' })).actor).toEqual({
      kind: 'named',
      name: 'Lene Sørensen',
      role: 'admin',
    });
  });

  it('tells the person\'s own actions as "you"', () => {
    const self = { self: true, actorName: 'Jonas Hansen', actorRole: 'self' };
    expect(describeAuditEvent(event({ ...self, action: 'login', purpose: 'auth /sign-in/email' }))).toEqual({
      sentence: 'login',
      actor: { kind: 'self' },
    });
    expect(
      describeAuditEvent(event({ ...self, action: 'export', purpose: 'GET /api/me/export' })).sentence,
    ).toBe('exportSelf');
    expect(describeAuditEvent(event({ ...self, action: 'create', purpose: 'passkey added' })).sentence).toBe(
      'passkeyAdded',
    );
    expect(
      describeAuditEvent(event({ ...self, action: 'create', purpose: 'POST /api/invitations/accept' }))
        .sentence,
    ).toBe('joined');
    expect(
      describeAuditEvent(event({ ...self, action: 'role-change', purpose: 'POST /api/invitations/accept' }))
        .sentence,
    ).toBe('rolesJoined');
  });

  it('tells a wrong password apart from other failed logins, and the system from strangers', () => {
    const failed = { action: 'login-failed', actorName: null, actorRole: 'anonymous' };
    expect(describeAuditEvent(event({ ...failed, purpose: 'auth /sign-in/email' }))).toEqual({
      sentence: 'loginFailedPassword',
      actor: { kind: 'someone' },
    });
    expect(describeAuditEvent(event({ ...failed, purpose: 'auth /callback/oidc' })).sentence).toBe(
      'loginFailed',
    );
    expect(
      describeAuditEvent(
        event({ action: 'logout', actorName: null, actorRole: 'system', purpose: 'idle timeout' }),
      ),
    ).toEqual({ sentence: 'logoutIdle', actor: { kind: 'system' } });
  });

  it('speaks of a former staff member when their account is gone, and has words for unknown actions', () => {
    expect(describeAuditEvent(event({ actorName: null })).actor).toEqual({ kind: 'former', role: 'staff' });
    expect(describeAuditEvent(event({ action: 'something-new' })).sentence).toBe('other');
  });
});

describe('groupAuditTrail', () => {
  it('groups by day, newest first, and folds repeats in a row into one line', () => {
    const days = groupAuditTrail([
      event({ at: '2026-11-24T08:00:00.000Z' }),
      event({ at: '2026-11-25T09:14:00.000Z' }),
      event({ at: '2026-11-25T09:02:00.000Z' }),
      event({ at: '2026-11-25T09:20:00.000Z', action: 'login', self: true, actorRole: 'self' }),
      event({ at: '2026-11-25T09:00:00.000Z', actorName: 'Birgitte Holm', actorRole: 'admin' }),
    ]);
    expect(days.map((d) => d.entries.map((e) => [e.sentence, e.count]))).toEqual([
      [
        ['login', 1],
        ['read', 2],
        ['read', 1],
      ],
      [['read', 1]],
    ]);
    const folded = days[0]?.entries[1];
    expect(folded?.latest.toISOString()).toBe('2026-11-25T09:14:00.000Z');
    expect(folded?.earliest.toISOString()).toBe('2026-11-25T09:02:00.000Z');
  });

  it('gives nothing for no events', () => {
    expect(groupAuditTrail([])).toEqual([]);
  });
});
