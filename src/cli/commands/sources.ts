import sources from '../../../commands/sources.ts';
import { sharedCliCommand } from '../cliCommand.ts';

/** `briefbot sources [--json]` */
export default sharedCliCommand(sources, [], { searches: false });
