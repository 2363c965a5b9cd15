/**
 * The step library as the action loads it: bundled beside the action entry with code splitting,
 * so this module and the action share one Cucumber instance (one step registry) in one chunk.
 */
import '../steps/index.js';
