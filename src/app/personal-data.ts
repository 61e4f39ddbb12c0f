/**
 * Every feature's part of a person's data, in the order erasure runs them (the accounts part
 * last: the others find the person's rows through the account). A new feature that stores
 * anything about a person adds its part here; `personal-data-coverage.db.test.ts` fails until
 * every table with a person id or contact detail is named by a part.
 */
import { accountsPersonalData } from '../features/accounts/server/index.ts';
import { auditPersonalData } from '../features/audit/server/index.ts';
import { communityPersonalData } from '../features/community/server/index.ts';
import { evaluationPersonalData } from '../features/evaluation/server/index.ts';
import { groupPersonalData } from '../features/group/server/index.ts';
import { intakePersonalData } from '../features/intake/server/index.ts';
import { matchingPersonalData } from '../features/matching/server/index.ts';
import { mentorRelapsePersonalData, mentorshipsPersonalData } from '../features/mentorships/server/index.ts';
import { messagingPersonalData } from '../features/messaging/server/index.ts';
import { notificationsPersonalData } from '../features/notifications/server/index.ts';
import { trainingPersonalData } from '../features/training/server/index.ts';
import { outboxPersonalData } from '../server/outbox.personal-data.ts';
import type { PersonalDataPart } from '../server/personal-data.ts';

export const personalDataParts: PersonalDataPart[] = [
  outboxPersonalData,
  intakePersonalData,
  trainingPersonalData,
  matchingPersonalData,
  messagingPersonalData,
  mentorshipsPersonalData,
  mentorRelapsePersonalData,
  communityPersonalData,
  notificationsPersonalData,
  groupPersonalData,
  evaluationPersonalData,
  auditPersonalData,
  accountsPersonalData,
];
