// Synthesis of the stack into the committed template (npm run synth -w infra), without CDK bootstrap resources:
// no assets, no bootstrap version rule, no CDK metadata, so the file deploys with plain CloudFormation.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, DefaultStackSynthesizer } from 'aws-cdk-lib';
import { MlopsEventsStack, type MlopsEventsStackProps } from './mlops-events-stack.js';

export const STACK_NAME = 'MlopsEvents';
export const TEMPLATE_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'template', 'mlops-events.template.json');

/** Adds the stack to an app the way both the CDK app and the committed template do. */
export function buildStack(app: App, defaults: MlopsEventsStackProps['defaults'] = {}): MlopsEventsStack {
  return new MlopsEventsStack(app, STACK_NAME, {
    defaults,
    analyticsReporting: false,
    synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }),
  });
}

/** The CloudFormation template as an object (what is committed as template/mlops-events.template.json). */
export function synthesizeTemplate(): Record<string, unknown> {
  const app = new App({ analyticsReporting: false });
  const stack = buildStack(app);
  const assembly = app.synth();
  return assembly.getStackByName(stack.stackName).template as Record<string, unknown>;
}

export function templateText(): string {
  return `${JSON.stringify(synthesizeTemplate(), null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(TEMPLATE_PATH, templateText());
  console.log(`wrote ${path.relative(process.cwd(), TEMPLATE_PATH)}`);
}
