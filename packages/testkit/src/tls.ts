import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export interface Certificate {
  /** PEM of the self-signed certificate: also the CA to trust (NODE_EXTRA_CA_CERTS, caData). */
  cert: string;
  key: string;
  certPath: string;
}

/**
 * A self-signed certificate for loopback servers (127.0.0.1 and localhost), made with the openssl CLI because
 * Node cannot create X.509 certificates. Local HTTPS servers let tests exercise real TLS paths: CA trust,
 * CONNECT tunnels through proxies.
 */
export function selfSignedCertificate(commonName = '127.0.0.1'): Certificate {
  const dir = mkdtempSync(path.join(tmpdir(), 'testkit-tls-'));
  const keyPath = path.join(dir, 'key.pem');
  const certPath = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${commonName}`,
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ],
    { stdio: 'ignore' },
  );
  return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8'), certPath };
}
