// The CDK app (cdk.json: `node lib/app.js`): `npx cdk deploy -c githubRepository=octo-org/churn-model ...` or
// plain CloudFormation with template/mlops-events.template.json and template/github-deploy-role.template.json
// (no CDK, no bootstrap needed).
import { App } from 'aws-cdk-lib';
import { buildDeployRoleStack } from './github-deploy-role-stack.js';
import { buildStack } from './synth.js';

const app = new App();
const context = (name: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(name);
  return typeof value === 'string' && value !== '' ? value : undefined;
};
buildStack(app, {
  modelPackageGroupName: context('modelPackageGroupName'),
  pipelineName: context('pipelineName'),
  githubRepository: context('githubRepository'),
  githubTokenSecretName: context('githubTokenSecretName'),
  githubApiUrl: context('githubApiUrl'),
});
// The OIDC provider and the one deploy role of the chain (template/github-deploy-role.template.json).
buildDeployRoleStack(app, context('githubRepository'));
app.synth();
