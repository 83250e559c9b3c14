import whoBacks from '../../../commands/who-backs.ts';
import { sharedCliCommand } from '../cliCommand.ts';

/** `briefbot who-backs <entity...> [--json]` */
export default sharedCliCommand(whoBacks, ['briefbot who-backs haftar', 'briefbot who-backs --json "Government of National Accord"']);
