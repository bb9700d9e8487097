/**
 * Background entry: a list of registrations, one module each (as refined-github does). All run
 * synchronously at start-up, as service workers and event pages require for their listeners.
 */
import { registerActionClick } from './action-click';
import { registerTraceCommand } from './command-trace';
import { registerTraceMenu } from './menu-trace';
import { registerMessageHandlers } from './message-handlers';
import { registerTabLifecycle } from './tab-lifecycle';

registerMessageHandlers();
registerTabLifecycle();
registerTraceMenu();
registerTraceCommand();
registerActionClick();
