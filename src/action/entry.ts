/** The bundle's entry (bundled to dist/action/index.js; named entry.ts so that tsc's own dist/action output never overwrites the bundle): run the Action; it sets process.exitCode through core.setFailed. */
import { run } from './main.js';

await run();
