import { supportCommand } from './supportCommand.ts';

export default supportCommand('backed');
