import { Construct } from 'constructs';
import { typed, type TypedObject } from '../core/typed-object';
import {
  Certificate,
  type CertificateProps,
  CertificateSpecPrivateKeyAlgorithm,
  CertificateSpecPrivateKeyRotationPolicy,
} from '../../../imports/certificates-cert-manager.io';

const HOST = /^(\*\.)?([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,63}$/;
const HOURS = /^([0-9]+)h$/;

export interface TlsCertificateProps {
  readonly namespace: string;
  /** TLS Secret cert-manager writes; also the Certificate's name. */
  readonly secretName: string;
  readonly dnsNames: readonly string[];
  /** ClusterIssuer that signs it. */
  readonly issuer: string;
  /** @default 2160h (90 days, Let's Encrypt's lifetime) */
  readonly duration?: string;
  /** @default 720h (30 days before expiry) */
  readonly renewBefore?: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** A cert-manager Certificate with an ECDSA P-256 key that is rotated on every renewal. */
export class TlsCertificate extends Construct {
  constructor(scope: Construct, id: string, props: TlsCertificateProps) {
    super(scope, id);
    const object = tlsCertificateObject(props);
    new object.cls(this, 'resource', object.props);
  }
}

/** The Certificate of TlsCertificate as a typed object (for plain manifests); checks the props the same way. */
export function tlsCertificateObject(props: TlsCertificateProps): TypedObject<CertificateProps> {
  const where = `Certificate ${props.namespace}/${props.secretName}`;
  if (props.dnsNames.length === 0) throw new Error(`${where}: dnsNames must not be empty`);
  for (const host of props.dnsNames) if (!HOST.test(host) || host.length > 253) throw new Error(`${where}: "${host}" is not a DNS name`);
  const duration = props.duration ?? '2160h';
  const renewBefore = props.renewBefore ?? '720h';
  const d = HOURS.exec(duration);
  const r = HOURS.exec(renewBefore);
  if (!d || !r) throw new Error(`${where}: duration "${duration}" and renewBefore "${renewBefore}" must be whole hours such as 2160h`);
  if (Number(r[1]) >= Number(d[1])) throw new Error(`${where}: renewBefore ${renewBefore} must be shorter than duration ${duration}`);
  return typed(Certificate, {
    metadata: { name: props.secretName, namespace: props.namespace, labels: { ...props.labels } },
    spec: {
      secretName: props.secretName,
      dnsNames: [...props.dnsNames],
      issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: props.issuer },
      duration,
      renewBefore,
      privateKey: {
        algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA,
        size: 256,
        rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS,
      },
    },
  });
}
