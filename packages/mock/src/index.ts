export { startMock, defaultSpecsDir, type MockOptions, type RunningMock } from "./start-mock.js";
export { hostCheckingFetch, readViolations, type Violation } from "./test-helpers.js";
