import packageJson from '../../package.json' with { type: 'json' };
import { runCli } from '../../shared/cli/run-cli.ts';
import { errorCode } from '../files/file-system.ts';
import { nodeCliIo } from './node-cli-io.ts';

// `spark-config check config.json | head` closes the pipe early: that is not a failure.
process.stdout.on('error', (error) => {
  if (errorCode(error) !== 'EPIPE') throw error;
});

const io = { ...nodeCliIo(), version: packageJson.version };
process.exitCode = await runCli(process.argv.slice(2), io);
