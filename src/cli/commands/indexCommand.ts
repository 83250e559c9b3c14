import type { CliCommand, CommonOptions } from '../cliCommand.ts';

/**
 * `briefbot index [--json]`: builds or updates the index and prints its report (every other
 * command updates the index too, and reports only when it changed). The one CLI command with
 * no counterpart in Discord or the chat, which keep the index current on their own.
 */
const indexCommand: CliCommand = (program, cli) => {
  cli
    .withCommonOptions(program.command('index').description('build or update the index'))
    .option('--json', 'print the report as JSON')
    .action((options: CommonOptions) => cli.run(options, () => async () => {}, 'always'));
};

export default indexCommand;
