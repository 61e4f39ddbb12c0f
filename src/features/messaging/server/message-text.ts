import { fieldContext, openText, sealText } from '../../../server/field-encryption.ts';

/** A message's text, sealed with its row's id in the context (decision 012). */
export const sealMessage = (id: string, text: string) =>
  sealText(text, fieldContext('pair_message', 'text_sealed', id));

export const openMessage = (row: { id: string; textSealed: string }) =>
  openText(row.textSealed, fieldContext('pair_message', 'text_sealed', row.id));

export const sealReason = (id: string, reason: string) =>
  reason ? sealText(reason, fieldContext('pair_message_report', 'reason_sealed', id)) : null;

export const openReason = (row: { id: string; reasonSealed: string | null }) =>
  row.reasonSealed
    ? openText(row.reasonSealed, fieldContext('pair_message_report', 'reason_sealed', row.id))
    : null;
