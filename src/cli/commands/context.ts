import context from '../../../commands/context.ts';
import { sharedCliCommand } from '../cliCommand.ts';

/** `briefbot context <citation...> [--json]` */
export default sharedCliCommand(context, ['briefbot context "000_bd4eabd2b5bc6d71.txt ¶7 L15"'], {
  searches: false,
});
