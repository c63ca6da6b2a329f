/**
 * The operations of `openapi.yaml`, one route each, plus the demo sign-in. Every learner route
 * answers 401 without a session; `viewSharedTranscript` needs none.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type {
  CreateTranscriptShareRequest,
  EmailTranscriptRequest,
  TranscriptShare,
  ViewSharedTranscriptRequest,
} from '../../src/model.js';
import { accessCodeProblemText } from '../../src/rules/access-code.js';
import { transcriptPageUrl } from '../../src/rules/share-url.js';
import { isCredentialId, verificationOf } from '../../src/rules/verification.js';
import { SHARE_SUSPENDED, SHARE_SUSPENDED_PROBLEM_TYPE } from '../../src/rules/share-problems.js';
import {
  TRANSCRIPT_EMAIL_REPEAT_MS,
  canonicalLanguageTag,
  repeatWaitSeconds,
  sameTranscriptEmail,
} from '../../src/rules/transcript-email.js';
import type { ServerConfig } from './config.js';
import { contract } from './contract.js';
import { COMMON_ACCESS_CODE_PROBLEM_TYPE, COMMON_ACCESS_CODE_TEXT, isCommonAccessCode } from './common-access-codes.js';
import { transcriptEmail, type MailTransport } from './mail.js';
import { mailLanguageOf, type MailLanguage } from './mail-messages.js';
import { NO_MATCHING_SHARE, Problem, unprocessable } from './problems.js';

import type { Authenticate, Sessions } from './sessions.js';
import { transcriptOf, type TranscriptShares } from './shares.js';
import type { ShareRow, Store } from './store.js';

export interface ApiDependencies {
  config: ServerConfig;
  store: Store;
  shares: TranscriptShares;
  sessions: Sessions;
  mail: MailTransport;
  authenticate: Authenticate;
  now: () => Date;
  demoLearnerId: string;
}

const HOUR_MS = 3_600_000;

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in learner, set on learner routes. */
    learnerId: string;
  }
}

export function registerApi(api: FastifyInstance, deps: ApiDependencies): void {
  const { config, store, shares, sessions, mail, now } = deps;
  api.decorateRequest('learnerId', '');

  const signedIn = async (request: FastifyRequest) => {
    const learnerId = await deps.authenticate(request);
    if (!learnerId || !(await store.hasLearner(learnerId)))
      throw new Problem(401, 'Sign in first: this request carries no valid session.');
    request.learnerId = learnerId;
  };
  const learnerRoute = { onRequest: signedIn };
  // Bodies and path parameters are checked against openapi.yaml before a handler runs (see requests.ts).
  const schema = (operationId: string) => ({ schema: contract().routeSchema(operationId) });

  api.get('/learner', learnerRoute, (request) => store.learner(request.learnerId));

  api.get('/certifications', learnerRoute, (request) => store.certifications(request.learnerId));

  api.get<{ Params: { certificationId: string } }>(
    '/certifications/:certificationId/pdf',
    { ...learnerRoute, ...schema('getCertificatePdf') },
    async (request) => {
      const id = request.params.certificationId;
      const known = (await store.certifications(request.learnerId)).some((c) => c.id === id);
      // This server keeps no official PDFs: the widgets then make the certificate in the browser.
      throw new Problem(
        404,
        known ? 'There is no official PDF for this certification.' : 'You have no certification with this ID.',
      );
    },
  );

  api.get('/badges', learnerRoute, (request) => store.badges(request.learnerId));

  api.get('/transcript', learnerRoute, (request) => transcriptOf(store, request.learnerId, true, now()));

  api.post<{ Body: EmailTranscriptRequest }>(
    '/transcript/email',
    { ...learnerRoute, ...schema('emailTranscript') },
    async (request, reply) => {
      const to = request.body.to.trim();
      const { includeAddress } = request.body;
      // The schema let only a well-formed tag through (format bcp47).
      const lang = request.body.lang === undefined ? null : canonicalLanguageTag(request.body.lang);
      const email = { to, includeAddress, lang };
      const current = now();
      const transcript = (await transcriptOf(store, request.learnerId, includeAddress, current))!;
      const message = transcriptEmail(transcript, { to, from: config.mailFrom, lang });
      // The checks and the reservation are one transaction, one at a time per learner over every
      // process: 200 requests at once take at most the cap.
      const reservation = await store.atomically(`e-mails of ${request.learnerId}`, async (tx) => {
        const lastIdentical = (
          await tx.outboxSince(
            request.learnerId,
            new Date(current.getTime() - TRANSCRIPT_EMAIL_REPEAT_MS).toISOString(),
          )
        ).find((sent) => sameTranscriptEmail(sent, email));
        if (lastIdentical) {
          throw new Problem(429, 'This transcript e-mail was just sent; an identical one waits a minute.', {
            retryAfter: repeatWaitSeconds(Date.parse(lastIdentical.createdAt), current.getTime()),
          });
        }
        const recent = await tx.outboxTimesSince(
          request.learnerId,
          new Date(current.getTime() - HOUR_MS).toISOString(),
        );
        if (recent.length >= config.emailsPerHour) {
          const freedAt = Date.parse(recent[recent.length - config.emailsPerHour] ?? current.toISOString()) + HOUR_MS;
          const retryAfter = Math.max(1, Math.ceil((freedAt - current.getTime()) / 1000));
          throw new Problem(429, `At most ${config.emailsPerHour} transcript e-mails an hour; try again later.`, {
            retryAfter,
          });
        }
        return tx.reserveOutbox({
          learnerId: request.learnerId,
          to,
          lang,
          subject: message.subject,
          bodyText: message.text,
          includeAddress,
          transport: mail.name,
          createdAt: current.toISOString(),
        });
      });
      let sent;
      try {
        sent = await mail.send(message);
      } catch (error) {
        // Nothing went out: the slot is given back, so a broken transport does not use up the hour.
        await store.releaseOutbox(reservation);
        request.log.error({ err: error, transport: mail.name }, 'the transcript e-mail could not be sent');
        throw new Problem(503, 'The e-mail could not be sent just now; try again later.', { retryAfter: 60 });
      }
      await store.markOutboxSent(reservation, sent.messageId, sent.file);
      return reply.code(204).send();
    },
  );

  const shareUrl = (transcriptId: string): string | null => {
    let base = config.shareBaseUrl;
    if (!base) {
      // Never from the request's Host or X-Forwarded-Host: a forged one would end up in a link the learner hands out.
      const origin = config.publicBaseUrl ?? listeningUrl(api.server.address());
      if (!config.webRoot || !origin) return null;
      base = new URL('shared.html', origin).href;
    }
    return transcriptPageUrl(base, transcriptId);
  };
  const publicShare = (share: ShareRow): TranscriptShare & { suspendedAt: string | null } => ({
    transcriptId: share.transcriptId,
    url: shareUrl(share.transcriptId),
    includeAddress: share.includeAddress,
    createdAt: share.createdAt,
    expiresAt: share.expiresAt,
    suspendedAt: share.suspendedAt,
  });

  api.get('/transcript/shares', learnerRoute, async (request) =>
    (await shares.list(request.learnerId)).map(publicShare),
  );

  api.post<{ Body: CreateTranscriptShareRequest }>(
    '/transcript/shares',
    { ...learnerRoute, ...schema('createTranscriptShare') },
    async (request, reply) => {
      const { accessCode, includeAddress } = request.body;
      refuseMalformedCode(accessCode);
      if (isCommonAccessCode(accessCode)) {
        throw new Problem(422, COMMON_ACCESS_CODE_TEXT[preferredLanguage(request)], {
          field: 'accessCode',
          type: COMMON_ACCESS_CODE_PROBLEM_TYPE,
        });
      }
      const share = await shares.create(request.learnerId, accessCode, includeAddress);
      return reply.code(201).send(publicShare(share));
    },
  );

  api.delete<{ Params: { transcriptId: string } }>(
    '/transcript/shares/:transcriptId',
    { ...learnerRoute, ...schema('revokeTranscriptShare') },
    async (request, reply) => {
      if (!(await shares.revoke(request.learnerId, request.params.transcriptId)))
        throw new Problem(404, 'You have no active transcript share with this transcript ID.');
      return reply.code(204).send();
    },
  );

  api.post<{ Params: { transcriptId: string } }>(
    '/transcript/shares/:transcriptId/resume',
    { ...learnerRoute, ...schema('resumeTranscriptShare') },
    async (request, reply) => {
      if (!(await shares.resume(request.learnerId, request.params.transcriptId)))
        throw new Problem(404, 'You have no active transcript share with this transcript ID.');
      return reply.code(204).send();
    },
  );

  api.post<{ Body: ViewSharedTranscriptRequest }>(
    '/shared-transcripts/view',
    schema('viewSharedTranscript'),
    async (request) => {
      const { transcriptId, accessCode } = request.body;
      refuseMalformedCode(accessCode);
      const result = await shares.view(transcriptId, accessCode, request.ip);
      switch (result.outcome) {
        case 'shown':
          return result.transcript;
        case 'suspended':
          throw new Problem(403, SHARE_SUSPENDED, { type: SHARE_SUSPENDED_PROBLEM_TYPE });
        case 'rate-limited':
          throw new Problem(429, 'Too many failed attempts; try again later.', { retryAfter: result.retryAfter });
        case 'no-match':
          throw NO_MATCHING_SHARE;
      }
    },
  );

  /** Counts one `what` for the request's address against `perMinute`; 429 with Retry-After beyond it. */
  const limitPerMinute = async (request: FastifyRequest, bucket: string, perMinute: number, what: string) => {
    const wait = await store.takeRateSlot(bucket, request.ip, perMinute, 60_000, now().getTime());
    if (wait > 0) throw new Problem(429, `Too many ${what} from this address; try again later.`, { retryAfter: wait });
  };

  api.get<{ Params: { credentialId: string } }>(
    '/verifications/:credentialId',
    schema('verifyCredential'),
    async (request, reply) => {
      await limitPerMinute(request, 'verification', config.verificationsPerMinute, 'verifications');
      // As asked, up to 1,000 characters: an ID that cannot be one is answered like an unknown one.
      const asked = request.params.credentialId.slice(0, 1000);
      const found = isCredentialId(asked) ? await store.credential(asked) : undefined;
      const verification = verificationOf(asked, found, now());
      // Public, but checked again on every use: a revocation shows on the next request.
      const { checkedAt: _, ...lasting } = verification;
      const etag = `"${createHash('sha256').update(JSON.stringify(lasting)).digest('base64url').slice(0, 22)}"`;
      reply.header('cache-control', 'public, no-cache').header('etag', etag);
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return verification;
    },
  );

  if (config.demoSignIn) {
    // Not part of openapi.yaml: the reference server's stand-in for a partner's own sign-in.
    api.post('/demo/sign-in', async (request: FastifyRequest, reply: FastifyReply) => {
      // Signed in already: keep that session rather than start one per page load.
      if ((await sessions.learnerFor(request)) === deps.demoLearnerId) return reply.code(204).send();
      await limitPerMinute(request, 'demo-sign-in', config.demoSignInsPerMinute, 'demo sign-ins');
      await sessions.signIn(request, reply, deps.demoLearnerId);
      return reply.code(204).send();
    });
    api.post('/demo/sign-out', async (request: FastifyRequest, reply: FastifyReply) => {
      await sessions.signOut(request, reply);
      return reply.code(204).send();
    });
  }
}

/** The first language of `Accept-Language` (by weight, then order) that the server writes in; English without one. */
export function preferredLanguage(request: FastifyRequest): MailLanguage {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'en';
  const ranked = header
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(/^\s*q=([\d.]+)\s*$/.exec(params.join(';'))?.[1] ?? 1);
      return { language: mailLanguageOf(tag.trim()), primary: tag.trim().toLowerCase().split('-')[0], q, index };
    })
    .filter((r) => r.language === r.primary && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.language ?? 'en';
}

/** The server's own URL from the address it listens on; `null` for a wildcard address, which names no host. */
export function listeningUrl(address: AddressInfo | string | null): string | null {
  if (address === null || typeof address === 'string') return null;
  if (address.address === '0.0.0.0' || address.address === '::') return null;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/`;
}

/** A code the schema let through that breaks a rule it cannot state (lone surrogates): 422, as for its length. */
function refuseMalformedCode(accessCode: string): void {
  const problem = accessCodeProblemText(accessCode);
  if (problem !== null) throw unprocessable(problem, 'accessCode');
}
