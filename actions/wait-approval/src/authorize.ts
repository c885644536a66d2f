// May the person who triggered this run decide? Users are compared with GITHUB_TRIGGERING_ACTOR; teams are asked
// of the GitHub API, and a token that cannot read team membership is said to be the problem, rather than
// refusing everyone as if they were not members.
import * as core from '@mlops-actions/shared/core';
import { createGitHubClient, teamMembership, type TeamMembership } from '@mlops-actions/shared/github';
import { ActionError } from '@mlops-actions/shared/runtime';
import type { Approver, Inputs } from './context.js';

export interface Allowed {
  /** How the actor qualified: 'listed' or the team. */
  via: string;
}

const TOKEN_HINT =
  "Give github-token a token that can read the organization's team membership: a GitHub App installation token with the organization permission Members: read (e.g. from actions/create-github-app-token), or a classic PAT with read:org. The workflow's own GITHUB_TOKEN cannot read team membership; listing the people by login in approvers needs no token.";

export async function authorize(inputs: Inputs, actor: string, verb: 'approve' | 'reject'): Promise<Allowed> {
  const listed = inputs.approvers.filter((a) => a.kind === 'user');
  if (listed.some((a) => a.name.toLowerCase() === actor.toLowerCase())) return { via: 'listed in approvers' };
  const teams = inputs.approvers.filter((a) => a.kind === 'team');
  const unreadable: string[] = [];
  if (teams.length > 0) {
    if (!inputs.githubToken) {
      unreadable.push('no github-token was given');
    } else {
      const client = createGitHubClient({ token: inputs.githubToken, log: (line) => core.info(line) });
      for (const team of teams) {
        const [org = '', slug = ''] = team.name.split('/');
        const membership: TeamMembership = await teamMembership(client, org, slug, actor);
        if (membership.kind === 'member') return { via: `member of ${team.name}` };
        if (membership.kind === 'unreadable') unreadable.push(`${team.name}: ${membership.detail}`);
        else core.info(membership.detail);
      }
    }
  }
  if (unreadable.length > 0) {
    throw new ActionError(
      `Could not tell whether @${actor} may ${verb}: @${actor} is not listed by login, and team membership could not be read (${unreadable.join('; ')}). Nothing was written.`,
      { hint: TOKEN_HINT },
    );
  }
  throw new ActionError(
    `@${actor} may not ${verb} this model package: not among the approvers (${describeApprovers(inputs.approvers)}). Nothing was written.`,
    {
      hint: 'Ask one of the approvers to run the workflow, or add the person (or a team of theirs) to approvers.',
    },
  );
}

export function describeApprovers(approvers: Approver[]): string {
  return approvers.map((a) => (a.kind === 'team' ? `team ${a.name}` : `@${a.name}`)).join(', ');
}
