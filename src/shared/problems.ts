/**
 * Every error code the API can answer with, its HTTP status and its user-facing text. Shared by
 * the server (problem+json titles) and the web app (messages shown to people), so a message is
 * translated from the code and never from exception text. Over 400 lines by design: one table,
 * so every code has exactly one status and both languages in one place (grouped by feature).
 */
export const problems = {
  VALIDATION_FAILED: {
    status: 400,
    da: 'Nogle af oplysningerne er ikke udfyldt rigtigt.',
    en: 'Some of the information is not filled in correctly.',
  },
  MALFORMED_JSON: {
    status: 400,
    da: 'Forespørgslen kunne ikke læses (ugyldig JSON).',
    en: 'The request could not be read (invalid JSON).',
  },
  BAD_REQUEST: { status: 400, da: 'Forespørgslen er ugyldig.', en: 'The request is invalid.' },
  UNAUTHENTICATED: { status: 401, da: 'Du skal logge ind.', en: 'You need to log in.' },
  INVALID_CREDENTIALS: {
    status: 401,
    da: 'E-mail eller adgangskode er forkert.',
    en: 'The e-mail or password is wrong.',
  },
  TWO_FACTOR_INVALID: {
    status: 401,
    da: 'Koden passer ikke. Prøv igen med en ny kode fra din app.',
    en: 'The code is not right. Try again with a new code from your app.',
  },
  LINK_INVALID: {
    status: 400,
    da: 'Linket virker ikke længere. Bed om et nyt.',
    en: 'The link no longer works. Ask for a new one.',
  },
  // OpenID Connect (MitID) logins end on /log-ind?error=<one of these> (accounts/server/oidc.ts).
  OIDC_NO_ACCOUNT: {
    status: 403,
    da: 'Vi kunne ikke finde en konto til dig. Kontakt personalet i dit forløb.',
    en: 'We could not find an account for you. Contact the staff of your programme.',
  },
  OIDC_TWO_FACTOR: {
    status: 403,
    da: 'Din konto er beskyttet med totrinslogin. Log ind med din adgangskode og koden fra din app i stedet.',
    en: 'Your account is protected with two-step login. Log in with your password and the code from your app instead.',
  },
  OIDC_CANCELLED: {
    status: 400,
    da: 'Du afbrød login. Prøv igen, eller log ind med din e-mail i stedet.',
    en: 'You cancelled the login. Try again, or log in with your e-mail instead.',
  },
  OIDC_FAILED: {
    status: 502,
    da: 'Det lykkedes ikke at logge dig ind. Prøv igen, eller log ind med din e-mail i stedet.',
    en: 'We could not log you in. Try again, or log in with your e-mail instead.',
  },
  // Passkeys (accounts/server/passkey-plugin.ts).
  PASSKEY_UNKNOWN: {
    status: 401,
    da: 'Adgangsnøglen findes ikke hos makker. Måske er den slettet.',
    en: 'makker does not know this passkey. Perhaps it has been removed.',
  },
  PASSKEY_FAILED: {
    status: 400,
    da: 'Det lykkedes ikke med adgangsnøglen. Prøv igen.',
    en: 'The passkey did not work. Please try again.',
  },
  PASSWORD_TOO_SHORT: {
    status: 400,
    da: 'Adgangskoden skal være mindst 10 tegn.',
    en: 'The password must be at least 10 characters.',
  },
  PASSWORD_TOO_LONG: {
    status: 400,
    da: 'Adgangskoden må højst være 128 tegn.',
    en: 'The password can be at most 128 characters.',
  },
  PASSWORD_COMMON: {
    status: 400,
    da: 'Adgangskoden er for almindelig og let at gætte. Prøv fx tre-fire ord i en sætning.',
    en: 'The password is too common and easy to guess. Try three or four words in a sentence.',
  },
  PASSWORD_SAME_AS_EMAIL: {
    status: 400,
    da: 'Adgangskoden må ikke ligne din e-mail.',
    en: 'The password must not look like your e-mail.',
  },
  FORBIDDEN: {
    status: 403,
    da: 'Du har ikke adgang til dette.',
    en: 'You do not have access to this.',
  },
  CSRF_REJECTED: {
    status: 403,
    da: 'Forespørgslen kom ikke fra makker selv og blev afvist. Genindlæs siden, og prøv igen.',
    en: 'The request did not come from makker itself and was refused. Reload the page and try again.',
  },
  TWO_FACTOR_REQUIRED: {
    status: 403,
    da: 'Du skal slå totrinslogin til, før du kan se personoplysninger. Det gør du på Min side.',
    en: 'You need to turn on two-step login before you can see personal data. You do that on My page.',
  },
  NOT_FOUND: { status: 404, da: 'Det blev ikke fundet.', en: 'It was not found.' },
  ROUTE_NOT_FOUND: {
    status: 404,
    da: 'Adressen findes ikke.',
    en: 'This address does not exist.',
  },
  PROGRAMME_NOT_FOUND: {
    status: 404,
    da: 'Projektet findes ikke.',
    en: 'The programme does not exist.',
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    da: 'Handlingen er ikke tilladt her.',
    en: 'This method is not allowed here.',
  },
  NOT_ACCEPTABLE: {
    status: 406,
    da: 'Svaret findes ikke i det ønskede format.',
    en: 'The response is not available in the requested format.',
  },
  CONFLICT: {
    status: 409,
    da: 'Det kunne ikke gemmes, fordi det strider mod noget, der allerede findes.',
    en: 'It could not be saved because it conflicts with something that already exists.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    da: 'Det, der blev sendt, er for stort.',
    en: 'What was sent is too large.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    da: 'Indholdstypen understøttes ikke. Send JSON (application/json).',
    en: 'The content type is not supported. Send JSON (application/json).',
  },
  REAUTHENTICATION_REQUIRED: {
    status: 403,
    da: 'Af hensyn til sikkerheden skal du logge ind igen, før du gør dette.',
    en: 'For your security, log in again before you do this.',
  },
  ROLE_NOT_ALLOWED: {
    status: 403,
    da: 'Du kan ikke give den rolle. Kun en administrator kan give rollerne personale, forsker og administrator.',
    en: 'You cannot give that role. Only an administrator can give the roles staff, researcher and administrator.',
  },
  INVITATION_INVALID: {
    status: 410,
    da: 'Invitationen virker ikke længere. Den er brugt, trukket tilbage eller udløbet. Bed personalet om en ny.',
    en: 'The invitation no longer works. It has been used, withdrawn or has expired. Ask the staff for a new one.',
  },
  ACCOUNT_EXISTS_LOGIN_REQUIRED: {
    status: 409,
    da: 'Der findes allerede en konto med den e-mail. Log ind først, så kan du tage imod invitationen.',
    en: 'An account with this e-mail already exists. Log in first, then you can accept the invitation.',
  },
  INVITATION_OTHER_ACCOUNT: {
    status: 409,
    da: 'Du er logget ind med en anden e-mail end den, invitationen blev sendt til. Log ud, og prøv igen.',
    en: 'You are logged in with another e-mail than the one the invitation was sent to. Log out and try again.',
  },
  PHONE_INVALID: {
    status: 400,
    da: 'Telefonnummeret ser ikke rigtigt ud. Skriv 8 cifre, eller +landekode og nummer.',
    en: 'The phone number does not look right. Write 8 digits, or +country code and number.',
  },
  PERSON_NOT_FOUND: {
    status: 404,
    da: 'Personen findes ikke i dette projekt.',
    en: 'The person is not in this programme.',
  },
  LAST_ADMIN: {
    status: 409,
    da: 'Projektet skal have mindst én administrator. Giv en anden rollen først.',
    en: 'The programme must have at least one administrator. Give someone else the role first.',
  },
  RATE_LIMITED: {
    status: 429,
    da: 'For mange forespørgsler. Vent lidt, og prøv igen.',
    en: 'Too many requests. Please wait a moment and try again.',
  },
  INTERNAL: {
    status: 500,
    da: 'Der skete en fejl hos os. Prøv igen senere.',
    en: 'Something went wrong on our side. Please try again later.',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    da: 'Tjenesten er ikke klar lige nu. Prøv igen om lidt.',
    en: 'The service is not ready right now. Please try again shortly.',
  },
  // `npx makker import postcodes` (intake/server/import-postcodes.ts); details name the line.
  POSTCODE_FILE_INVALID: {
    status: 400,
    da: 'Filen med postnumre blev afvist, og intet er ændret.',
    en: 'The postcode file was refused and nothing was changed.',
  },
  // Applying and screening (features/intake).
  APPLICATION_NOT_FOUND: {
    status: 404,
    da: 'Vi kan ikke finde ansøgningen. Brug linket fra din mail eller SMS, eller start en ny.',
    en: 'We cannot find the application. Use the link from your e-mail or text message, or start a new one.',
  },
  APPLICATION_SENT: {
    status: 409,
    da: 'Ansøgningen er allerede sendt, så den kan ikke ændres her. Kontakt os, hvis noget skal rettes.',
    en: 'The application has already been sent, so it cannot be changed here. Contact us if something needs correcting.',
  },
  APPLICATION_CONTACT_MISSING: {
    status: 400,
    da: 'Skriv dit navn og et telefonnummer eller en e-mail, så vi kan kontakte dig.',
    en: 'Write your name and a phone number or an e-mail address, so that we can contact you.',
  },
  MUNICIPALITY_UNKNOWN: {
    status: 400,
    da: 'Vælg en kommune fra listen.',
    en: 'Choose a municipality from the list.',
  },
  NOTICE_CHANGED: {
    status: 409,
    da: 'Oplysningerne om dine data er blevet opdateret. Læs dem igen, før du sender.',
    en: 'The information about your data has been updated. Please read it again before sending.',
  },
  CONSENT_REQUIRED: {
    status: 400,
    da: 'Sæt kryds ved de samtykker, der skal til for at sende ansøgningen.',
    en: 'Tick the consents needed to send the application.',
  },
  CONSENT_UNKNOWN: {
    status: 400,
    da: 'Et af samtykkerne findes ikke.',
    en: 'One of the consents does not exist.',
  },
  STATUS_CHANGE_INVALID: {
    status: 409,
    da: 'Ansøgningen kan ikke få den status nu. Opdater siden, og se dens status.',
    en: 'The application cannot get that status now. Refresh the page and look at its status.',
  },
  REASON_REQUIRED: {
    status: 400,
    da: 'Skriv en begrundelse for afgørelsen.',
    en: 'Write a reason for the decision.',
  },
  // The programme's public page (features/programmes).
  PROGRAMME_PAGE_NOT_FOUND: {
    status: 404,
    da: 'Projektets side findes ikke på det sprog endnu.',
    en: "The programme's page does not exist in that language yet.",
  },
  INTERVIEW_IN_PAST: {
    status: 400,
    da: 'Samtalen skal ligge ude i fremtiden. Vælg en anden dato eller tid.',
    en: 'The interview must be in the future. Choose another date or time.',
  },
  INTERVIEW_ENDS_BEFORE_START: {
    status: 400,
    da: 'Samtalen skal slutte, efter den begynder.',
    en: 'The interview must end after it starts.',
  },
  INTERVIEW_NOT_BOOKED: {
    status: 409,
    da: 'Book en samtale, før du skriver noter til den.',
    en: 'Book an interview before writing notes for it.',
  },
  CHECKLIST_KEY_UNKNOWN: {
    status: 400,
    da: 'Tjeklisten har et punkt, der ikke hører til denne ansøgning.',
    en: 'The checklist has an item that does not belong to this application.',
  },
  // Images of the programme's public page (features/programmes, decision 029).
  IMAGE_TYPE_NOT_ALLOWED: {
    status: 415,
    da: 'Billedet skal være en JPEG-, PNG- eller WebP-fil. Andre filer, fx SVG, kan ikke bruges.',
    en: 'The image must be a JPEG, PNG or WebP file. Other files, such as SVG, cannot be used.',
  },
  IMAGE_UNREADABLE: {
    status: 400,
    da: 'Billedet kunne ikke læses. Filen er måske beskadiget. Prøv en anden fil.',
    en: 'The image could not be read. The file may be damaged. Try another file.',
  },
  IMAGE_TOO_LARGE: {
    status: 413,
    da: 'Billedet er for stort. Det må højst fylde 8 MB og have 40 millioner pixels.',
    en: 'The image is too large. It may be at most 8 MB and 40 million pixels.',
  },
  IMAGE_ANIMATED: {
    status: 415,
    da: 'Billedet må ikke være levende (animeret). Vælg et stillbillede.',
    en: 'The image must not be animated. Choose a still image.',
  },
  IMAGE_ALT_REQUIRED: {
    status: 400,
    da: 'Skriv en tekst, der fortæller, hvad billedet viser – eller sæt flueben ved, at det kun er pynt.',
    en: 'Write a text that tells what the image shows – or tick that it is only decoration.',
  },
  IMAGE_LIMIT_REACHED: {
    status: 409,
    da: 'Siden har allerede så mange billeder, som den kan have. Fjern et, før du tilføjer et nyt.',
    en: 'The page already has as many images as it can have. Remove one before adding another.',
  },
  IMAGE_NOT_FOUND: {
    status: 404,
    da: 'Billedet findes ikke.',
    en: 'The image does not exist.',
  },
  IMAGE_ORDER_MISMATCH: {
    status: 409,
    da: 'Billederne er ændret imens. Opdater siden, og prøv igen.',
    en: 'The images were changed meanwhile. Refresh the page and try again.',
  },
  // Mentor training: cohorts and course plans (features/training).
  COHORT_NOT_FOUND: {
    status: 404,
    da: 'Holdet findes ikke i dette projekt.',
    en: 'The cohort does not exist in this programme.',
  },
  SESSION_NOT_FOUND: {
    status: 404,
    da: 'Den undervisningsgang findes ikke på holdet.',
    en: 'That session does not exist in the cohort.',
  },
  COHORT_FINISHED: {
    status: 409,
    da: 'Holdet er afsluttet. Vælg et hold, der er i gang eller ikke er begyndt.',
    en: 'The cohort has finished. Choose a cohort that is running or has not started.',
  },
  COHORT_OFFER_ONLY_MENTORS: {
    status: 400,
    da: 'En plads på et hold kan kun tilbydes peer-mentorer, når de bliver optaget.',
    en: 'A place on a cohort can only be offered to mentors when they are approved.',
  },
  COHORT_LEAD_NOT_STAFF: {
    status: 400,
    da: 'Holdets ansvarlige skal være medarbejdere i projektet.',
    en: "The cohort's leads must be staff of the programme.",
  },
  COHORT_MEMBER_NOT_MENTOR: {
    status: 400,
    da: 'Holdets deltagere skal være peer-mentorer i projektet.',
    en: "The cohort's members must be mentors in the programme.",
  },
  SESSION_ENDS_BEFORE_START: {
    status: 400,
    da: 'Undervisningsgangen skal slutte, efter den begynder.',
    en: 'The session must end after it starts.',
  },
  COHORT_MEMBER_NOT_FOUND: {
    status: 404,
    da: 'Personen er ikke deltager på holdet.',
    en: 'The person is not a member of the cohort.',
  },
  ATTENDANCE_TOO_EARLY: {
    status: 409,
    da: 'Fremmøde kan først registreres, når undervisningsgangen begynder.',
    en: 'Attendance can be registered only once the session begins.',
  },
  ABSENCE_NOTICE_TOO_LATE: {
    status: 409,
    da: 'Undervisningsgangen er begyndt. Ring eller skriv til holdets ansvarlige i stedet.',
    en: "The session has begun. Call or write to the cohort's leads instead.",
  },
  ABSENCE_NOTICE_NOT_FOUND: {
    status: 404,
    da: 'Du har ikke meldt afbud til den undervisningsgang.',
    en: 'You have not sent notice of absence for that session.',
  },
  MAKE_UP_DATE_INVALID: {
    status: 400,
    da: 'Erstatningen skal ligge efter den undervisningsgang, den erstatter, og ikke ude i fremtiden.',
    en: 'The make-up must be after the session it replaces, and not in the future.',
  },
  // Matching on the people's own wishes (features/matching).
  WISHES_NOT_IN_POOL: {
    status: 404,
    da: 'Personen er hverken peer eller peer-mentor i dette projekt.',
    en: 'The person is neither a peer nor a mentor in this programme.',
  },
  WISHES_UNKNOWN_CHOICE: {
    status: 400,
    da: 'En aktivitet eller en bydel findes ikke på projektets liste.',
    en: "An activity or an area is not on the programme's list.",
  },
  MUST_NOT_MATCH_SAME_ROLE: {
    status: 400,
    da: 'Markeringen gælder en peer og en peer-mentor. Vælg en person med den anden rolle.',
    en: 'The mark is between a peer and a mentor. Choose a person with the other role.',
  },
  ROUND_NOT_FOUND: {
    status: 404,
    da: 'Matchrunden findes ikke i dette projekt.',
    en: 'The matching round does not exist in this programme.',
  },
  ROUND_CLOSED: {
    status: 409,
    da: 'Matchrunden er lukket. Åbn en ny runde.',
    en: 'The matching round is closed. Open a new round.',
  },
  PAIR_NOT_ADMISSIBLE: {
    status: 409,
    da: 'Det par kan ikke foreslås: en af de faste betingelser er ikke opfyldt.',
    en: 'That pair cannot be proposed: one of the fixed conditions is not met.',
  },
  PAIR_ALREADY_APPROVED: {
    status: 409,
    da: 'Peeren har allerede et godkendt forslag.',
    en: 'The peer already has an approved proposal.',
  },
  PROPOSAL_NOT_FOUND: {
    status: 404,
    da: 'Forslaget findes ikke, eller det er ikke til dig.',
    en: 'The proposal does not exist, or it is not for you.',
  },
  PROPOSAL_WRONG_STATUS: {
    status: 409,
    da: 'Forslaget er ikke længere i det trin. Hent siden igen.',
    en: 'The proposal is no longer at that step. Reload the page.',
  },
  SHARE_NEEDS_WISHES: {
    status: 409,
    da: 'Gem dine ønsker først. Derefter kan du vælge, hvad du deler.',
    en: 'Save your wishes first. Then you can choose what you share.',
  },
  OFFER_ALREADY_ANSWERED: {
    status: 409,
    da: 'Du har allerede svaret på tilbuddet.',
    en: 'You have already answered the offer.',
  },
  CERTIFICATE_NOT_EARNED: {
    status: 409,
    da: 'Der er kun kursusbevis til deltagere, der har gennemført holdets uddannelse.',
    en: "There is a course certificate only for members who have completed the cohort's course.",
  },
  CERTIFICATE_NOT_ISSUED: {
    status: 404,
    da: 'Der er ikke udstedt et kursusbevis til personen endnu.',
    en: 'No course certificate has been issued to the person yet.',
  },
  THEME_ONLY_SUPERVISION: {
    status: 400,
    da: 'Temaer skrives kun til gruppesparringer.',
    en: 'Themes are written for group supervisions only.',
  },
  COHORT_ALREADY_ON: {
    status: 409,
    da: 'Personen er allerede på holdet eller på dets venteliste.',
    en: 'The person is already on the cohort or its waiting list.',
  },
  COHORT_FULL: {
    status: 409,
    da: 'Holdet er fuldt. Giv flere pladser, eller vent til der bliver en plads.',
    en: 'The cohort is full. Add places, or wait until a place is free.',
  },
  COHORT_MEMBER_HAS_RECORD: {
    status: 409,
    da: 'Personen har allerede fremmøde på holdet. Registrér i stedet, at personen er stoppet.',
    en: 'The person already has attendance on the cohort. Record that they left instead.',
  },
  THEME_NOT_FOUND: {
    status: 404,
    da: 'Temaet findes ikke.',
    en: 'The theme does not exist.',
  },
  // Messaging: a pair's private thread and reported messages (features/messaging, decision 048).
  MESSAGE_THREAD_CLOSED: {
    status: 409,
    da: 'Forløbet er afsluttet. I kan læse jeres beskeder, men ikke skrive nye.',
    en: 'The mentorship has ended. You can read your messages but not write new ones.',
  },
  MESSAGE_NOT_FOUND: {
    status: 404,
    da: 'Beskeden findes ikke.',
    en: 'The message does not exist.',
  },
  MESSAGE_NOT_REPORTABLE: {
    status: 409,
    da: 'Du kan kun anmelde en besked fra din makker, og kun én gang.',
    en: 'You can report only a message from your partner, and only once.',
  },
  MESSAGE_REPORT_NOT_FOUND: {
    status: 404,
    da: 'Anmeldelsen findes ikke.',
    en: 'The report does not exist.',
  },
  MESSAGES_TOO_FAST: {
    status: 429,
    da: 'Du har sendt mange beskeder på kort tid. Vent et øjeblik, og prøv igen.',
    en: 'You have sent many messages in a short time. Wait a moment and try again.',
  },
  // Mentorships: the pair's course, meetings, pauses and ending (features/mentorships).
  MENTORSHIP_NOT_FOUND: {
    status: 404,
    da: 'Forløbet findes ikke, eller du er ikke en del af det.',
    en: 'The mentorship does not exist, or you are not part of it.',
  },
  MENTORSHIP_TRANSITION_NOT_ALLOWED: {
    status: 409,
    da: 'Det kan ikke lade sig gøre, som forløbet står nu. Opdater siden for at se, hvor det står.',
    en: 'That cannot be done where the mentorship stands now. Refresh the page to see where it stands.',
  },
  MENTORSHIP_NOT_YOURS: {
    status: 403,
    da: 'Det er ikke dig, der kan gøre det i forløbet. Tal med personalet.',
    en: 'You are not the one who can do that in the mentorship. Talk to the staff.',
  },
  MENTORSHIP_RESUME_NEEDS_BOTH: {
    status: 409,
    da: 'Forløbet kan først fortsætte, når både peer og peer-mentor har sagt, at de er klar.',
    en: 'The mentorship can go on only when both the peer and the mentor have said they are ready.',
  },
  MENTORSHIP_NOT_PEER: {
    status: 400,
    da: 'Den første person skal være peer i projektet.',
    en: 'The first person must be a peer in the programme.',
  },
  MENTORSHIP_NOT_MENTOR: {
    status: 400,
    da: 'Den anden person skal være peer-mentor i projektet.',
    en: 'The second person must be a mentor in the programme.',
  },
  MENTORSHIP_SAME_PERSON: {
    status: 400,
    da: 'En person kan ikke være makker med sig selv.',
    en: 'A person cannot be paired with themselves.',
  },
  MENTORSHIP_PEER_HAS_OPEN: {
    status: 409,
    da: 'Peeren har allerede et forløb, der ikke er afsluttet.',
    en: 'The peer already has a mentorship that has not ended.',
  },
  MENTORSHIP_NOT_ACTIVE: {
    status: 409,
    da: 'Møder kan kun planlægges og skrives ind, mens forløbet er i gang.',
    en: 'Meetings can be planned and logged only while the mentorship is running.',
  },
  MENTORSHIP_EXTENSION_NOT_OPEN: {
    status: 409,
    da: 'Der er ikke noget spørgsmål om at fortsætte at svare på lige nu.',
    en: 'There is no question about going on to answer right now.',
  },
  MENTORSHIP_TASK_NOT_OPEN: {
    status: 409,
    da: 'Opgaven findes ikke, eller den er allerede løst.',
    en: 'The task does not exist or is already done.',
  },
  MENTORSHIP_EXTENSION_ANSWERED: {
    status: 409,
    da: 'Du har allerede svaret på, om du vil fortsætte.',
    en: 'You have already answered whether you want to go on.',
  },
  MEETING_NOT_FOUND: {
    status: 404,
    da: 'Mødet findes ikke i jeres forløb.',
    en: 'The meeting does not exist in your mentorship.',
  },
  MEETING_ALREADY_LOGGED: {
    status: 409,
    da: 'Mødet er allerede skrevet ind. Opdater siden for at se, hvad der står.',
    en: 'The meeting has already been logged. Refresh the page to see what it says.',
  },
  MEETING_NOT_YET: {
    status: 409,
    da: 'Mødet er ikke begyndt endnu. Skriv det ind, når I har mødtes.',
    en: 'The meeting has not begun yet. Log it once you have met.',
  },
  MEETING_NOT_HAPPENED: {
    status: 409,
    da: 'Du kan kun sige, hvordan det gik, om et møde, der er blevet til noget.',
    en: 'You can say how it went only for a meeting that took place.',
  },
  // The café and events (features/community).
  CAFE_SESSION_NOT_FOUND: {
    status: 404,
    da: 'Caféen findes ikke på det tidspunkt.',
    en: 'There is no café session at that time.',
  },
  CAFE_SESSION_CANCELLED: {
    status: 409,
    da: 'Caféen er aflyst den dag.',
    en: 'The café is cancelled that day.',
  },
  CAFE_SESSION_OVER: {
    status: 409,
    da: 'Caféen er allerede slut den dag.',
    en: 'The café session is already over.',
  },
  CAFE_HOST_NOT_STAFF: {
    status: 400,
    da: 'Kun projektets medarbejdere kan have vagten i caféen.',
    en: "Only the programme's staff can be on duty at the café.",
  },
  CAFE_PERSON_NOT_FOUND: {
    status: 404,
    da: 'Personen er ikke peer eller peer-mentor i projektet.',
    en: 'The person is not a peer or mentor of the programme.',
  },
  CHECK_IN_NOT_OPEN: {
    status: 409,
    da: 'Man kan kun tjekke ind, mens caféen er åben.',
    en: 'You can check in only while the café is open.',
  },
  CHECK_IN_CODE_WRONG: {
    status: 400,
    da: 'Koden passer ikke. Se koden i caféen, og prøv igen.',
    en: 'The code is not right. Look at the code in the café and try again.',
  },
  CHECK_IN_TOO_MANY_TRIES: {
    status: 429,
    da: 'For mange forkerte koder. Vent et kvarter, eller sig til en medarbejder.',
    en: 'Too many wrong codes. Wait a quarter of an hour, or ask a member of staff.',
  },
  CAFE_SLOT_NOT_FOUND: {
    status: 404,
    da: 'Den faste tid findes ikke (eller er stoppet).',
    en: 'That weekly time does not exist (or has been stopped).',
  },
  EVENT_NOT_FOUND: {
    status: 404,
    da: 'Arrangementet findes ikke.',
    en: 'The event does not exist.',
  },
  EVENT_NOT_FOR_YOU: {
    status: 403,
    da: 'Arrangementet er for en anden gruppe i projektet.',
    en: 'The event is for another group of the programme.',
  },
  EVENT_NO_GUESTS: {
    status: 400,
    da: 'Man kan ikke tage en gæst med til dette arrangement.',
    en: 'Guests cannot come to this event.',
  },
  EVENT_SIGN_UP_CLOSED: {
    status: 409,
    da: 'Fristen for tilmelding er overskredet.',
    en: 'The deadline for signing up has passed.',
  },
  EVENT_STARTED: {
    status: 409,
    da: 'Arrangementet er begyndt. Ring til personalet i stedet.',
    en: 'The event has begun. Call the staff instead.',
  },
  EVENT_ATTENDANCE_TOO_EARLY: {
    status: 409,
    da: 'Fremmøde kan først registreres, når arrangementet begynder.',
    en: 'Attendance can be registered only once the event begins.',
  },
  EVENT_SIGN_UP_NOT_FOUND: {
    status: 404,
    da: 'Personen er ikke tilmeldt arrangementet.',
    en: 'The person has not signed up for the event.',
  },
  EVENT_CANCELLED: {
    status: 409,
    da: 'Arrangementet er aflyst.',
    en: 'The event has been cancelled.',
  },
  EVENT_CAPACITY_BELOW_TAKEN: {
    status: 409,
    da: 'Der er flere tilmeldte end det antal pladser. Sæt antallet op, eller bed nogen om at melde fra først.',
    en: 'More people have a place than that number of places. Raise the number, or ask someone to cancel first.',
  },
  GROUP_NOT_MEMBER: {
    status: 403,
    da: 'Gruppen er kun for projektets peers, peer-mentorer og medarbejdere.',
    en: "The group is only for the programme's peers, peer mentors and staff.",
  },
  GROUP_RULES_NOT_ACCEPTED: {
    status: 409,
    da: 'Læs og accepter gruppens husregler først.',
    en: "Read and accept the group's house rules first.",
  },
  GROUP_SUSPENDED: {
    status: 403,
    da: 'Du kan ikke skrive i gruppen lige nu. En medarbejder har sat din adgang på pause.',
    en: 'You cannot write in the group just now. A staff member has paused your access.',
  },
  GROUP_POST_NOT_FOUND: { status: 404, da: 'Opslaget findes ikke.', en: 'The post does not exist.' },
  GROUP_COMMENT_NOT_FOUND: { status: 404, da: 'Kommentaren findes ikke.', en: 'The comment does not exist.' },
  GROUP_IMAGE_NOT_FOUND: { status: 404, da: 'Billedet findes ikke.', en: 'The image does not exist.' },
  GROUP_ACTION_NOT_ALLOWED: {
    status: 409,
    da: 'Det kan ikke gøres med dette opslag.',
    en: 'That cannot be done with this post.',
  },
  GROUP_REASON_REQUIRED: {
    status: 400,
    da: 'Skriv en begrundelse. Den bliver gemt og vist til personen.',
    en: 'Write a reason. It is kept and shown to the person.',
  },
  // Evaluation: instruments and questionnaires (features/evaluation).
  INSTRUMENT_NOT_FOUND: {
    status: 404,
    da: 'Spørgeskemaet findes ikke i dette projekt.',
    en: 'The instrument does not exist in this programme.',
  },
  INSTRUMENT_VERSION_NOT_FOUND: {
    status: 404,
    da: 'Den sprogversion findes ikke.',
    en: 'That language version does not exist.',
  },
  INSTRUMENT_VERSION_APPROVED: {
    status: 409,
    da: 'Sprogversionen er allerede godkendt. En ændring skal tilføjes som en ny version.',
    en: 'The language version is already approved. A change must be added as a new version.',
  },
  TRANSLATION_INCOMPLETE: {
    status: 400,
    da: 'Oversættelsen skal have en tekst til hvert spørgsmål og hver svarmulighed – hverken flere eller færre.',
    en: 'The translation needs a text for every question and every answer option – no more, no fewer.',
  },
  TRANSLATION_EXISTS: {
    status: 409,
    da: 'Præcis den ordlyd findes allerede som en version.',
    en: 'Exactly that wording already exists as a version.',
  },
  QUESTIONNAIRE_NOT_FOUND: {
    status: 404,
    da: 'Spørgeskemaet findes ikke.',
    en: 'The questionnaire does not exist.',
  },
  QUESTIONNAIRE_NOT_OPEN: {
    status: 409,
    da: 'Spørgeskemaet kan ikke besvares nu: det er ikke åbnet endnu, er lukket eller allerede afsluttet.',
    en: 'The questionnaire cannot be answered now: it has not opened yet, has closed or is already finished.',
  },
  QUESTIONNAIRE_EXISTS: {
    status: 409,
    da: 'Personen har allerede fået spørgeskemaet for den måling i den rolle.',
    en: 'The person already has the questionnaire for that wave in that role.',
  },
  WAVE_SETTINGS_ORDER: {
    status: 400,
    da: 'Målingerne skal komme i rækkefølge: T0 ved start, så T1, T2 og T3 – hver senere end den før, og de fra starten før dem fra slutningen.',
    en: 'The waves must come in order: T0 at the start, then T1, T2 and T3 – each later than the one before, and those from the start before those from the end.',
  },
  WAVE_REMINDER_OUTSIDE_WINDOW: {
    status: 400,
    da: 'En påmindelse skal ligge inden for svarfristen, og hver dag kun én gang.',
    en: 'A reminder must fall within the answering window, and each day only once.',
  },
  RESPONDENT_NOT_IN_ROLE: {
    status: 400,
    da: 'Personen har ikke den rolle i projektet.',
    en: 'The person does not have that role in the programme.',
  },
  ANSWER_INVALID: {
    status: 400,
    da: 'Svaret passer ikke til spørgsmålet.',
    en: 'The answer does not fit the question.',
  },
  STOP_LINK_INVALID: {
    status: 400,
    da: 'Linket til at stoppe beskeder er ikke gyldigt. Det kan være ændret eller kopieret forkert. Du kan vælge dine beskeder under Min side, når du er logget ind.',
    en: 'The link to stop messages is not valid. It may have been changed or copied wrongly. You can choose your messages on My page when you are logged in.',
  },
  STOP_LINK_EXPIRED: {
    status: 410,
    da: 'Linket til at stoppe beskeder er for gammelt. Du kan vælge dine beskeder under Min side, når du er logget ind.',
    en: 'The link to stop messages is too old. You can choose your messages on My page when you are logged in.',
  },
  // A mentor's own relapse, recorded by staff (features/mentorships, decision 049).
  MENTOR_NOT_FOUND: {
    status: 404,
    da: 'Personen findes ikke som mentor i projektet.',
    en: 'This person is not a mentor in the programme.',
  },
  MENTOR_RELAPSE_ALREADY_RECORDED: {
    status: 409,
    da: 'Tilbagefaldet er allerede registreret i dag. Mentorens forløb er sat på pause.',
    en: "The relapse has already been recorded today. The mentor's mentorships are paused.",
  },
} as const satisfies Record<string, { status: number; da: string; en: string }>;

export type ProblemCode = keyof typeof problems;
export type ProblemLocale = 'da' | 'en';

/** Messages for the failing fields of a validation error, by zod issue code. */
export const fieldMessages = {
  invalid_type: {
    da: 'Feltet mangler eller har en forkert type.',
    en: 'The field is missing or has the wrong type.',
  },
  too_small: { da: 'Værdien er for kort eller for lille.', en: 'The value is too short or too small.' },
  too_big: { da: 'Værdien er for lang eller for stor.', en: 'The value is too long or too large.' },
  invalid_format: { da: 'Værdien har et forkert format.', en: 'The value has the wrong format.' },
  invalid_value: { da: 'Værdien er ikke en af de tilladte.', en: 'The value is not one of those allowed.' },
  unrecognized_keys: { da: 'Feltet er ikke kendt.', en: 'The field is not known.' },
  invalid_union: {
    da: 'Værdien passer ikke til nogen af de tilladte former.',
    en: 'The value matches none of the allowed forms.',
  },
  not_multiple_of: {
    da: 'Værdien skal gå op i et bestemt tal.',
    en: 'The value must be a multiple of a given number.',
  },
  custom: { da: 'Værdien er ugyldig.', en: 'The value is invalid.' },
} as const;

/** The translated title of a problem code. */
export function problemTitle(code: ProblemCode, locale: ProblemLocale): string {
  return problems[code][locale];
}

/** The translated message for a failing field, by zod issue code (unknown codes get a generic one). */
export function fieldMessage(issueCode: string, locale: ProblemLocale): string {
  const entry =
    (fieldMessages as Record<string, { da: string; en: string }>)[issueCode] ?? fieldMessages.custom;
  return entry[locale];
}
