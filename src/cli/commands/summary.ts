import summary from '../../../commands/summary.ts';
import { sharedCliCommand } from '../cliCommand.ts';

/** `briefbot summary [topic...] [--topic text] [--file name] [--points n] [--json]` */
export default sharedCliCommand(summary, [
  'briefbot summary',
  'briefbot summary ceasefire --points 3',
  'briefbot summary --file 000_bd4eabd2b5bc6d71.txt',
]);
