/**
 * "Download my data" as a page a person can open and read without any tools: the same content
 * as the JSON export, with headings and plain labels in Danish or English. Everything is
 * escaped; the page loads nothing and runs no script.
 */
import type { PersonalDataExport } from '../accounts.contract.ts';

type Locale = 'da' | 'en';

const TEXTS = {
  da: {
    title: 'Mine data i makker',
    intro:
      'Her er alt, hvad makker har gemt om dig. Gem siden, eller print den. Spørgsmål? Kontakt personalet i dit projekt.',
    exportedAt: 'Hentet',
    name: 'Navn',
    email: 'E-mail',
    programmes: 'Projekter',
    none: 'Ingen',
    yes: 'Ja',
    no: 'Nej',
  },
  en: {
    title: 'My data in makker',
    intro:
      'This is everything makker holds about you. Save or print this page. Questions? Contact the staff of your programme.',
    exportedAt: 'Downloaded',
    name: 'Name',
    email: 'E-mail',
    programmes: 'Programmes',
    none: 'None',
    yes: 'Yes',
    no: 'No',
  },
} as const;

/** Section and field names a person understands (English has every Danish key: the type says so). */
const DA_LABELS = {
  accounts: 'Din konto',
  audit: 'Hvem har set eller ændret dine data',
  messages: 'Beskeder, vi har sendt dig',
  account: 'Konto',
  loginMethods: 'Måder at logge ind på',
  sessions: 'Hvor du er logget ind',
  passkeys: 'Adgangsnøgler',
  deviceType: 'Type',
  roles: 'Roller',
  invitations: 'Invitationer',
  events: 'Hændelser',
  emails: 'E-mails',
  sms: 'SMS',
  name: 'Navn',
  email: 'E-mail',
  phone: 'Telefon',
  emailVerified: 'E-mail bekræftet',
  twoFactorEnabled: 'Totrinslogin slået til',
  createdAt: 'Oprettet',
  since: 'Siden',
  method: 'Måde',
  startedAt: 'Startet',
  lastActiveAt: 'Sidst brugt',
  ipAddress: 'IP-adresse',
  device: 'Enhed',
  programmeId: 'Projekt',
  role: 'Rolle',
  acceptedAt: 'Taget imod',
  at: 'Tidspunkt',
  action: 'Handling',
  actorRole: 'Hvem (rolle)',
  purpose: 'Formål',
  byThemselves: 'Dig selv',
  subject: 'Emne',
  sentAt: 'Sendt',
  status: 'Status',
};
type LabelKey = keyof typeof DA_LABELS;

const LABELS: Record<Locale, Record<LabelKey, string>> = {
  da: DA_LABELS,
  en: {
    accounts: 'Your account',
    audit: 'Who has seen or changed your data',
    messages: 'Messages we sent you',
    account: 'Account',
    loginMethods: 'Ways to log in',
    sessions: 'Where you are logged in',
    passkeys: 'Passkeys',
    deviceType: 'Type',
    roles: 'Roles',
    invitations: 'Invitations',
    events: 'Events',
    emails: 'E-mails',
    sms: 'Text messages',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    emailVerified: 'E-mail confirmed',
    twoFactorEnabled: 'Two-step login on',
    createdAt: 'Created',
    since: 'Since',
    method: 'Method',
    startedAt: 'Started',
    lastActiveAt: 'Last used',
    ipAddress: 'IP address',
    device: 'Device',
    programmeId: 'Programme',
    role: 'Role',
    acceptedAt: 'Accepted',
    at: 'Time',
    action: 'Action',
    actorRole: 'Who (role)',
    purpose: 'Purpose',
    byThemselves: 'You',
    subject: 'Subject',
    sentAt: 'Sent',
    status: 'Status',
  },
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function label(key: string, locale: Locale): string {
  return escapeHtml((LABELS[locale] as Record<string, string>)[key] ?? key);
}

function renderValue(value: unknown, locale: Locale): string {
  const t = TEXTS[locale];
  if (value === null || value === undefined) return `<span class="none">${t.none}</span>`;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'string' || typeof value === 'number') return escapeHtml(String(value));
  if (Array.isArray(value)) {
    if (value.length === 0) return `<span class="none">${t.none}</span>`;
    if (value.every((v) => v && typeof v === 'object' && !Array.isArray(v))) {
      const keys = [...new Set(value.flatMap((v) => Object.keys(v as object)))];
      const head = keys.map((k) => `<th scope="col">${label(k, locale)}</th>`).join('');
      const rows = value
        .map(
          (v) =>
            `<tr>${keys.map((k) => `<td>${renderValue((v as Record<string, unknown>)[k], locale)}</td>`).join('')}</tr>`,
        )
        .join('');
      return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
    }
    return `<ul>${value.map((v) => `<li>${renderValue(v, locale)}</li>`).join('')}</ul>`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return `<dl>${entries.map(([k, v]) => `<dt>${label(k, locale)}</dt><dd>${renderValue(v, locale)}</dd>`).join('')}</dl>`;
}

export function renderExportHtml(data: PersonalDataExport, locale: Locale): string {
  const t = TEXTS[locale];
  const sections = Object.entries(data.sections)
    .map(
      ([name, content]) =>
        `<section><h2>${label(name, locale)}</h2>${Object.entries(content)
          .map(([key, value]) => `<h3>${label(key, locale)}</h3>${renderValue(value, locale)}`)
          .join('')}</section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}
h1{font-size:1.75rem}h2{margin-top:2rem;border-bottom:2px solid #1a1a1a}h3{font-size:1.1rem;margin-top:1.25rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
.scroll{overflow-x:auto}table{border-collapse:collapse;min-width:100%}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.none{color:#595959}
</style>
</head>
<body>
<main>
<h1>${t.title}</h1>
<p>${t.intro}</p>
<dl>
<dt>${t.name}</dt><dd>${escapeHtml(data.subject.name)}</dd>
<dt>${t.email}</dt><dd>${escapeHtml(data.subject.email)}</dd>
<dt>${t.programmes}</dt><dd>${data.programmes.map((p) => escapeHtml(p.name)).join(', ') || t.none}</dd>
<dt>${t.exportedAt}</dt><dd>${escapeHtml(data.exportedAt)}</dd>
</dl>
${sections}
</main>
</body>
</html>
`;
}
