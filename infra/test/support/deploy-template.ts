// Creates the resources of the committed CloudFormation template in moto, one service API call per resource, the way
// CloudFormation's resource handlers would. moto's own CloudFormation cannot take this template: it has no
// AWS::Events::Connection, AWS::Events::ApiDestination or AWS::SQS::QueuePolicy handler (it skips them with
// "No Moto CloudFormation support"), then refuses the rules' Fn::GetAtt to the skipped destination, and an
// output's GetAtt to it crashes CreateStack with HTTP 500 (AttributeError in validate_outputs), as of moto 5.2.1.
// So each resource type's API calls are made here directly: CreateConnection, CreateApiDestination, CreateQueue,
// SetQueueAttributes (Policy), CreateRole, PutRolePolicy, PutRule, PutTargets, with the template's properties as
// written (intrinsics resolved like CloudFormation: Ref, Fn::GetAtt, Fn::Sub, Fn::Join, pseudo parameters,
// parameter defaults and AllowedPattern, and {{resolve:secretsmanager:...}} read from Secrets Manager).
import {
  CreateApiDestinationCommand,
  CreateConnectionCommand,
  type EventBridgeClient,
  PutRuleCommand,
  PutTargetsCommand,
  type Target,
} from '@aws-sdk/client-eventbridge';
import { CreateRoleCommand, type IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CreateQueueCommand, GetQueueAttributesCommand, SetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface Clients {
  events: EventBridgeClient;
  sqs: SQSClient;
  iam: IAMClient;
  secrets: SecretsManagerClient;
}

export interface DeployedResource {
  type: string;
  /** What Ref returns. */
  ref: string;
  /** Fn::GetAtt attributes. */
  attributes: Record<string, string>;
}

export interface Deployment {
  resources: Record<string, DeployedResource>;
  outputs: Record<string, string>;
  parameters: Record<string, string>;
  /** The API calls made, in order (operation names). */
  calls: string[];
}

export class ParameterError extends Error {}

export async function deployTemplate(
  template: JsonObject,
  options: { stackName: string; parameters: Record<string, string>; accountId: string; region: string; clients: Clients },
): Promise<Deployment> {
  const parameters = resolveParameters(template, options.parameters);
  const resources = (template.Resources ?? {}) as Record<string, JsonObject>;
  const deployed: Record<string, DeployedResource> = {};
  const calls: string[] = [];
  const pseudo: Record<string, string> = {
    'AWS::AccountId': options.accountId,
    'AWS::Region': options.region,
    'AWS::Partition': 'aws',
    'AWS::StackName': options.stackName,
  };

  const resolve = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(resolve);
    if (value === null || typeof value !== 'object') return value;
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const [key] = keys as [string];
      const arg = value[key] as Json;
      if (key === 'Ref') return ref(arg as string);
      if (key === 'Fn::GetAtt') {
        const [id, attribute] = arg as [string, string];
        const found = deployed[id]?.attributes[attribute];
        if (found === undefined) throw new Error(`Fn::GetAtt ${id}.${attribute}: not deployed yet or no such attribute`);
        return found;
      }
      if (key === 'Fn::Join') {
        const [separator, parts] = arg as [string, Json[]];
        return parts.map((p) => String(resolve(p))).join(separator);
      }
      if (key === 'Fn::Sub') {
        const [text, vars] = typeof arg === 'string' ? [arg, {}] : (arg as [string, JsonObject]);
        return text.replace(/\$\{([^}]+)\}/g, (_m, name: string) => {
          if (name in vars) return String(resolve(vars[name] as Json));
          if (name.includes('.')) {
            const [id, attribute] = name.split('.') as [string, string];
            return String(resolve({ 'Fn::GetAtt': [id, attribute] }));
          }
          return ref(name);
        });
      }
      if (key.startsWith('Fn::')) throw new Error(`${key} is not handled by this deployer`);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
  };
  const ref = (name: string): string => {
    if (name in pseudo) return pseudo[name] as string;
    if (name in parameters) return parameters[name] as string;
    const resource = deployed[name];
    if (!resource) throw new Error(`Ref ${name}: unknown or not deployed yet`);
    return resource.ref;
  };
  // CloudFormation resolves dynamic references in property values right before the resource handler runs.
  const dynamic = async (value: Json): Promise<Json> => {
    if (typeof value === 'string') {
      const pattern = /\{\{resolve:secretsmanager:(.+?):SecretString:([^:}]*):([^:}]*):([^:}]*)\}\}/g;
      let out = value;
      for (const match of value.matchAll(pattern)) {
        const [whole, secretId, jsonKey] = match as unknown as [string, string, string];
        calls.push('GetSecretValue');
        const secret = await options.clients.secrets.send(new GetSecretValueCommand({ SecretId: secretId }));
        const text = secret.SecretString ?? '';
        out = out.replace(whole, jsonKey ? String((JSON.parse(text) as JsonObject)[jsonKey]) : text);
      }
      return out;
    }
    if (Array.isArray(value)) return Promise.all(value.map(dynamic));
    if (value && typeof value === 'object') return Object.fromEntries(await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await dynamic(v)])));
    return value;
  };

  for (const id of deploymentOrder(resources)) {
    const resource = resources[id] as JsonObject;
    const type = resource.Type as string;
    const props = (await dynamic(resolve((resource.Properties ?? {}) as Json))) as JsonObject;
    const name = `${options.stackName}-${id}`.slice(0, 64);
    const { events, sqs, iam } = options.clients;
    calls.push(type);
    switch (type) {
      case 'AWS::Events::Connection': {
        const answer = await events.send(
          new CreateConnectionCommand({
            Name: name,
            Description: props.Description as string,
            AuthorizationType: props.AuthorizationType as 'API_KEY',
            // biome-ignore lint/suspicious/noExplicitAny: CloudFormation's property shape is the API's shape.
            AuthParameters: props.AuthParameters as any,
          }),
        );
        deployed[id] = { type, ref: name, attributes: { Arn: answer.ConnectionArn as string } };
        break;
      }
      case 'AWS::Events::ApiDestination': {
        const answer = await events.send(
          new CreateApiDestinationCommand({
            Name: name,
            Description: props.Description as string,
            ConnectionArn: props.ConnectionArn as string,
            InvocationEndpoint: props.InvocationEndpoint as string,
            HttpMethod: props.HttpMethod as 'POST',
            InvocationRateLimitPerSecond: props.InvocationRateLimitPerSecond as number,
          }),
        );
        deployed[id] = { type, ref: name, attributes: { Arn: answer.ApiDestinationArn as string } };
        break;
      }
      case 'AWS::SQS::Queue': {
        const attributes: Record<string, string> = {};
        for (const [key, value] of Object.entries(props)) if (key !== 'QueueName' && key !== 'Tags') attributes[key] = String(value);
        const answer = await sqs.send(new CreateQueueCommand({ QueueName: name.replace(/[^A-Za-z0-9_-]/g, '-'), Attributes: attributes }));
        const url = answer.QueueUrl as string;
        const read = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }));
        deployed[id] = { type, ref: url, attributes: { Arn: read.Attributes?.QueueArn as string, QueueUrl: url } };
        break;
      }
      case 'AWS::SQS::QueuePolicy': {
        for (const url of props.Queues as string[]) {
          await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: { Policy: JSON.stringify(props.PolicyDocument) } }));
        }
        deployed[id] = { type, ref: name, attributes: {} };
        break;
      }
      case 'AWS::IAM::Role': {
        const answer = await iam.send(
          new CreateRoleCommand({
            RoleName: name,
            AssumeRolePolicyDocument: JSON.stringify(props.AssumeRolePolicyDocument),
            Description: props.Description as string,
          }),
        );
        deployed[id] = { type, ref: name, attributes: { Arn: answer.Role?.Arn as string, RoleId: answer.Role?.RoleId as string } };
        break;
      }
      case 'AWS::IAM::Policy': {
        for (const role of props.Roles as string[]) {
          await iam.send(
            new PutRolePolicyCommand({ RoleName: role, PolicyName: props.PolicyName as string, PolicyDocument: JSON.stringify(props.PolicyDocument) }),
          );
        }
        deployed[id] = { type, ref: name, attributes: {} };
        break;
      }
      case 'AWS::Events::Rule': {
        const answer = await events.send(
          new PutRuleCommand({
            Name: name,
            Description: props.Description as string,
            EventPattern: JSON.stringify(props.EventPattern),
            State: props.State as 'ENABLED',
          }),
        );
        const targets = (props.Targets ?? []) as unknown as Target[];
        if (targets.length > 0) {
          const put = await events.send(new PutTargetsCommand({ Rule: name, Targets: targets }));
          if (put.FailedEntryCount) throw new Error(`PutTargets ${id}: ${JSON.stringify(put.FailedEntries)}`);
        }
        deployed[id] = { type, ref: name, attributes: { Arn: answer.RuleArn as string } };
        break;
      }
      default:
        throw new Error(`${id}: resource type ${type} is not handled by this deployer`);
    }
  }

  const outputs: Record<string, string> = {};
  for (const [name, output] of Object.entries((template.Outputs ?? {}) as Record<string, JsonObject>)) outputs[name] = String(resolve(output.Value as Json));
  return { resources: deployed, outputs, parameters, calls };
}

/** Parameter values as CloudFormation takes them: defaults fill in, a missing one or one not matching AllowedPattern is refused. */
export function resolveParameters(template: JsonObject, given: Record<string, string>): Record<string, string> {
  const declared = (template.Parameters ?? {}) as Record<string, { Default?: string; AllowedPattern?: string; ConstraintDescription?: string }>;
  const unknown = Object.keys(given).filter((name) => !(name in declared));
  if (unknown.length > 0) throw new ParameterError(`Parameters: [${unknown.join(', ')}] do not exist in the template`);
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = given[name] ?? spec.Default;
    if (value === undefined) throw new ParameterError(`Parameters: [${name}] must have values`);
    if (spec.AllowedPattern && !new RegExp(`^(?:${spec.AllowedPattern})$`).test(value)) {
      throw new ParameterError(
        `Parameter '${name}' must match pattern ${spec.AllowedPattern}${spec.ConstraintDescription ? ` (${spec.ConstraintDescription})` : ''}`,
      );
    }
    out[name] = value;
  }
  return out;
}

/** Resources after everything they Ref or GetAtt (CloudFormation's implicit dependencies) and DependsOn. */
function deploymentOrder(resources: Record<string, JsonObject>): string[] {
  const ids = Object.keys(resources);
  const needs = new Map<string, Set<string>>();
  const collect = (value: Json, into: Set<string>): void => {
    if (Array.isArray(value)) value.forEach((v) => collect(v, into));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'Ref' && typeof v === 'string' && ids.includes(v)) into.add(v);
        else if (key === 'Fn::GetAtt' && Array.isArray(v) && ids.includes(v[0] as string)) into.add(v[0] as string);
        else if (key === 'Fn::Sub') {
          const text = typeof v === 'string' ? v : ((v as Json[])[0] as string);
          for (const m of text.matchAll(/\$\{([^}.]+)[^}]*\}/g)) if (ids.includes(m[1] as string)) into.add(m[1] as string);
          collect(v, into);
        } else collect(v, into);
      }
    }
  };
  for (const id of ids) {
    const set = new Set<string>();
    collect((resources[id]?.Properties ?? {}) as Json, set);
    const dependsOn = resources[id]?.DependsOn;
    for (const d of Array.isArray(dependsOn) ? dependsOn : dependsOn ? [dependsOn] : []) set.add(d as string);
    needs.set(id, set);
  }
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (id: string): void => {
    if (order.includes(id)) return;
    if (visiting.has(id)) throw new Error(`circular dependency through ${id}`);
    visiting.add(id);
    for (const d of needs.get(id) ?? []) visit(d);
    visiting.delete(id);
    order.push(id);
  };
  ids.forEach(visit);
  return order;
}
