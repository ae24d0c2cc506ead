import { packageProject } from "../vitest.shared.ts";

// Every example replies through the mock's messaging API.
export default packageProject(import.meta.url, "examples", ["messaging"]);
