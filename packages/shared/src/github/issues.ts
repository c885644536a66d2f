// One GitHub issue per tracked subject (a model, an endpoint), found again by a hidden fingerprint in its body:
// opened when a problem appears, commented on later runs (at most once per cooldown), reopened when the problem
// comes back soon after it was closed, closed when it goes away (when asked). Concurrent runs never leave two
// open issues: after creating one, a run lists the open issues again (the list API is consistent, search is
// not) and, when an older one with the same fingerprint exists, closes its own as a duplicate of it.
import type { GitHubClient } from './client.js';

export interface TrackedIssue {
  number: number;
  html_url: string;
  state: 'open' | 'closed';
  body: string;
  created_at: string;
  closed_at: string | null;
}

export interface IssueTrackerOptions {
  client: GitHubClient;
  /** owner/name */
  repository: string;
  /** Stable id of what the issue is about, [A-Za-z0-9_-]{8,64}: the same subject always gives the same one. */
  fingerprint: string;
  /** Labels given to a new issue; the first one also narrows the list fallback. */
  labels?: string[];
  assignees?: string[];
  /** Minimum time between two update comments on the same issue; also how long a closed issue may be reopened. */
  cooldownMs: number;
  /** Tells the tries of one run (re-tries of a step) apart from other runs: a run comments at most once. */
  runKey: string;
  log?: (line: string) => void;
  now?: () => Date;
}

export type IssueAction =
  | 'opened'
  | 'reopened'
  | 'commented'
  /** Inside the cooldown: the issue body was updated, no comment was posted. */
  | 'updated-quietly'
  /** This run had already commented (a re-try of the step). */
  | 'already-commented'
  | 'closed'
  /** Nothing to do: no open issue and no problem, or the problem is gone and closing was not asked for. */
  | 'none';

export interface IssueOutcome {
  action: IssueAction;
  issue?: { number: number; url: string };
  /** Issues this run closed as duplicates of the one kept (a concurrent run created one too). */
  duplicatesClosed: number[];
  /** The hidden notes the issue carried when this run found it (see IssueTracker.note); empty for a new issue. */
  notes: Record<string, string>;
}

const FINGERPRINT = /^[A-Za-z0-9_-]{8,64}$/;
/** Markers are HTML comments: GitHub does not render them, and they survive edits through the UI. */
const issueMarker = (fingerprint: string): string => `<!-- mlops-actions:issue fingerprint=${fingerprint} -->`;
const updateMarker = (fingerprint: string, runKey: string): string => `<!-- mlops-actions:update fingerprint=${fingerprint} run=${runKey} -->`;
const UPDATE_PREFIX = (fingerprint: string): string => `<!-- mlops-actions:update fingerprint=${fingerprint} `;
/** A note is a key and a value in a hidden line of the issue body; every body the tracker writes carries them on. */
const NOTE_KEY = /^[a-z][a-z0-9-]{0,40}$/;
const NOTE_VALUE = /^[\w.:/-]{0,200}$/;
const noteMarker = (fingerprint: string, key: string, value: string): string => `<!-- mlops-actions:note fingerprint=${fingerprint} ${key}=${value} -->`;

function notesIn(body: string | null | undefined, fingerprint: string): Record<string, string> {
  const notes: Record<string, string> = {};
  const line = new RegExp(`<!-- mlops-actions:note fingerprint=${fingerprint} ([a-z][a-z0-9-]*)=([\\w.:/-]*) -->`, 'g');
  for (const [, key = '', value = ''] of (body ?? '').matchAll(line)) notes[key] = value;
  return notes;
}

/** GitHub limits issue and comment bodies to 65536 characters. */
export const MAX_BODY = 65_536;

function fit(body: string, tail: string): string {
  const room = MAX_BODY - tail.length - 2;
  const head = body.length > room ? `${body.slice(0, room - 40)}\n\n… (cut at GitHub's size limit)` : body;
  return `${head}\n\n${tail}`;
}

export class IssueTracker {
  private readonly owner: string;
  private readonly repo: string;
  private readonly log: (line: string) => void;
  private readonly now: () => Date;
  /** The issue this run reported on, the body it wrote there and the notes that body carries (for note()). */
  private written?: { number: number; body: string; notes: Record<string, string> };

  constructor(private readonly options: IssueTrackerOptions) {
    if (!FINGERPRINT.test(options.fingerprint)) throw new Error(`fingerprint '${options.fingerprint}' is not [A-Za-z0-9_-]{8,64}`);
    const [owner = '', repo = ''] = options.repository.split('/');
    this.owner = owner;
    this.repo = repo;
    this.log = options.log ?? (() => {});
    this.now = options.now ?? (() => new Date());
  }

  get marker(): string {
    return issueMarker(this.options.fingerprint);
  }

  /** The hidden tail of every body: the fingerprint, then the notes. */
  private tail(notes: Record<string, string>): string {
    return [this.marker, ...Object.entries(notes).map(([key, value]) => noteMarker(this.options.fingerprint, key, value))].join('\n');
  }

  /** Writes `body` (this run's report) with its hidden tail, and remembers it for note(). */
  private async writeBody(issueNumber: number, body: string, notes: Record<string, string>, fields: Record<string, unknown> = {}): Promise<void> {
    await this.patch(issueNumber, { ...fields, body: fit(body, this.tail(notes)) });
    this.written = { number: issueNumber, body, notes };
  }

  /**
   * Records a fact about this subject in the issue raise() reported on, hidden in its body and carried over by every
   * later body update (e.g. which workflow run already triggered a follow-up, so a re-run of that run does not).
   * Keys are lowercase words with hyphens; values [A-Za-z0-9_.:/-].
   */
  async note(key: string, value: string): Promise<void> {
    if (!NOTE_KEY.test(key) || !NOTE_VALUE.test(value)) throw new Error(`issue note ${key}=${value}: key must be [a-z][a-z0-9-]*, value [\\w.:/-]*`);
    if (!this.written) throw new Error('issue note: raise() has not reported on an issue yet');
    await this.writeBody(this.written.number, this.written.body, { ...this.written.notes, [key]: value });
  }

  /**
   * The problem is there: open the issue, or comment on the one already open (once per cooldown; inside it only
   * the issue body is brought up to date), or reopen one closed within the cooldown.
   */
  async raise(report: { title: string; body: string; comment: string }): Promise<IssueOutcome> {
    const open = await this.findOpen();
    if (open) return this.update(open, report, []);
    const recent = await this.recentlyClosed();
    if (recent) {
      const notes = notesIn(recent.body, this.options.fingerprint);
      await this.writeBody(recent.number, report.body, notes, { state: 'open' });
      this.log(`Reopened issue #${recent.number} (closed ${recent.closed_at}, within the cooldown).`);
      await this.comment(recent.number, report.comment);
      return { action: 'reopened', issue: { number: recent.number, url: recent.html_url }, duplicatesClosed: [], notes };
    }
    const created = await this.create(report);
    const keeper = await this.keepOldest(created);
    if (keeper.number === created.number) {
      this.written = { number: created.number, body: report.body, notes: {} };
      this.log(`Opened issue #${created.number}: ${created.html_url}`);
      return { action: 'opened', issue: { number: created.number, url: created.html_url }, duplicatesClosed: keeper.closed, notes: {} };
    }
    // A concurrent run opened the same issue first: ours is closed, the report goes to theirs.
    return this.update(keeper.issue, report, keeper.closed);
  }

  /** The problem is gone: close the open issue with a comment when `close`, else leave it as it is. */
  async resolve(report: { comment: string; close: boolean }): Promise<IssueOutcome> {
    const open = await this.findOpen();
    if (!open) return { action: 'none', duplicatesClosed: [], notes: {} };
    const issue = { number: open.number, url: open.html_url };
    const notes = notesIn(open.body, this.options.fingerprint);
    if (!report.close) return { action: 'none', issue, duplicatesClosed: [], notes };
    await this.comment(open.number, report.comment);
    await this.patch(open.number, { state: 'closed', state_reason: 'completed' });
    this.log(`Closed issue #${open.number}: the problem is gone.`);
    return { action: 'closed', issue, duplicatesClosed: [], notes };
  }

  private async update(issue: TrackedIssue, report: { body: string; comment: string }, duplicatesClosed: number[]): Promise<IssueOutcome> {
    const ref = { number: issue.number, url: issue.html_url };
    const notes = notesIn(issue.body, this.options.fingerprint);
    const updates = await this.updateComments(issue.number);
    if (updates.some((c) => c.body.includes(updateMarker(this.options.fingerprint, this.options.runKey)))) {
      this.written = { number: issue.number, body: report.body, notes };
      return { action: 'already-commented', issue: ref, duplicatesClosed, notes };
    }
    const last = Math.max(Date.parse(issue.created_at), ...updates.map((c) => Date.parse(c.created_at)));
    await this.writeBody(issue.number, report.body, notes);
    const since = this.now().getTime() - last;
    if (since < this.options.cooldownMs) {
      this.log(`Issue #${issue.number} was updated ${Math.round(since / 1000)} s ago, inside the cooldown: its body is up to date, no comment.`);
      return { action: 'updated-quietly', issue: ref, duplicatesClosed, notes };
    }
    await this.comment(issue.number, report.comment);
    this.log(`Commented on issue #${issue.number}: ${issue.html_url}`);
    return { action: 'commented', issue: ref, duplicatesClosed, notes };
  }

  /** The oldest open issue with the fingerprint: search first (cheap), then the list API (search lags behind). */
  async findOpen(): Promise<TrackedIssue | undefined> {
    const found = await this.search('open');
    if (found.length) return oldest(found);
    return oldest(await this.listOpen());
  }

  private async recentlyClosed(): Promise<TrackedIssue | undefined> {
    if (this.options.cooldownMs <= 0) return undefined;
    const since = this.now().getTime() - this.options.cooldownMs;
    const closed = await this.search('closed');
    const recent = closed.filter((i) => i.closed_at && Date.parse(i.closed_at) >= since);
    return recent.sort((a, b) => Date.parse(b.closed_at ?? '') - Date.parse(a.closed_at ?? ''))[0];
  }

  private async search(state: 'open' | 'closed'): Promise<TrackedIssue[]> {
    const q = `repo:${this.options.repository} is:issue is:${state} in:body "${this.options.fingerprint}"`;
    try {
      const answer = await this.options.client.request('GET /search/issues', { q, per_page: 100 });
      return (answer.data.items as unknown as TrackedIssue[]).filter((i) => this.mine(i) && i.state === state);
    } catch (error) {
      // Search has its own, small rate limit; the list API below still finds the issue.
      this.log(`Searching issues failed (${(error as Error).message}); listing open issues instead.`);
      return [];
    }
  }

  private async listOpen(): Promise<TrackedIssue[]> {
    const label = this.options.labels?.[0];
    const issues = (await this.options.client.paginate('GET /repos/{owner}/{repo}/issues', {
      owner: this.owner,
      repo: this.repo,
      state: 'open',
      per_page: 100,
      ...(label ? { labels: label } : {}),
    })) as unknown as Array<TrackedIssue & { pull_request?: unknown }>;
    const mine = issues.filter((i) => !i.pull_request && this.mine(i));
    if (mine.length || !label) return mine;
    // Someone may have taken the label off: look through every open issue.
    const all = (await this.options.client.paginate('GET /repos/{owner}/{repo}/issues', {
      owner: this.owner,
      repo: this.repo,
      state: 'open',
      per_page: 100,
    })) as unknown as Array<TrackedIssue & { pull_request?: unknown }>;
    return all.filter((i) => !i.pull_request && this.mine(i));
  }

  private mine(issue: { body?: string | null }): boolean {
    return (issue.body ?? '').includes(this.marker);
  }

  private async create(report: { title: string; body: string }): Promise<TrackedIssue> {
    const answer = await this.options.client.request('POST /repos/{owner}/{repo}/issues', {
      owner: this.owner,
      repo: this.repo,
      title: report.title.slice(0, 256),
      body: fit(report.body, this.marker),
      ...(this.options.labels?.length ? { labels: this.options.labels } : {}),
      ...(this.options.assignees?.length ? { assignees: this.options.assignees } : {}),
    });
    return answer.data as unknown as TrackedIssue;
  }

  /**
   * After creating `created`: the open issues with the fingerprint, listed again. When an older one exists (a
   * concurrent run, or a create whose answer was lost and was sent again), the younger ones this run can see are
   * closed as duplicates of the oldest, with a comment pointing at it.
   */
  private async keepOldest(created: TrackedIssue): Promise<{ number: number; issue: TrackedIssue; closed: number[] }> {
    const open = await this.listOpen();
    if (!open.some((i) => i.number === created.number)) open.push(created);
    const keeper = oldest(open) as TrackedIssue;
    const closed: number[] = [];
    for (const issue of open) {
      if (issue.number === keeper.number) continue;
      // Each run closes only what it made, plus copies of its own lost creates: the issue it just opened.
      if (issue.number !== created.number) continue;
      await this.comment(issue.number, `Duplicate of #${keeper.number}: another run opened the same issue at the same time.`, false);
      await this.patch(issue.number, { state: 'closed', state_reason: 'duplicate' });
      this.log(`Closed issue #${issue.number} as a duplicate of #${keeper.number} (opened by a concurrent run).`);
      closed.push(issue.number);
    }
    return { number: keeper.number, issue: keeper, closed };
  }

  private async comment(issueNumber: number, body: string, marked = true): Promise<void> {
    const tail = marked ? updateMarker(this.options.fingerprint, this.options.runKey) : '';
    await this.options.client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: this.owner,
      repo: this.repo,
      issue_number: issueNumber,
      body: tail ? fit(body, tail) : body,
    });
  }

  private async updateComments(issueNumber: number): Promise<Array<{ body: string; created_at: string }>> {
    const comments = (await this.options.client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: this.owner,
      repo: this.repo,
      issue_number: issueNumber,
      per_page: 100,
    })) as unknown as Array<{ body?: string; created_at: string }>;
    const prefix = UPDATE_PREFIX(this.options.fingerprint);
    return comments.filter((c) => (c.body ?? '').includes(prefix)).map((c) => ({ body: c.body ?? '', created_at: c.created_at }));
  }

  private async patch(issueNumber: number, fields: Record<string, unknown>): Promise<void> {
    await this.options.client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: this.owner,
      repo: this.repo,
      issue_number: issueNumber,
      ...fields,
    });
  }
}

function oldest(issues: TrackedIssue[]): TrackedIssue | undefined {
  return [...issues].sort((a, b) => a.number - b.number)[0];
}
