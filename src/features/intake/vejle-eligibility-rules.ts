/**
 * Vejle's eligibility rules (DESIGN.md §1, after Peer-fællesskabet, Vejle Kommune 2016–2018): the
 * demo programme's rules and the model a new programme starts from. The texts are what an applicant
 * who does not meet a rule reads, often someone who has just left abuse: they say what the rule is
 * and why, plainly and without blame. Sending the application anyway is offered by the form.
 */
import type { EligibilityRules } from './eligibility.contract.ts';

/** Vejle Kommune's kommunekode: the programme's only municipality. */
export const VEJLE_MUNICIPALITY_CODES: readonly string[] = ['630'];

export const VEJLE_ELIGIBILITY_RULES: EligibilityRules = {
  peer: [
    {
      id: 'age',
      kind: 'minimum-age',
      years: 18,
      explanation: {
        da: 'For at være peer skal du være fyldt 18 år. Ordningen er for voksne.',
        en: 'To be a peer, you need to be 18 or older. The programme is for adults.',
      },
    },
    {
      id: 'residence',
      kind: 'residence',
      explanation: {
        da: 'For at være peer skal du bo i Vejle Kommune. Ordningen er Vejle Kommunes tilbud til dem, der bor i kommunen.',
        en: 'To be a peer, you need to live in Vejle Municipality. The programme is what Vejle Municipality offers the people who live there.',
      },
    },
    {
      id: 'abuse-experience',
      kind: 'abuse-experience',
      acceptAftercare: true,
      explanation: {
        da: 'For at være peer skal du selv have haft problemer med alkohol eller stoffer, eller være i efterbehandling nu. Ordningen er for dig, der er på vej videre efter et misbrug.',
        en: 'To be a peer, you need to have had problems with alcohol or drugs yourself, or be in aftercare now. The programme is for people who are moving on from alcohol or drug abuse.',
      },
    },
    {
      id: 'abstinence',
      kind: 'abstinence',
      // DESIGN.md says "currently" free, and issue #5 leaves the period to the programme: 0 months
      // means free, or stable on substitution medication, as of today. How stable is judged by staff
      // at the interview; a programme that wants a set period raises minimumMonths in its settings.
      minimumMonths: 0,
      substitution: 'counts-as-free',
      explanation: {
        da: 'For at være peer skal du være stoffri eller alkoholfri nu. Får du substitutionsmedicin, fx metadon eller buprenorfin, og er du stabil i din behandling, tæller det også.',
        en: 'To be a peer, you need to be free of drugs or alcohol now. If you take substitution medication, such as methadone or buprenorphine, and are stable in your treatment, that counts too.',
      },
    },
  ],
  mentor: [
    {
      id: 'age',
      kind: 'minimum-age',
      years: 18,
      explanation: {
        da: 'For at være peer-mentor skal du være fyldt 18 år. Ordningen er for voksne.',
        en: 'To be a peer mentor, you need to be 18 or older. The programme is for adults.',
      },
    },
    {
      id: 'residence',
      kind: 'residence',
      explanation: {
        da: 'For at være peer-mentor skal du bo i Vejle Kommune. Ordningen er Vejle Kommunes tilbud til dem, der bor i kommunen.',
        en: 'To be a peer mentor, you need to live in Vejle Municipality. The programme is what Vejle Municipality offers the people who live there.',
      },
    },
    {
      id: 'abuse-experience',
      kind: 'abuse-experience',
      // A person in aftercare has their own experience of abuse, which is all DESIGN.md asks of a
      // mentor; whether they are far enough out of it is the abstinence rule's question.
      acceptAftercare: true,
      explanation: {
        da: 'For at være peer-mentor skal du selv have erfaring med misbrug af alkohol og/eller stoffer. Det er netop din egen erfaring, du bruger, når du støtter en peer.',
        en: 'To be a peer mentor, you need personal experience of alcohol and/or drug abuse. Your own experience is exactly what you draw on when you support a peer.',
      },
    },
    {
      id: 'abstinence',
      kind: 'abstinence',
      minimumMonths: 12,
      substitution: 'must-have-ended',
      explanation: {
        da: 'For at være peer-mentor skal du have været ude af misbrug i mindst 12 måneder. Har du fået substitutionsmedicin, fx metadon eller buprenorfin, skal den behandling også være slut for mindst 12 måneder siden. Det er for at passe godt på både dig og den peer, du skal støtte.',
        en: 'To be a peer mentor, you need to have been free of alcohol or drug abuse for at least 12 months. If you have had substitution medication, such as methadone or buprenorphine, that treatment must also have ended at least 12 months ago. This is to take good care of both you and the peer you will support.',
      },
    },
  ],
};
