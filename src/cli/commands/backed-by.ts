import backedBy from '../../../commands/backed-by.ts';
import { sharedCliCommand } from '../cliCommand.ts';

/** `briefbot backed-by <entity...> [--json]` */
export default sharedCliCommand(backedBy, ['briefbot backed-by russia']);
