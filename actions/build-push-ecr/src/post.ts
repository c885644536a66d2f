import { rmSync } from 'node:fs';
import * as path from 'node:path';
import * as core from '@mlops-actions/shared/core';
import { errorMessage } from '@mlops-actions/shared/runtime';
import { buildahCommands } from './builders/buildah.js';
import { dockerCommands } from './builders/docker.js';
import { childEnv, run } from './exec.js';
import { STATE } from './state.js';

/**
 * Runs after main however it ended (success, failure, cancel): logs out of every registry main logged in to and
 * removes the run's folder in RUNNER_TEMP with the auth file (or DOCKER_CONFIG) and any secret files left.
 */
export async function post(): Promise<void> {
  const workDir = core.getState(STATE.workDir);
  // Only the folder main made: inside RUNNER_TEMP (or the temp dir), named build-push-ecr-*.
  if (!workDir || !path.basename(workDir).startsWith('build-push-ecr-')) return;
  const hosts = core.getState(STATE.hosts).split('\n').filter(Boolean);
  const commands = core.getState(STATE.builder) === 'buildah' ? buildahCommands(workDir) : dockerCommands(workDir);
  for (const line of commands.logout(hosts)) {
    try {
      await run(line.command, line.args, { env: childEnv(line.env), what: 'logging out' });
    } catch (error) {
      core.warning(`Logout failed (${errorMessage(error)}); the credentials are removed with ${path.basename(workDir)} anyway.`);
    }
  }
  rmSync(workDir, { recursive: true, force: true });
  core.info(`Removed the registry credentials and build files (${workDir}).`);
}
