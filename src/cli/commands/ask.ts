import ask from '../../../commands/ask.ts';
import { sharedCliCommand } from '../cliCommand.ts';

/** `briefbot ask <question...> [--k n] [--json]` */
export default sharedCliCommand(ask, [
  'briefbot ask who backs Haftar?',
  'briefbot ask --k 5 --json "Russian warplanes in Libya"',
]);
