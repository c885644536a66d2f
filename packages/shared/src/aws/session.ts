import * as core from '../core/index.js';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { loadProxySupport, requestHandler } from './http.js';
import { resolveCredentials, type CredentialSource } from './credentials.js';

/** The constructor shape shared by every AWS SDK v3 client. */
type ClientClass<C> = new (config: Record<string, unknown>) => C;
interface Destroyable {
  destroy(): void;
}

export interface SessionOptions {
  /** e.g. 'start-pipeline'; goes into the user agent as mlops-actions/start-pipeline/<version>. */
  action: string;
  version: string;
  region: string;
  roleToAssume?: string;
  audience: string;
  sessionName: string;
  durationSeconds: number;
  /** SDK attempts per call (standard retry mode: jittered backoff, throttling aware). */
  maxAttempts: number;
}

/**
 * One AWS session per action run: region, credentials and the one way every SDK client is built (retries, user
 * agent, proxy, timeouts). Endpoint overrides need nothing here: the SDK itself honours AWS_ENDPOINT_URL and
 * AWS_ENDPOINT_URL_<SERVICE>.
 */
export class AwsSession {
  private readonly clients = new Map<unknown, Destroyable>();

  private constructor(
    readonly options: SessionOptions,
    private readonly credentials: CredentialSource,
  ) {}

  static async open(options: SessionOptions): Promise<AwsSession> {
    await loadProxySupport();
    const base = baseConfig(options);
    const credentials = await resolveCredentials({
      ...(options.roleToAssume ? { roleToAssume: options.roleToAssume } : {}),
      audience: options.audience,
      sessionName: options.sessionName,
      durationSeconds: options.durationSeconds,
      // STS only when a role is assumed: a lazy chunk of the bundle, not loaded by runs with keys in the environment.
      stsClient: async (provider?: AwsCredentialIdentityProvider) => {
        const { STSClient } = await import('@aws-sdk/client-sts');
        return new STSClient({ ...base, ...(provider ? { credentials: provider } : {}) });
      },
    });
    if (credentials.origin === 'default-chain') core.info('Using the AWS credentials already in the environment (default provider chain).');
    return new AwsSession(options, credentials);
  }

  get region(): string {
    return this.options.region;
  }

  /**
   * The client of a given class, built once per session (and again after credentials are renewed). `maxAttempts`
   * overrides the session's for a call that must not be retried blindly (one that is not idempotent); `config`
   * adds service settings (S3's forcePathStyle).
   */
  client<C extends Destroyable>(Client: ClientClass<C>, overrides: { maxAttempts?: number; config?: Record<string, unknown> } = {}): C {
    const maxAttempts = overrides.maxAttempts ?? this.options.maxAttempts;
    const config = overrides.config ?? {};
    const plain = maxAttempts === this.options.maxAttempts && Object.keys(config).length === 0;
    const key = plain ? Client : `${Client.name}/${maxAttempts}/${JSON.stringify(config)}`;
    let client = this.clients.get(key) as C | undefined;
    if (!client) {
      client = new Client({
        ...baseConfig(this.options),
        ...config,
        maxAttempts,
        ...(this.credentials.provider ? { credentials: this.credentials.provider } : {}),
      });
      this.clients.set(key, client);
    }
    return client;
  }

  /**
   * Renews assumed-role credentials now (after an ExpiredToken answer). The SDK caches credentials inside each
   * client, so the clients are rebuilt too.
   */
  async renewCredentials(): Promise<boolean> {
    if (!(await this.credentials.renew())) return false;
    this.closeClients();
    return true;
  }

  close(): void {
    this.closeClients();
  }

  private closeClients(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }
}

function baseConfig(options: SessionOptions): Record<string, unknown> {
  return {
    region: options.region,
    maxAttempts: options.maxAttempts,
    retryMode: 'standard',
    // A plain string is appended verbatim: mlops-actions/<action>/<version> (a [name, version] pair would
    // become name#version).
    customUserAgent: `mlops-actions/${options.action}/${options.version}`,
    requestHandler: requestHandler(),
  };
}
