// GitHub's workflow parser (@actions/workflow-parser): validates a workflow against the real schema and names
// steps the way the service does (`__run`, `__actions_checkout`, `__run_2`, ...).
//
// The parser imports its JSON schema without an import attribute, which Node refuses
// (ERR_IMPORT_ATTRIBUTE_MISSING). Under Vite/vitest `server.deps.inline` handles it; in plain Node a resolve hook
// adds `type: 'json'` to exactly those imports (JSON files inside @actions/workflow-parser) before the first load.
import { registerHooks } from 'node:module';
import type { WorkflowTemplate } from '@actions/workflow-parser';

type WorkflowParserModule = typeof import('@actions/workflow-parser');

let hooked = false;
let loading: Promise<WorkflowParserModule> | undefined;

function addJsonAttributeHook(): void {
  if (hooked) return;
  hooked = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      if (resolved.url.includes('/@actions/workflow-parser/') && resolved.url.endsWith('.json') && !context.importAttributes.type) {
        return { ...resolved, importAttributes: { ...context.importAttributes, type: 'json' } };
      }
      return resolved;
    },
  });
}

export function loadWorkflowParser(): Promise<WorkflowParserModule> {
  loading ??= (async () => {
    addJsonAttributeHook();
    return import('@actions/workflow-parser');
  })();
  return loading;
}

/** Parses and converts a workflow like GitHub does before a run; throws with every error the parser reports. */
export async function parseWorkflowFile(name: string, content: string): Promise<WorkflowTemplate> {
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await loadWorkflowParser();
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !parsed.value) throw new Error(`${name} is not a valid workflow:\n  ${errors.join('\n  ')}`);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  const conversionErrors = [...(template.errors ?? []).map((e) => e.Message), ...parsed.context.errors.getErrors().map((e) => e.message)];
  if (conversionErrors.length > 0) throw new Error(`${name} is not a valid workflow:\n  ${[...new Set(conversionErrors)].join('\n  ')}`);
  return template;
}
