import { runAction } from '@mlops-actions/shared/runtime';
import { main } from './main.js';
import { post } from './post.js';

await runAction({ main, post });
