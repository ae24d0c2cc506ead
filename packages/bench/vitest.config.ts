import { packageProject } from "../../vitest.shared.ts";

// Only the bench's own arithmetic and table formatting; the bench itself never runs under vitest.
export default packageProject(import.meta.url, "bench");
