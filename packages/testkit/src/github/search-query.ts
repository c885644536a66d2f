// The part of GitHub's issue search syntax the world understands: qualifiers repo:, is:, state:, type:, label:,
// -label:, no:label, in:, author:, and free text as words or "quoted phrases" (all must match, case-insensitive).
import { validationFailed } from './api-error.js';
import type { CommentRecord, IssueRecord } from './store.js';

export interface SearchQuery {
  repos: string[];
  kinds: Array<'issue' | 'pr'>;
  states: Array<'open' | 'closed'>;
  labels: string[];
  notLabels: string[];
  noLabel: boolean;
  fields: Array<'title' | 'body' | 'comments'>;
  authors: string[];
  /** Each entry is a sequence of words that must appear contiguously. */
  phrases: string[][];
}

const SEARCH_DOCS = 'https://docs.github.com/rest/search/search#search-issues-and-pull-requests';

/** Splits `q` into tokens, keeping "quoted phrases" and qualifier:"quoted values" whole. */
function tokenize(q: string): string[] {
  const tokens: string[] = [];
  const re = /(-?[\w-]+:"[^"]*"|"[^"]*"|\S+)/g;
  for (const match of q.matchAll(re)) tokens.push(match[0]);
  return tokens;
}

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function parseSearchQuery(q: string | null, requireType: boolean): SearchQuery {
  if (!q?.trim()) throw validationFailed([{ resource: 'Search', field: 'q', code: 'missing' }], SEARCH_DOCS);
  const query: SearchQuery = {
    repos: [],
    kinds: [],
    states: [],
    labels: [],
    notLabels: [],
    noLabel: false,
    fields: [],
    authors: [],
    phrases: [],
  };
  for (const token of tokenize(q)) {
    const qualifier = /^(-?)([\w-]+):(.*)$/.exec(token);
    if (qualifier && !token.startsWith('"')) {
      const [, negate = '', rawKey = '', rawValue = ''] = qualifier;
      const key = rawKey.toLowerCase();
      const value = rawValue.replace(/^"|"$/g, '');
      switch (key) {
        case 'repo':
          query.repos.push(value.toLowerCase());
          continue;
        case 'is':
        case 'type':
        case 'state':
          applyIs(query, value.toLowerCase());
          continue;
        case 'label':
          (negate ? query.notLabels : query.labels).push(value.toLowerCase());
          continue;
        case 'no':
          if (value.toLowerCase() === 'label') query.noLabel = true;
          continue;
        case 'in':
          for (const f of value.toLowerCase().split(',')) {
            if (f === 'title' || f === 'body' || f === 'comments') query.fields.push(f);
          }
          continue;
        case 'author':
          query.authors.push(value.toLowerCase());
          continue;
        default:
          // Unknown qualifiers are searched as text by GitHub; close enough to keep as a phrase.
          break;
      }
    }
    const phrase = words(token.replace(/^"|"$/g, ''));
    if (phrase.length > 0) query.phrases.push(phrase);
  }
  if (requireType && query.kinds.length === 0) {
    throw validationFailed(
      [
        {
          message: "Query must include 'is:issue' or 'is:pull-request'",
          resource: 'Search',
          field: 'q',
          code: 'invalid',
        },
      ],
      SEARCH_DOCS,
    );
  }
  return query;
}

function applyIs(query: SearchQuery, value: string): void {
  if (value === 'issue') query.kinds.push('issue');
  else if (value === 'pr' || value === 'pull-request') query.kinds.push('pr');
  else if (value === 'open' || value === 'closed') query.states.push(value);
}

function containsPhrase(haystack: string[], phrase: string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= haystack.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (haystack[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

export function matchesSearch(query: SearchQuery, issue: IssueRecord, repository: string, comments: CommentRecord[]): boolean {
  if (query.repos.length > 0 && !query.repos.includes(repository.toLowerCase())) return false;
  if (query.kinds.length > 0 && !query.kinds.includes('issue')) return false;
  if (query.states.length > 0 && !query.states.includes(issue.state)) return false;
  const labels = issue.labels.map((l) => l.toLowerCase());
  if (!query.labels.every((l) => labels.includes(l))) return false;
  if (query.notLabels.some((l) => labels.includes(l))) return false;
  if (query.noLabel && labels.length > 0) return false;
  if (query.authors.length > 0 && !query.authors.includes(issue.user.toLowerCase())) return false;
  if (query.phrases.length === 0) return true;
  const fields = query.fields.length > 0 ? query.fields : ['title', 'body', 'comments'];
  const texts: string[][] = [];
  if (fields.includes('title')) texts.push(words(issue.title));
  if (fields.includes('body')) texts.push(words(issue.body ?? ''));
  if (fields.includes('comments')) {
    for (const c of comments) if (c.issue_number === issue.number) texts.push(words(c.body));
  }
  return query.phrases.every((phrase) => texts.some((t) => containsPhrase(t, phrase)));
}
