import whoOpposes from '../../../commands/who-opposes.ts';
import { sharedCliCommand } from '../cliCommand.ts';

/** `briefbot who-opposes <entity...> [--json] [--explain]` */
export default sharedCliCommand(whoOpposes, ['briefbot who-opposes haftar', 'briefbot who-opposes --json GNA'], {
  explain: true,
  searches: false,
});
