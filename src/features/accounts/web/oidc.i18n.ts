/**
 * Texts of logging in with OpenID Connect (MitID, or the municipality's login), merged into the
 * `accounts` namespace as `oidc`. `{{label}}` is the provider's name from OIDC_LABEL. Why a login
 * failed is told by LoginNotice from the problem code (OIDC_… in shared/problems.ts).
 */
const da = {
  // Not counted: other ways (e.g. passkeys) may join.
  intro: 'Du kan logge ind på flere måder. Vælg den, der er nemmest for dig.',
  title: 'Log ind med {{label}}',
  text: 'Du bliver sendt videre til {{label}} og kommer tilbage hertil, når du er logget ind.',
  button: 'Log ind med {{label}}',
  leaving: 'Sender dig videre …',
};

type OidcMessages = typeof da;

const en: OidcMessages = {
  intro: 'You can log in in several ways. Choose the one that is easiest for you.',
  title: 'Log in with {{label}}',
  text: 'You will be sent on to {{label}} and come back here once you are logged in.',
  button: 'Log in with {{label}}',
  leaving: 'Sending you on …',
};

export const oidcMessages = { da, en };
