export * from './mlops-events-stack.js';
export { buildStack, synthesizeTemplate, templateText, STACK_NAME, TEMPLATE_PATH } from './synth.js';
export * from './github-deploy-role-stack.js';
