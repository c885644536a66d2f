// The committed template's deploy role as IAM would hold it once CloudFormation created it with the given
// parameters: its trust statement and its policy, every Ref / Fn::Sub resolved (pseudo parameters as the AWS
// world's account and region, the OIDC provider's Ref as its ARN). The action scenarios create it in the world.
import { readFileSync } from 'node:fs';
import { DEFAULT_REPOSITORY } from '@mlops-actions/testkit';
import { DEPLOY_ROLE_TEMPLATE_PATH, exampleParameters, GITHUB_OIDC_HOST } from '../../src/github-deploy-role-stack.js';
import { resolveParameters } from './deploy-template.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

/** The READMEs' example names as the stack's parameters, and the harness's repository (the subject of its tokens). */
export const EXAMPLE_PARAMETERS: Record<string, string> = { ...exampleParameters(), GitHubRepository: DEFAULT_REPOSITORY };

export const committedTemplate = (): JsonObject => JSON.parse(readFileSync(DEPLOY_ROLE_TEMPLATE_PATH, 'utf8')) as JsonObject;

export interface ResolvedRole {
  /** The trust policy's statement (what the action tests pass as `trust`). */
  trust: object;
  /** The role's identity policy (the union). */
  policy: { Version: string; Statement: Array<{ Sid: string; Action?: string | string[] }> };
}

/** The deploy role with these parameters; `withoutSid` leaves that statement out of its policy (the negative). */
export function deployRole(given: Record<string, string>, options: { withoutSid?: string } = {}): ResolvedRole {
  const template = committedTemplate();
  const parameters = resolveParameters(template, { ...EXAMPLE_PARAMETERS, ...given });
  const pseudo: Record<string, string> = { 'AWS::AccountId': ACCOUNT, 'AWS::Region': REGION, 'AWS::Partition': 'aws' };
  const refs: Record<string, string> = { GitHubOidcProvider: `arn:aws:iam::${ACCOUNT}:oidc-provider/${GITHUB_OIDC_HOST}` };
  const ref = (name: string): string => {
    const value = pseudo[name] ?? parameters[name] ?? refs[name];
    if (value === undefined) throw new Error(`Ref ${name}: not a parameter, pseudo parameter or known resource`);
    return value;
  };
  const resolve = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(resolve);
    if (value === null || typeof value !== 'object') return value;
    if ('Ref' in value) return ref(value.Ref as string);
    if ('Fn::Sub' in value) return (value['Fn::Sub'] as string).replace(/\$\{([^}]+)\}/g, (_m, name: string) => ref(name));
    const intrinsic = Object.keys(value).find((k) => k.startsWith('Fn::'));
    if (intrinsic) throw new Error(`${intrinsic} in the deploy role is not resolved by this test`);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
  };
  const role = (template.Resources as Record<string, { Type: string; Properties: JsonObject }>).DeployRole;
  if (role?.Type !== 'AWS::IAM::Role') throw new Error('the template has no DeployRole');
  const properties = resolve(role.Properties) as {
    AssumeRolePolicyDocument: { Statement: object[] };
    Policies: Array<{ PolicyDocument: ResolvedRole['policy'] }>;
  };
  const [policy] = properties.Policies.map((p) => p.PolicyDocument);
  if (!policy || properties.Policies.length !== 1) throw new Error('the deploy role should hold exactly one policy, the union');
  const statements = policy.Statement.filter((s) => s.Sid !== options.withoutSid);
  if (options.withoutSid && statements.length === policy.Statement.length) throw new Error(`the union has no statement ${options.withoutSid}`);
  return { trust: properties.AssumeRolePolicyDocument.Statement[0] as object, policy: { ...policy, Statement: statements } };
}
