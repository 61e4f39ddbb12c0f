import { describe, expect, it } from 'vitest';
import { type Actor, anonymous, assertAccess, assertFreshLogin, type Role } from './access.ts';

const P = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const NOW = new Date('2026-11-25T10:00:00Z');
const user = (roles: Record<string, Role[]>, twoFactorEnabled = false, loggedInAt = NOW): Actor => ({
  type: 'user',
  userId: 'u1',
  roles,
  twoFactorEnabled,
  loggedInAt,
});

describe('assertAccess', () => {
  it('lets anyone through public access', () => {
    expect(assertAccess(anonymous, 'public')).toEqual([]);
  });

  it('asks anonymous callers to log in', () => {
    expect(() => assertAccess(anonymous, { roles: ['peer'] }, { programmeId: P })).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
  });

  it('grants by role in the programme only', () => {
    const mentor = user({ [P]: ['mentor'] });
    expect(assertAccess(mentor, { roles: ['mentor', 'staff'] }, { programmeId: P })).toEqual(['mentor']);
    expect(() => assertAccess(mentor, { roles: ['mentor'] }, { programmeId: OTHER })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => assertAccess(mentor, { roles: ['staff'] }, { programmeId: P })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('grants the data subject their own data when the access says own', () => {
    const peer = user({});
    expect(assertAccess(peer, { roles: ['staff'], own: true }, { ownerIds: ['u1'] })).toEqual([]);
    expect(() => assertAccess(peer, { roles: ['staff'] }, { ownerIds: ['u1'] })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('requires two-factor login for staff, researchers and admins', () => {
    for (const role of ['staff', 'researcher', 'admin'] as const) {
      expect(() => assertAccess(user({ [P]: [role] }), { roles: [role] }, { programmeId: P })).toThrow(
        expect.objectContaining({ code: 'TWO_FACTOR_REQUIRED' }),
      );
      expect(assertAccess(user({ [P]: [role] }, true), { roles: [role] }, { programmeId: P })).toEqual([
        role,
      ]);
    }
  });

  it('lets a mentor who is also staff act as mentor without two-factor, not as staff', () => {
    const both = user({ [P]: ['mentor', 'staff'] });
    expect(assertAccess(both, { roles: ['mentor', 'staff'] }, { programmeId: P })).toEqual(['mentor']);
    expect(() => assertAccess(both, { roles: ['staff'] }, { programmeId: P })).toThrow(
      expect.objectContaining({ code: 'TWO_FACTOR_REQUIRED' }),
    );
  });
});

describe('assertFreshLogin', () => {
  it('lets a login from the last 10 minutes through and asks older ones to log in again', () => {
    const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
    expect(() => assertFreshLogin(user({}, true, minutesAgo(9)), NOW)).not.toThrow();
    expect(() => assertFreshLogin(user({}, true, minutesAgo(11)), NOW)).toThrow(
      expect.objectContaining({ code: 'REAUTHENTICATION_REQUIRED' }),
    );
    expect(() => assertFreshLogin(anonymous, NOW)).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
  });
});
