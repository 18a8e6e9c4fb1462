import { spawnSync } from 'node:child_process';
import { buildInputsHash, isBuildCurrent, recordBuild } from '../build/build-inputs';

/**
 * `npm start`'s first step: build only when the sources differ from the last build's, so a restart
 * of an unchanged checkout goes straight to the app. The hash is taken before building: an edit made
 * during the build leaves the stamp stale and the next start builds again.
 */
function main(): void {
  const root = process.cwd();
  const inputsHash = buildInputsHash(root);
  if (isBuildCurrent(root, inputsHash)) {
    process.stderr.write('build: sources unchanged since the last build, skipped\n');
    return;
  }
  process.stderr.write('build: compiling the server and the front-ends…\n');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  recordBuild(root, inputsHash);
}

main();
