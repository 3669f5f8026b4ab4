/** npm run build:label-worker — bundles the label pool's worker thread (run by build and dev). */
import { buildWorkerBundle } from "@/server/fulfilment/labels/worker-bundle";

console.log(`label worker: ${buildWorkerBundle()}`);
