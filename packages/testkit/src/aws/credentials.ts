// Which access keys exist and which are expired. moto issues the keys (AssumeRole*, GetSessionToken) and
// never expires them; the layer watches STS answers so a test can expire "everything issued so far" and
// prove that the client under test refreshes its credentials instead of failing.

/** Fake long-term keys for actions run with static credentials (moto accepts any key). */
export const STATIC_ACCESS_KEY_ID = 'AKIATESTKITSTATIC001';
export const STATIC_SECRET_ACCESS_KEY = 'testkit/static/secret/key/0000000000000000';

/**
 * The key of the world's own `sagemaker` client. Exempt from faults and expiry: it is the test's
 * instrument (setup and assertions), not the code under test.
 */
export const HARNESS_ACCESS_KEY_ID = 'AKIATESTKITHARNESS01';
export const HARNESS_SECRET_ACCESS_KEY = 'testkit/harness/secret/key/000000000000000';

export interface IssuedKey {
  accessKeyId: string;
  /** The secret parts, so tests can prove they never show up in an action's output. */
  secretAccessKey?: string;
  sessionToken?: string;
  /** e.g. arn:aws:sts::123456789012:assumed-role/gh-deploy/session */
  assumedRoleArn?: string;
  roleArn?: string;
  operation: string;
  time: number;
}

export class CredentialBook {
  readonly issued = new Map<string, IssuedKey>();
  readonly #expired = new Set<string>();

  constructor(private readonly accountId: string) {}

  /** Remember the keys in an STS answer (Query XML) so they can be expired and attributed later. */
  recordStsAnswer(operation: string, xml: string, roleArn?: string): IssuedKey | undefined {
    const accessKeyId = /<AccessKeyId>([^<]+)<\/AccessKeyId>/.exec(xml)?.[1];
    if (!accessKeyId) return undefined;
    const assumedRoleArn = /<AssumedRoleUser>[\s\S]*?<Arn>([^<]+)<\/Arn>/.exec(xml)?.[1];
    const secretAccessKey = /<SecretAccessKey>([^<]+)<\/SecretAccessKey>/.exec(xml)?.[1];
    const sessionToken = /<SessionToken>([^<]+)<\/SessionToken>/.exec(xml)?.[1];
    const key: IssuedKey = { accessKeyId, secretAccessKey, sessionToken, assumedRoleArn, roleArn, operation, time: Date.now() };
    this.issued.set(accessKeyId, key);
    return key;
  }

  /** Every key issued so far, and the static keys, become expired; keys issued later are fine. */
  expireAll(): void {
    this.#expired.add(STATIC_ACCESS_KEY_ID);
    for (const key of this.issued.keys()) this.#expired.add(key);
  }

  isExpired(accessKeyId: string | undefined): boolean {
    return accessKeyId !== undefined && this.#expired.has(accessKeyId);
  }

  isHarness(accessKeyId: string | undefined): boolean {
    return accessKeyId === HARNESS_ACCESS_KEY_ID;
  }

  /** The account a key acts in: the account of the role it was issued for, else moto's default account. */
  accountOf(accessKeyId: string | undefined): string {
    const key = accessKeyId ? this.issued.get(accessKeyId) : undefined;
    return /^arn:[^:]+:sts::(\d{12}):/.exec(key?.assumedRoleArn ?? '')?.[1] ?? this.accountId;
  }

  /** The principal AWS would name in an AccessDenied message for this key. */
  principalArn(accessKeyId: string | undefined): string {
    const key = accessKeyId ? this.issued.get(accessKeyId) : undefined;
    // moto's GetCallerIdentity calls every non-assumed key `user/moto`; say the same.
    return key?.assumedRoleArn ?? `arn:aws:iam::${this.accountId}:user/moto`;
  }
}
