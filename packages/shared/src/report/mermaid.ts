/** Builds mermaid flowcharts whose nodes are coloured by status. */
import { mermaidLabel } from './escape.js';

export type NodeStatus = 'succeeded' | 'failed' | 'running' | 'stopped' | 'pending' | 'skipped';

/**
 * GitHub draws mermaid in the reader's theme. Steps that ran get a light fill with dark text of their own (legible
 * on light and dark pages alike); steps that did not run get no fill at all and a mid-grey outline and text, so
 * they neither glare white on a dark page nor vanish on a light one.
 */
const STYLES: Record<NodeStatus, string> = {
  succeeded: 'fill:#d3f9d8,stroke:#2b8a3e,color:#1b4332',
  failed: 'fill:#ffe3e3,stroke:#c92a2a,color:#5c0011,stroke-width:2px',
  running: 'fill:#d0ebff,stroke:#1971c2,color:#0b3d66',
  stopped: 'fill:#fff3bf,stroke:#e67700,color:#5c3c00',
  pending: 'fill:none,stroke:#868e96,color:#868e96',
  skipped: 'fill:none,stroke:#868e96,color:#868e96,stroke-dasharray: 4 3',
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
  /** Dotted for a dependency that is not the order things run in (e.g. data passed along). */
  style?: 'solid' | 'dotted';
}

/** A mermaid node id for any string: letters and digits kept, everything else (`_` too) as `_hex_`, so ids never collide. */
function nodeId(id: string): string {
  return `n_${id.replace(/[^A-Za-z0-9]/g, (c) => `_${c.codePointAt(0)?.toString(16)}_`)}`;
}

function arrow(edge: FlowEdge): string {
  const line = edge.style === 'dotted' ? '-.->' : '-->';
  return edge.label ? `${line}|"${mermaidLabel(edge.label)}"|` : line;
}

export function flowchart(nodes: FlowNode[], edges: FlowEdge[], direction: 'LR' | 'TD' = 'LR'): string {
  const lines = [`flowchart ${direction}`];
  for (const node of nodes) {
    const text = `"${mermaidLabel(node.label)}"`;
    lines.push(`  ${nodeId(node.id)}${node.shape === 'diamond' ? `{${text}}` : `[${text}]`}`);
  }
  for (const edge of edges) lines.push(`  ${nodeId(edge.from)} ${arrow(edge)} ${nodeId(edge.to)}`);
  const used = new Set(nodes.map((n) => n.status));
  for (const status of Object.keys(STYLES) as NodeStatus[]) {
    if (!used.has(status)) continue;
    lines.push(`  classDef ${status} ${STYLES[status]}`);
    lines.push(
      `  class ${nodes
        .filter((n) => n.status === status)
        .map((n) => nodeId(n.id))
        .join(',')} ${status}`,
    );
  }
  return lines.join('\n');
}

/** The longest chain of nodes along the edges (cycles ignored): how far a left-to-right drawing stretches. */
export function longestPath(nodes: Array<{ id: string }>, edges: Array<{ from: string; to: string }>): number {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const walk = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const d = 1 + Math.max(0, ...(next.get(id) ?? []).map(walk));
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  return Math.max(0, ...nodes.map((n) => walk(n.id)));
}
