import backedBy from '../../../commands/backed-by.ts';
import { sharedCliCommand } from '../cliCommand.ts';

/** `briefbot backed-by <entity...> [--json] [--explain] [--svg FILE]` */
export default sharedCliCommand(backedBy, ['briefbot backed-by russia'], {
  explain: true,
  svg: true,
  searches: false,
});
