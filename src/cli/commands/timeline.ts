import timeline from '../../../commands/timeline.ts';
import { sharedCliCommand } from '../cliCommand.ts';

/** `briefbot timeline <entity...> [--since d] [--until d] [--json] [--svg file]` */
export default sharedCliCommand(
  timeline,
  [
    'briefbot timeline haftar',
    'briefbot timeline haftar --json --since "May 2020"',
    'briefbot timeline haftar --svg timeline.svg',
  ],
  { svg: true, searches: false },
);
