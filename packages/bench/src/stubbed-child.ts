// The fetch-stubbed part of the request figure, run in its own process (see `inChildProcess` in
// fig-request.ts): takes the load as JSON in argv, sends the table rows back over IPC.
import { type Load, stubbedRows } from "./fig-request.js";

const load = JSON.parse(process.argv[2]!) as Load;
process.send!(await stubbedRows(load), () => process.exit(0));
