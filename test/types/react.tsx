/**
 * What a React 19 + TypeScript app writes: the plain tags and the wrappers, each refusal proven
 * by a `@ts-expect-error` (tsc fails if the line it guards ever type-checks).
 */
import { useRef } from 'react';
import {
  MemoryAdapter,
  type BadgeShareEvent,
  type CertList as CertListElement,
  type Certification,
} from 'cert-elements';
import { BadgeShare, CertDashboard, CertList, CertVerify, TranscriptViewer } from 'cert-elements/react';

const adapter = new MemoryAdapter();
const certifications: Certification[] = [];
/** A listener for `badge-share`, which `cert-download` cannot be given to. */
const onBadgeShare = (e: BadgeShareEvent) => e.detail.network;

export function PlainTags() {
  const list = useRef<CertListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <cert-dashboard api-base="/api" sections="certificates" help-url="/help" lang="es" class="wide" />
      <cert-dashboard adapter={adapter} oncert-selection-change={(e) => e.detail.ids.join()} />
      <cert-list
        ref={list}
        certifications={certifications}
        helpUrl="/help"
        oncert-download={(e) => e.detail.blob.size}
        oncert-error={(e) => e.detail.error}
      />
      <badge-share badge-id="b1" networks="linkedin x" onbadge-share={(e) => e.detail.network} />
      <transcript-viewer
        mode="shared"
        transcript-id="K7QM2XWN4HD9R"
        share-base-url="https://learn.example/shared"
        ontranscript-share-created={(e) => e.detail.transcriptId}
      />
      {/* @ts-expect-error `mode` is `owner` or `shared` */}
      <transcript-viewer mode="editor" />
      {/* @ts-expect-error an attribute's value is a string */}
      <cert-list help-url={42} />
      {/* @ts-expect-error `adapter` is a property that takes a CertAdapter, not a URL */}
      <cert-dashboard adapter="/api" />
      {/* @ts-expect-error `cert-download` carries no `network` */}
      <cert-list oncert-download={onBadgeShare} />
      {/* @ts-expect-error React 19 would listen for `CertDownload`: plain tags take `oncert-download` */}
      <cert-list onCertDownload={() => undefined} />
      {/* @ts-expect-error the ref is a `<cert-list>` */}
      <cert-list ref={input} />
    </>
  );
}

export function Wrappers() {
  const list = useRef<CertListElement>(null);
  return (
    <>
      <CertDashboard adapter={adapter} sections="certificates badges" helpUrl="/help" lang="es" />
      <CertDashboard onCertDownload={(e) => e.detail.filename} onBadgeShare={(e) => e.preventDefault()} />
      <CertList
        ref={list}
        certifications={certifications}
        onCertSelectionChange={(e) => e.detail.ids}
        onCertDownload={(e) => e.detail.blob}
        onCertError={(e) => e.detail.error}
      />
      <BadgeShare badgeId="b1" onBadgeShare={(e) => e.detail.url} />
      <TranscriptViewer
        mode="owner"
        onTranscriptShareCreated={(e) => e.detail.url}
        onTranscriptEmailSent={(e) => e.detail.to}
        onTranscriptDownload={(e) => e.detail.blob}
        onTranscriptError={(e) => e.detail.error}
      />
      {/* @ts-expect-error `cert-download` carries no `network` */}
      <CertList onCertDownload={onBadgeShare} />
      {/* @ts-expect-error no such event: the prop is `onCertSelectionChange` */}
      <CertList onCertSelectionChanged={() => undefined} />
      {/* @ts-expect-error `<cert-list>` fires no transcript events */}
      <CertList onTranscriptError={() => undefined} />
      {/* @ts-expect-error `certifications` is an array of Certification */}
      <CertList certifications="all" />
      {/* @ts-expect-error `mode` is `owner` or `shared` */}
      <TranscriptViewer mode="editor" />
      <CertVerify credentialId="NWCA-ADM-7F3K-22QX" apiBase="/api" lang="es" />
      <cert-verify credential-id="NWCA-ADM-7F3K-22QX" api-base="/api" />
      {/* @ts-expect-error `credentialId` is a string */}
      <CertVerify credentialId={42} />
    </>
  );
}
