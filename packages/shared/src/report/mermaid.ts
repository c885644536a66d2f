/** Builds mermaid flowcharts whose nodes are coloured by status. */

export type NodeStatus = 'succeeded' | 'failed' | 'running' | 'stopped' | 'pending' | 'skipped';

const STYLES: Record<NodeStatus, string> = {
  succeeded: 'fill:#d3f9d8,stroke:#2b8a3e,color:#1b4332',
  failed: 'fill:#ffe3e3,stroke:#c92a2a,color:#5c0011',
  running: 'fill:#d0ebff,stroke:#1971c2,color:#0b3d66',
  stopped: 'fill:#fff3bf,stroke:#e67700,color:#5c3c00',
  pending: 'fill:#f1f3f5,stroke:#868e96,color:#343a40',
  skipped: 'fill:#ffffff,stroke:#adb5bd,color:#868e96,stroke-dasharray: 4 3',
};

export interface FlowNode {
  id: string;
  label: string;
  status: NodeStatus;
  shape?: 'box' | 'diamond';
}

export interface FlowEdge {
  from: string;
  to: string;
  label?: string;
}

function nodeId(id: string): string {
  return 'n_' + id.replace(/[^A-Za-z0-9_]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}

/** Mermaid labels are quoted; quotes and markup inside them must be entity-escaped. Newlines become breaks. */
function label(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\n/g, '<br/>');
}

export function flowchart(nodes: FlowNode[], edges: FlowEdge[], direction: 'LR' | 'TD' = 'LR'): string {
  const lines = [`flowchart ${direction}`];
  for (const node of nodes) {
    const text = `"${label(node.label)}"`;
    lines.push(`  ${nodeId(node.id)}${node.shape === 'diamond' ? `{${text}}` : `[${text}]`}`);
  }
  for (const edge of edges) {
    lines.push(`  ${nodeId(edge.from)} -->${edge.label ? `|${label(edge.label)}|` : ''} ${nodeId(edge.to)}`);
  }
  const used = new Set(nodes.map((n) => n.status));
  for (const status of Object.keys(STYLES) as NodeStatus[]) {
    if (!used.has(status)) continue;
    lines.push(`  classDef ${status} ${STYLES[status]}`);
    lines.push(`  class ${nodes.filter((n) => n.status === status).map((n) => nodeId(n.id)).join(',')} ${status}`);
  }
  return lines.join('\n');
}
