import { runAction } from '@mlops-actions/shared/runtime';
import { main } from './main.js';

await runAction({ main });
