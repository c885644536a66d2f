// GET /repos/{owner}/{repo}: the world's one repository.
import type { Route } from '../router.js';
import { repositoryShape } from '../shapes.js';
import { assertRepository } from '../world-context.js';

export const repositoryRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}',
    handle: (req) => {
      assertRepository(req.world, req.params);
      return { status: 200, body: repositoryShape(req.world, req.world.visibility) };
    },
  },
];
