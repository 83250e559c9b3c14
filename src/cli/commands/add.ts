import add from '../../../commands/add.ts';
import { sharedCliCommand } from '../cliCommand.ts';
import { localEditor, localFile } from '../localFile.ts';

/** `briefbot add <file> [--json]`: the checks and atomic copy of /add; the local user is trusted. */
export default sharedCliCommand(add, ['briefbot add ~/Downloads/ceasefire-talks.html'], {
  actor: localEditor(),
  openFile: localFile,
});
